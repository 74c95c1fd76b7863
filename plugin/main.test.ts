import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCommand, type Command } from './commands/command.js';
import { ExitCode } from './exit-codes.js';
import { ClusterAccessError } from './errors.js';
import { runCaptured } from './testing/run-in-process.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** A command whose run throws the given value, to drive the top-level error mapping. */
function aCommandThrowing(thrown: unknown): Command {
  return defineCommand({
    command: 'explode',
    describe: 'Throws on purpose',
    builder: (yargs) => yargs,
    toOptions: () => ({}),
    validateOptions: (options) => options,
    run: () => Promise.reject(thrown),
  });
}

describe('runCli', () => {
  it.each([{ argv: ['--help'] }, { argv: ['-h'] }, { argv: ['version', '--help'] }])(
    'prints usage and exits 0 for $argv',
    async ({ argv }) => {
      const run = await runCaptured(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('kubectl imagepull');
      expect(run.stdout).toMatch(/--namespace/);
      expect(run.stderr).toBe('');
    },
  );

  it('prints the package version for --version', async () => {
    const run = await runCaptured(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    { name: 'unknown flag after the command', argv: ['version', '--bogus'] },
    { name: 'unknown flag before the command', argv: ['--bogus', 'version'] },
    { name: 'unknown command', argv: ['frobnicate'] },
    { name: 'bad output format', argv: ['version', '-o', 'xml'] },
    { name: 'bad request timeout', argv: ['version', '--request-timeout', '5x'] },
  ])('exits 2 with one error line for $name', async ({ argv }) => {
    const run = await runCaptured(argv);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
  });

  it.each([{ argv: [] }, { argv: ['-n', 'shop'] }])(
    'prints the help to stderr and exits 2 when no command is given: $argv',
    async ({ argv }) => {
      const run = await runCaptured(argv);
      expect(run.code).toBe(ExitCode.usage);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^kubectl imagepull <command> \[flags\]\n[\s\S]*Examples:/);
      expect(run.stderr).toMatch(/\n\nerror: a command is required\n$/);
    },
  );

  it('names the unknown command', async () => {
    const run = await runCaptured(['frobnicate']);
    expect(run.stderr).toBe('error: unknown argument: frobnicate\n');
  });

  it.each([
    { name: 'an Error', thrown: new Error('boom') },
    { name: 'a thrown string', thrown: 'boom' },
  ])('maps $name to exit 70 without a stack', async ({ thrown }) => {
    const run = await runCaptured(['explode'], { commands: [aCommandThrowing(thrown)] });
    expect(run.code).toBe(ExitCode.internal);
    expect(run.stderr).toBe('error: internal error: boom (re-run with --verbose for the stack)\n');
  });

  it('shows the stack of an internal error with --verbose', async () => {
    const run = await runCaptured(['explode', '--verbose'], {
      commands: [aCommandThrowing(new Error('boom'))],
    });
    expect(run.code).toBe(ExitCode.internal);
    expect(run.stderr).toMatch(/^error: internal error: boom\nError: boom\n\s+at /);
  });

  it('prints a user error with its hint and exit code', async () => {
    const thrown = new ClusterAccessError('cannot reach the API server at https://10.0.0.1:6443', {
      hint: 'is the cluster running, and is your kubeconfig context right?',
    });
    const run = await runCaptured(['explode'], { commands: [aCommandThrowing(thrown)] });
    expect(run.code).toBe(ExitCode.clusterAccess);
    expect(run.stderr).toBe(
      'error: cannot reach the API server at https://10.0.0.1:6443\n' +
        'hint: is the cluster running, and is your kubeconfig context right?\n',
    );
  });

  it.each([
    { name: 'NO_COLOR set on a terminal', env: { NO_COLOR: '1' }, isTTY: true, isColoured: false },
    { name: 'not a terminal', env: {}, isTTY: false, isColoured: false },
    { name: 'a terminal', env: {}, isTTY: true, isColoured: true },
    {
      name: 'FORCE_COLOR off a terminal',
      env: { FORCE_COLOR: '1' },
      isTTY: false,
      isColoured: true,
    },
  ])('colours errors only when wanted: $name', async ({ env, isTTY, isColoured }) => {
    const run = await runCaptured(['frobnicate'], { env, isTTY });
    // eslint-disable-next-line no-control-regex -- looking for ANSI escapes on purpose
    expect(/\u001b\[/.test(run.stderr)).toBe(isColoured);
  });
});
