import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../main.js';
import { planCompletion, presentLive, type LivePlan } from './complete-words.js';
import { formatCompletion } from './format-completion.js';
import { buildCompletionModel } from './run-completion.js';

// The real commands' builders, so these tests also catch a flag renamed in a command file.
const model = buildCompletionModel(COMMANDS);

function values(words: string[]): string[] {
  const plan = planCompletion(model, words);
  if (plan.kind !== 'static') throw new Error(`expected a static plan for ${words.join(' ')}`);
  return plan.candidates.map((c) => c.value);
}

function livePlan(words: string[]): LivePlan {
  const plan = planCompletion(model, words);
  if (plan.kind !== 'live') throw new Error(`expected a live plan for ${words.join(' ')}`);
  return plan;
}

describe('planCompletion, static answers', () => {
  it('offers every subcommand for an empty word', () => {
    expect(values([''])).toEqual(COMMANDS.map((c) => c.command.split(' ')[0]));
  });

  it.each([
    { name: 'subcommand prefix', words: ['re'], expected: ['reproduce'] },
    { name: '-o value', words: ['diagnose', '-o', ''], expected: ['text', 'json', 'yaml'] },
    { name: '--output value prefix', words: ['explain', '--output', 'y'], expected: ['yaml'] },
    { name: '--output=value', words: ['diagnose', '--output=j'], expected: ['--output=json'] },
    { name: 'long flag prefix', words: ['reproduce', '--no'], expected: ['--node', '--nodes'] },
    { name: 'negated boolean', words: ['diagnose', '--no-r'], expected: ['--no-registry'] },
    { name: '--version at the top only', words: ['--vers'], expected: ['--version'] },
    { name: 'no --version on a command', words: ['version', '--vers'], expected: [] },
    { name: 'a flag already given', words: ['diagnose', '-A', '--all'], expected: [] },
    { name: 'unknown subcommand', words: ['frobnicate', ''], expected: [] },
    { name: 'explain message words', words: ['explain', ''], expected: [] },
    { name: 'pod after -A', words: ['diagnose', '-A', ''], expected: [] },
    { name: 'value of a flag with free text', words: ['reproduce', '--image', ''], expected: [] },
  ])('$name', ({ words, expected }) => {
    expect(values(words)).toEqual(expected);
  });

  it('offers short forms for a bare "-"', () => {
    expect(values(['diagnose', '-'])).toEqual(
      expect.arrayContaining(['-A', '-l', '-n', '-o', '-h']),
    );
  });

  it('describes flags and subcommands with their help text', () => {
    const plan = planCompletion(model, ['diagnose', '--sel']);
    expect(plan).toMatchObject({
      candidates: [{ value: '--selector', description: expect.stringMatching(/label selector/) }],
    });
  });

  it('lets the shell complete file names for a key or file flag a command adds later', () => {
    const withKey = buildCompletionModel([
      {
        command: 'connect',
        describe: 'a command of this test only',
        builder: (y) => y.option('ssh-key', { type: 'string' }).option('user', { type: 'string' }),
        execute: () => Promise.resolve(0),
      },
    ]);
    expect(planCompletion(withKey, ['connect', '--ssh-key', ''])).toMatchObject({ directive: 0 });
    expect(planCompletion(withKey, ['connect', '--user', ''])).toMatchObject({ directive: 4 });
  });

  it('lets the shell complete file names for --kubeconfig', () => {
    expect(planCompletion(model, ['diagnose', '--kubeconfig', ''])).toEqual({
      kind: 'static',
      candidates: [],
      directive: 0,
    });
  });
});

