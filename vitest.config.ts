import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The build injects the version the same way (scripts/build.mjs).
const define = { __KUBECTL_IMAGEPULL_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  test: {
    // The integration tier has no suites yet; an empty tier must not fail `npm test`.
    passWithNoTests: true,
    projects: [
      {
        define,
        test: {
          name: 'unit',
          include: ['{plugin,shared,probe,scripts}/**/*.test.ts'],
        },
      },
      {
        define,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        define,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/cluster/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // One cluster is shared by every e2e file: run the files one after another in one fork.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
