// Keeps the README in step with the CLI: every command's section documents every flag its yargs
// builder declares (and no flag it does not), shows every example its --help shows, states its exit
// codes, and lists exactly the top-level fields of the objects -o json prints. The flags and
// examples are read from the builders themselves (completion/command-shape.ts), the same source
// --help is built from, so neither side can drift silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSES, CAUSE_INFO, isCause } from '../shared/causes.js';
import { classifyMessage } from '../shared/classify.js';
import { parseKubeletConfigz } from '../shared/diagnosis/kubelet-config.js';
import { parseStatsSummary } from '../shared/diagnosis/node-filesystems.js';
import {
  CONFIGZ_SERIALISED,
  STATS_SUMMARY_IMAGEFS_FULL,
} from '../shared/diagnosis/testdata/kubelet-samples.js';
import { diagnosePod } from '../shared/diagnosis/diagnose-pod.js';
import { fleetItem, summariseFleet } from '../shared/diagnosis/fleet.js';
import { aPod, NOW, pullFailed } from '../shared/diagnosis/testing/evidence-builders.js';
import { summariseNodes, type NodeVerdict } from '../shared/probe/verdict.js';
import { podSpecFacts } from '../shared/check/manifest-targets.js';
import { diagnoseWorkload } from '../shared/workload/rollout.js';
import { runCheck } from './check/run-check.js';
import { toExplanation } from './commands/explain.js';
import { recordBuilder, type FlagShape } from './completion/command-shape.js';
import { EXIT_CODES } from './exit-codes.js';
import { addGlobalOptions } from './global-options.js';
import { COMMANDS } from './main.js';
import { TOP_LEVEL_EXAMPLES } from './parse-command-line.js';
import { runCaptured } from './testing/run-in-process.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The body of a section with this exact heading line, up to the next heading of `level` or above. */
function section(heading: string): string {
  const level = heading.indexOf(' ');
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}" section`);
  const next = readme.slice(start + 1).search(new RegExp(`\\n#{1,${level}} `));
  return readme.slice(start, next < 0 ? undefined : start + 1 + next);
}

/** The command's section without its `####` JSON subsections. */
function commandSection(name: string): string {
  return section(`### ${name}`).split('\n#### ')[0]!;
}

function longFlags(text: string): string[] {
  return [...new Set(text.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [])].sort();
}