describe('planCompletion, live answers', () => {
  it.each([
    { name: 'diagnose POD', words: ['diagnose', 'we'], source: 'pods', typed: 'we', prefix: '' },
    {
      name: 'reproduce --node',
      words: ['reproduce', '--node', ''],
      source: 'nodes',
      typed: '',
      prefix: '',
    },
    {
      name: 'reproduce --nodes list',
      words: ['reproduce', '--nodes', 'node-1,no'],
      source: 'nodes',
      typed: 'no',
      prefix: 'node-1,',
    },
    {
      name: '--node=',
      words: ['reproduce', '--node=n'],
      source: 'nodes',
      typed: 'n',
      prefix: '--node=',
    },
    { name: '-n', words: ['diagnose', '-n', 'ku'], source: 'namespaces', typed: 'ku', prefix: '' },
    { name: '--context', words: ['--context', ''], source: 'contexts', typed: '', prefix: '' },
    {
      name: '--probe-namespace',
      words: ['reproduce', '--probe-namespace', ''],
      source: 'namespaces',
      typed: '',
      prefix: '',
    },
  ])('$name', ({ words, source, typed, prefix }) => {
    expect(livePlan(words)).toMatchObject({ source, typed, valuePrefix: prefix });
  });

  it('honours --kubeconfig, --context and -n typed before, in any form', () => {
    const plan = livePlan([
      '--kubeconfig',
      '/tmp/kc',
      'diagnose',
      '--context=dev',
      '-nshop',
      '--no-registry',
      '',
    ]);
    expect(plan.connection).toEqual({ kubeconfig: '/tmp/kc', context: 'dev', namespace: 'shop' });
  });

  it('lists the pods of the namespace typed before the slash for --pod NS/NAME', () => {
    const plan = livePlan(['reproduce', '-n', 'other', '--pod', 'shop/we']);
    expect(plan).toMatchObject({
      source: 'pods',
      namespace: 'shop',
      typed: 'we',
      valuePrefix: 'shop/',
    });
  });

  it.each([
    { words: ['diagnose', 'deploy/we'], source: 'deployments', typed: 'we', prefix: 'deploy/' },
    { words: ['diagnose', 'sts/'], source: 'statefulsets', typed: '', prefix: 'sts/' },
    {
      words: ['diagnose', 'cronjob.batch/n'],
      source: 'cronjobs',
      typed: 'n',
      prefix: 'cronjob.batch/',
    },
    { words: ['diagnose', 'pod/we'], source: 'pods', typed: 'we', prefix: 'pod/' },
    { words: ['check', 'ds/a'], source: 'daemonsets', typed: 'a', prefix: 'ds/' },
    {
      words: ['reproduce', '--pod', 'deploy/we'],
      source: 'deployments',
      typed: 'we',
      prefix: 'deploy/',
    },
  ])('lists workload names after TYPE/: $words', ({ words, source, typed, prefix }) => {
    expect(livePlan(words)).toMatchObject({ source, typed, valuePrefix: prefix });
  });

  it('offers the workload types where only a workload fits, without a space after them', () => {
    const plan = planCompletion(model, ['check', 'd']);
    expect(plan).toMatchObject({ kind: 'static', directive: 6 });
    expect(plan.kind === 'static' && plan.candidates.map((c) => c.value)).toEqual([
      'deploy/',
      'ds/',
    ]);
  });

  it("leaves check -f to the shell's file completion", () => {
    expect(planCompletion(model, ['check', '-f', 'ma'])).toMatchObject({
      kind: 'static',
      directive: 0,
    });
  });

  it('offers only the fetched names that match, with their prefix', () => {
    const plan = livePlan(['reproduce', '--nodes', 'node-1,node-']);
    const names = ['node-1', 'node-2', 'gpu-1'].map((value) => ({ value, description: 'Ready' }));
    expect(presentLive(plan, names)).toMatchObject({
      candidates: [{ value: 'node-1,node-1' }, { value: 'node-1,node-2' }],
      directive: 4,
    });
  });
});

describe('formatCompletion', () => {
  it('prints value<TAB>description lines and the directive last', () => {
    const text = formatCompletion(
      [
        { value: 'a', description: 'first\nline' },
        { value: 'b', description: '' },
      ],
      4,
      true,
    );
    expect(text).toBe('a\tfirst line\nb\n:4\n');
  });

  it('leaves descriptions out when asked', () => {
    expect(formatCompletion([{ value: 'a', description: 'x' }], 0, false)).toBe('a\n:0\n');
  });
});
