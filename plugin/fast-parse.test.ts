import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toOptions } from './commands/diagnose.js';
import { parseDiagnoseFast } from './fast-parse.js';
import { COMMANDS } from './main.js';
import { parseCommandLine } from './parse-command-line.js';

/** What yargs makes of argv, through the same toOptions the command uses; or how it refuses. */
async function viaYargs(argv: string[]): Promise<unknown> {
  try {
    const outcome = await parseCommandLine(argv, COMMANDS);
    return outcome.kind === 'command' ? toOptions(outcome.argv) : { outcome: outcome.kind };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** The fast path's reading through toOptions, or how toOptions refuses it. */
function viaFast(argv: string[]): unknown {
  const fast = parseDiagnoseFast(argv);
  try {
    return fast === undefined ? undefined : toOptions(fast);
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const WORDS = [
  'web-0',
  'pod/web-0',
  'api.v2',
  '-n',
  'shop',
  '--namespace',
  '--namespace=shop',
  '--context',
  'dev',
  '--context=arn:aws:eks:eu-west-1:1:cluster/x',
  '--kubeconfig',
  '/tmp/kc',
  '--kubeconfig=/tmp/kc',
  '-o',
  'json',
  'yaml',
  'xml',
  '--output=json',
  '--request-timeout',
  '5s',
  '--request-timeout=1m',
  '--no-registry',
  '--registry',
  '--registry=false',
  '--registry-timeout=2s',
  '-A',
  '--all-namespaces',
  '-l',
  'app=web',
  '--selector=app=web',
  '--verbose',
  '--help',
  '-h',
  '--bogus',
  '--',
  '',
  '-nshop',
  'Web',
  '123',
];

describe('parseDiagnoseFast', () => {
  it.each([
    [['diagnose', 'web-0']],
    [['diagnose', 'web-0', '-n', 'shop', '--no-registry']],
    [['diagnose', '-n', 'shop', 'web-0', '-o', 'json', '--context=dev', '--request-timeout', '5s']],
    [['diagnose', '-A', '-o', 'yaml']],
    [['diagnose', '-l', 'app=web', '--registry-timeout=2s', '--verbose']],
  ])('takes %j and reads it as yargs does', async (argv) => {
    const fast = parseDiagnoseFast(argv);
    expect(fast).toBeDefined();
    expect(toOptions(fast!)).toEqual(await viaYargs(argv));
  });

  it.each([
    [['diagnose', '--help']],
    [['diagnose', 'web-0', '-o', 'xml']],
    [['diagnose', 'a', 'b']],
    [['diagnose', '-n']],
    [['diagnose', '-nshop', 'web-0']],
    [['diagnose', '--registry=false']],
    [['diagnose', '-n', 'a', '-n', 'b']],
    [['reproduce', '--node', 'node-1']],
  ])('leaves %j to yargs', (argv) => {
    expect(parseDiagnoseFast(argv)).toBeUndefined();
  });

  it('agrees with yargs on every command line it accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }), async (words) => {
        const argv = ['diagnose', ...words];
        const fast = viaFast(argv);
        if (fast !== undefined) expect(fast).toEqual(await viaYargs(argv));
      }),
      { numRuns: 1000 },
    );
  });
});