/** Long flags in the first column of the section's tables (the flags it documents). */
function tableFlags(text: string): string[] {
  const firstColumns = [...text.matchAll(/^\|\s*(`-[^|]*)\|/gm)].map((m) => m[1]!);
  return longFlags(firstColumns.join(' '));
}

/** How a flag is written in docs: `--no-x` for booleans that default to true, else `--x`. */
function spellings(flag: FlagShape): string[] {
  return flag.defaultsToTrue ? [`--${flag.name}`, `--no-${flag.name}`] : [`--${flag.name}`];
}

/** The top-level keys in the first table under a `#### ...: KIND` heading (its JSON fields). */
function documentedKeys(heading: string): string[] {
  const lines = section(heading).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  const table = lines.slice(first, end < 0 ? undefined : end).join('\n');
  return [...table.matchAll(/^\|\s*`([A-Za-z]+)`\s*\|/gm)].map((m) => m[1]!).sort();
}

/** The meaning cell of a field's row in the first table under the heading. */
function documentedRow(heading: string, field: string): string {
  const row = section(heading)
    .split('\n')
    .find((line) => line.startsWith(`| \`${field}\``));
  if (!row) throw new Error(`${heading} has no row for ${field}`);
  return row;
}

/** Every key of the nested objects (array items too) appears in backticks in the field's row. */
function expectNestedKeysDocumented(heading: string, result: object, fields: readonly string[]) {
  const printed = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
  for (const field of fields) {
    const value = printed[field];
    const items = (Array.isArray(value) ? value : [value]) as object[];
    expect(items.length, `${field}: the sample has no item to compare`).toBeGreaterThan(0);
    const row = documentedRow(heading, field);
    for (const key of keysOf(...items))
      expect(row, `${heading}: ${field}.${key}`).toMatch(new RegExp(`\`${key}(\\[\\])?\``));
  }
}

function keysOf(...objects: object[]): string[] {
  const keys = new Set(objects.flatMap((o) => Object.keys(JSON.parse(JSON.stringify(o)))));
  return [...keys].sort();
}

const globalFlags = recordBuilder(addGlobalOptions).flags;

describe('README, per command', () => {
  const cases = COMMANDS.map((command) => ({
    name: command.command.split(' ')[0]!,
    command,
    shape: recordBuilder(command.builder),
  }));

  it.each(cases)(
    'documents every flag of `$name` in its section, with its default',
    ({ name, shape }) => {
      const text = commandSection(name);
      const rows = text.split('\n').filter((line) => line.startsWith('| `-'));
      for (const flag of shape.flags) {
        const row = rows.find((r) => spellings(flag).some((s) => new RegExp(`${s}\\b`).test(r)));
        expect(row, `${name}: --${flag.name} has no row in the README's flag table`).toBeDefined();
        for (const alias of flag.aliases) expect(row).toContain(`-${alias}`);
        if (flag.defaultValue !== undefined && flag.defaultValue !== 'true')
          expect(row, `${name}: --${flag.name}'s default`).toContain(flag.defaultValue);
      }
    },
  );

  it.each(cases)('documents no flag `$name` does not have', ({ name, shape }) => {
    const known = [...shape.flags, ...globalFlags].flatMap(spellings);
    for (const flag of tableFlags(commandSection(name))) expect(known).toContain(flag);
  });

  it.each(cases)(
    'shows in its section every example of `$name --help`',
    async ({ name, shape }) => {
      expect(shape.examples.length, `${name} needs at least two examples`).toBeGreaterThanOrEqual(
        2,
      );
      const help = (await runCaptured([name, '--help'])).stdout;
      const text = commandSection(name);
      for (const [example, description] of shape.examples) {
        expect(help).toContain(example);
        expect(help).toContain(description);
        expect(text).toContain(`\n${example}\n`);
      }
    },
  );

  it.each(cases)('states the exit codes of `$name`, all of them known', ({ name }) => {
    const line = /\nExit codes:([^]*?)(\n\n|$)/.exec(commandSection(name))?.[1];
    expect(line, `${name}'s section has no "Exit codes:" paragraph`).toBeDefined();
    const codes = [...line!.matchAll(/(?<![\w-])(\d+) /g)].map((m) => Number(m[1]));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(EXIT_CODES.map((e) => e.code)).toContain(code);
  });
});

describe('README, top level', () => {
  it('shows every example of `--help`', async () => {
    const help = (await runCaptured(['--help'])).stdout;
    const text = section('## Commands');
    for (const [example, description] of TOP_LEVEL_EXAMPLES) {
      expect(help).toContain(example);
      expect(help).toContain(description);
      expect(text).toContain(`\n${example}\n`);
    }
  });

  it('lists every command in the commands table', () => {
    const table = section('## Commands').split('\n### ')[0]!;
    const listed = [...table.matchAll(/^\|\s*`([a-z]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual(COMMANDS.map((c) => c.command.split(' ')[0]));
  });

  it('documents exactly the global flags, plus --help and --version', () => {
    const expected = [...globalFlags.map((f) => `--${f.name}`), '--help', '--version'].sort();
    expect(tableFlags(section('## Global flags'))).toEqual(expected);
  });

  it('documents exactly the exit codes of exit-codes.ts', () => {
    const rows = [...section('## Exit codes').matchAll(/^\|\s*(\d+)\s*\|\s*(.+?)\s*\|$/gm)];
    expect(rows.map((row) => [Number(row[1]), row[2]])).toEqual(
      EXIT_CODES.map((entry) => [entry.code, entry.meaning]),
    );
  });
});

describe('README, cause IDs', () => {
  it('lists every cause with the meaning and fix of causes.ts, in its order', () => {
    const table = section('### explain').split('The cause IDs are stable')[1] ?? '';
    const rows = [...table.matchAll(/^\| `([a-z-]+)` +\| (.+?) +\| (.+?) +\|$/gm)]
      .filter((m) => isCause(m[1]))
      .map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(CAUSES.map((c) => [c, CAUSE_INFO[c].meaning, CAUSE_INFO[c].fix]));
  });
});

describe('README, JSON schemas: documented top-level fields equal a real output', () => {
  it('PodDiagnosis', () => {
    const failing = aPod('web-0')
      .waiting('ErrImagePull')
      .withEvent({ message: pullFailed('registry.example.com/app:v1', 'manifest unknown') })
      .build();
    const diagnosis = diagnosePod(failing, NOW);
    expect(documentedKeys('#### diagnose -o json: PodDiagnosis')).toEqual(
      keysOf(diagnosis, diagnosePod(aPod('ok-0').build(), NOW)),
    );
    expectNestedKeysDocumented('#### diagnose -o json: PodDiagnosis', diagnosis, [
      'pod',
      'node',
      'containers',
      'credentials',
    ]);
  });

  it('PodDiagnosis of a pull in flight, with the kubelet evidence: its keys are documented too', () => {
    const pulling = aPod('web-0')
      .container('app', 'r.example/app:1')
      .waiting('ContainerCreating')
      .withEvent({ type: 'Normal', reason: 'Pulling', message: 'Pulling image "r.example/app:1"' })
      .kubelet({
        config: { status: 'found', value: parseKubeletConfigz(CONFIGZ_SERIALISED)! },
        filesystems: { status: 'found', value: parseStatsSummary(STATS_SUMMARY_IMAGEFS_FULL)! },
      })
      .build();
    const diagnosis = diagnosePod(pulling, NOW);
    expect(diagnosis.containers[0]?.pull).toBeDefined();
    expectNestedKeysDocumented('#### diagnose -o json: PodDiagnosis', diagnosis, [
      'node',
      'containers',
    ]);
    const row = documentedRow('#### diagnose -o json: PodDiagnosis', 'containers');
    for (const key of keysOf(diagnosis.containers[0]!.pull!))
      expect(row, `containers.pull.${key}`).toMatch(new RegExp(`\`${key}(\\[\\])?\``));
  });

  it('FleetDiagnosis', () => {
    const evidence = aPod('web-0')
      .waiting('ErrImagePull')
      .withEvent({ message: pullFailed('nginx:1.25', 'toomanyrequests: rate limit') })
      .build();
    const events = evidence.events.status === 'found' ? evidence.events.value : [];
    const item = fleetItem(evidence.pod, evidence.pod.containers[0]!, events);
    const fleet = summariseFleet([item], { namespace: 'shop', podsScanned: 1, truncated: false });
    expect(documentedKeys('#### diagnose -o json: FleetDiagnosis')).toEqual(keysOf(fleet));
    expectNestedKeysDocumented('#### diagnose -o json: FleetDiagnosis', fleet, [
      'scope',
      'groups',
      'items',
    ]);
    const skewed = summariseFleet([], { podsScanned: 2, truncated: false }, [
      {
        image: 'registry.example.com/app:v1',
        digests: [{ digest: 'sha256:x', nodes: ['n'], pods: 1 }],
      },
    ]);
    expectNestedKeysDocumented('#### diagnose -o json: FleetDiagnosis', skewed, ['skew']);
  });

  it('WorkloadDiagnosis', () => {
    const failing = aPod('web-7d9f8-a')
      .ownedByDeployment('web', '7d9f8')
      .container('main', 'registry.example.com/app:v2')
      .waiting('ErrImagePull')
      .withEvent({ message: pullFailed('registry.example.com/app:v2', 'manifest unknown') })
      .build();
    const d = diagnoseWorkload({
      kind: 'CronJob',
      name: 'web',
      namespace: 'shop',
      job: 'web-1',
      revisions: [
        {
          name: 'web-7d9f8',
          revision: '2',
          isCurrent: true,
          pods: [failing.pod],
          diagnoses: [diagnosePod(failing, NOW)],
        },
      ],
      creation: { conditions: [], events: [], objects: [] },
      undiagnosedPods: 0,
    });
    expect(documentedKeys('#### diagnose -o json: WorkloadDiagnosis')).toEqual(keysOf(d));
    expectNestedKeysDocumented('#### diagnose -o json: WorkloadDiagnosis', d, [
      'workload',
      'revisions',
      'fixes',
    ]);
  });

  it('CheckResult', async () => {
    const target = {
      source: 'app.yaml#1',
      kind: 'Deployment',
      name: 'web',
      spec: podSpecFacts({ containers: [{ name: 'main', image: 'nginx:1.27' }] }),
    };
    const result = await runCheck([target], {
      input: 'app.yaml',
      defaultNamespace: 'shop',
      sources: {
        nodes: [{ name: 'n', labels: {}, taints: [], architecture: 'amd64', os: 'linux' }],
        serviceAccount: () => Promise.resolve({ status: 'found', value: { imagePullSecrets: [] } }),
        secret: () => Promise.resolve({ status: 'missing' }),
      },
      probe: () =>
        Promise.resolve({
          kind: 'exists',
          digest: `sha256:${'a'.repeat(64)}`,
          platforms: ['linux/amd64'],
          rateLimit: { limit: '100', remaining: '90' },
        }),
      clusterNote: 'read',
      notes: [],
    });
    expect(documentedKeys('#### check -o json: CheckResult')).toEqual(keysOf(result));
    expectNestedKeysDocumented('#### check -o json: CheckResult', result, ['cluster', 'images']);
  });

  it('ReproduceResult', () => {
    // Required<>: the compiler insists on every field, so this lists them all.
    const node: Required<NodeVerdict> = {
      node: 'node-1',
      domain: 'none',
      cause: 'not-found',
      summary: 'node-1 pulls the image',
      evidence: [],
      checks: { dns: 'ok' },
      credentialProvider: { providers: [] },
      runtime: {
        name: 'containerd',
        version: 'v2.4.2',
        endpoint: 'unix:///run/containerd/containerd.sock',
        conditions: [{ type: 'RuntimeReady', status: true }],
      },
    };
    const result = summariseNodes('registry.example.com/app:v1', 'none', [node]);
    expect(documentedKeys('#### reproduce -o json: ReproduceResult')).toEqual(keysOf(result));
    expectNestedKeysDocumented('#### reproduce -o json: ReproduceResult', result, ['nodes']);
  });

  it('Explanation', () => {
    const explanation = toExplanation(classifyMessage('toomanyrequests: rate limit'));
    expect(documentedKeys('#### explain -o json: Explanation')).toEqual(keysOf(explanation));
  });

  it.each([{ kind: 'Version', argv: ['version', '-o', 'json'] }])(
    '$kind, printed by the CLI',
    async ({ kind, argv }) => {
      const printed = JSON.parse((await runCaptured(argv)).stdout) as object;
      expect(documentedKeys(`#### version -o json: ${kind}`)).toEqual(keysOf(printed));
    },
  );
});
