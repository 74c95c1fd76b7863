import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { API_VERSION } from '../../shared/api-version.js';
import { runCaptured } from '../testing/run-in-process.js';
import { VERSION } from '../version.js';
import { toOptions, validateOptions } from './version.js';

describe('version command', () => {
  it.each([
    { name: 'text by default', argv: [], output: 'text' },
    { name: 'json', argv: ['-o', 'json'], output: 'json' },
    { name: 'yaml, long flag', argv: ['--output', 'yaml'], output: 'yaml' },
  ])('reads the output format: $name', ({ output }) => {
    expect(validateOptions(toOptions({ output }))).toEqual({ output });
  });

  it('prints the version as text', async () => {
    const run = await runCaptured(['version']);
    expect(run).toEqual({
      code: 0,
      stdout: `kubectl-imagepull ${VERSION} (node ${process.version}, linux/amd64)\n`,
      stderr: '',
    });
  });

  it.each([
    { format: 'json', parse: (text: string): unknown => JSON.parse(text) },
    { format: 'yaml', parse: (text: string): unknown => load(text) },
  ])('prints a versioned $format object', async ({ format, parse }) => {
    const run = await runCaptured(['version', '-o', format]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout)).toEqual({
      apiVersion: API_VERSION,
      kind: 'Version',
      version: VERSION,
      runtime: { node: process.version, platform: 'linux/amd64' },
    });
  });
});
