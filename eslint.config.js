// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that reach outside the process; shared/ must stay pure (see STYLE.md). */
const IMPURE_MODULES = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
  'http2',
  'node:http2',
  'dns',
  'node:dns',
  'child_process',
  'node:child_process',
  'execa',
  'ssh2',
  '@kubernetes/client-node',
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Output goes through plugin/render/; tests and their harness may log.
    files: ['plugin/render/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IMPURE_MODULES.map((name) => ({
            name,
            message: 'shared/ is pure: do I/O in plugin/ or probe/ and pass the data in.',
          })),
          patterns: [
            {
              group: ['node:fs/*', 'fs/*'],
              message: 'shared/ is pure: do I/O in plugin/ or probe/ and pass the data in.',
            },
          ],
        },
      ],
    },
  },
);
