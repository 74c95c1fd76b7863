/**
 * `kubectl imagepull diagnose [POD]`: why the kubelet cannot pull, with evidence and the fix.
 * With a pod name it diagnoses that pod; without one it looks at every failing pod in the
 * namespace (-n), the cluster (-A) or a label selection (-l) and gives a fleet verdict.
 */
import type { Argv } from 'yargs';
import { diagnosePod } from '../../shared/diagnosis/diagnose-pod.js';
import { UsageError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import {
  toGlobalOptions,
  stringFlag,
  type GlobalOptions,
  type ParsedArgv,
} from '../global-options.js';
import { podDiagnosisText } from '../render/diagnosis-text.js';
import { parseDuration } from '../../shared/duration.js';
import { loadReadPath } from '../lazy.js';
import { defineCommand, type CommandDeps } from './command.js';
import { runFleet } from './diagnose-fleet.js';
import { runWorkload } from './diagnose-workload.js';
import { parseWorkloadRef } from '../../shared/workload/workload-ref.js';

/** What `diagnose` was asked to do. */
export interface DiagnoseOptions extends GlobalOptions {
  readonly pod?: string;
  readonly allNamespaces: boolean;
  readonly selector?: string;
  readonly checkRegistry: boolean;
  readonly registryTimeoutMs: number;
}

/** Reads diagnose's flags; `pod/NAME`, `deploy/NAME`, ... are accepted as kubectl accepts them. */
export function toOptions(argv: ParsedArgv): DiagnoseOptions {
  const raw = typeof argv['pod'] === 'string' ? argv['pod'] : undefined;
  const timeout = parseDuration(stringFlag(argv, 'registry-timeout') ?? '5s');
  if (timeout.kind === 'invalid')
    throw new UsageError(`invalid --registry-timeout: ${timeout.reason}`);
  return {
    ...toGlobalOptions(argv),
    pod: raw,
    allNamespaces: argv['all-namespaces'] === true,
    selector: stringFlag(argv, 'selector'),
    checkRegistry: argv['registry'] !== false,
    registryTimeoutMs: timeout.milliseconds || 5000,
  };
}

/** Rejects combinations kubectl would reject too. */
export function validateOptions(o: DiagnoseOptions): DiagnoseOptions {
  if (o.pod !== undefined && o.pod.trim() === '')
    throw new UsageError('the pod name is empty', { hint: 'kubectl imagepull diagnose POD' });
  if (o.pod && o.allNamespaces)
    throw new UsageError('a pod cannot be named together with -A/--all-namespaces', {
      hint: 'use -n NAMESPACE POD, or -A without a pod name',
    });
  if (o.pod && o.selector)
    throw new UsageError('a pod cannot be named together with -l/--selector');
  if (o.pod) {
    const parsed = parseWorkloadRef(o.pod);
    if (!parsed.ok)
      throw new UsageError(parsed.reason, {
        hint: 'kubectl imagepull diagnose POD, or TYPE/NAME such as deploy/web, sts/db, cronjob/nightly',
      });
  }
  return o;
}

/** Diagnoses one pod, one workload, or the fleet. */
export async function run(o: DiagnoseOptions, deps: CommandDeps): Promise<ExitCodeValue> {
  if (!o.pod) return runFleet(o, deps);
  const parsed = parseWorkloadRef(o.pod);
  if (parsed.ok && parsed.ref.kind !== 'Pod') return runWorkload(o, parsed.ref, deps);
  return runPod(o, parsed.ok ? parsed.ref.name : o.pod, deps);
}

async function runPod(o: DiagnoseOptions, name: string, deps: CommandDeps): Promise<ExitCodeValue> {
  const conn = await deps.connectApi(o);
  const { gatherPodEvidence, readPod, startEarlyReads } = await loadReadPath();
  const namespace = o.namespace ?? conn.namespace;
  const early = startEarlyReads(conn, namespace, name);
  const pod = await readPod(conn, namespace, name);
  if (o.isVerbose)
    deps.render.progress(
      `read pod ${namespace}/${name}; gathering events, secrets, node and scope`,
    );
  const probe = o.checkRegistry ? deps.registryProbe(o.registryTimeoutMs) : undefined;
  const evidence = await gatherPodEvidence(conn, pod, probe, undefined, early);
  const diagnosis = diagnosePod(evidence, deps.now());
  deps.render.printResult(diagnosis, o.output, (p) => podDiagnosisText(diagnosis, p));
  return diagnosis.healthy ? ExitCode.ok : ExitCode.pullProblem;
}

const EXAMPLES: readonly [string, string][] = [
  ['kubectl imagepull diagnose web-7d9f8-abcde -n shop', 'why this pod cannot pull its image'],
  [
    'kubectl imagepull diagnose deploy/web -n shop',
    'why a rollout is stuck: every revision of the Deployment, one verdict',
  ],
  ['kubectl imagepull diagnose -n shop', 'every failing pod in namespace shop, grouped by cause'],
  ['kubectl imagepull diagnose -A', 'the whole cluster, with a fleet verdict'],
  ['kubectl imagepull diagnose -l app=web -n shop -o json', 'a label selection, as JSON'],
  [
    'kubectl imagepull diagnose web-0 --no-registry',
    'without asking the registry from this machine',
  ],
];

/** The `diagnose` subcommand. */
export const diagnoseCommand = defineCommand({
  command: 'diagnose [pod]',
  describe: "Name the cause of a pod's image pull failure, with evidence and the exact fix",
  builder: (yargs: Argv) =>
    EXAMPLES.reduce(
      (y, [cmd, what]) => y.example(cmd, what),
      yargs
        .positional('pod', {
          type: 'string',
          describe:
            'The pod, or TYPE/NAME of a workload (deploy/, sts/, ds/, rs/, job/, cronjob/, rc/), to diagnose (omit to look at every failing pod)',
        })
        .option('all-namespaces', {
          alias: 'A',
          type: 'boolean',
          default: false,
          describe: 'Look at failing pods in every namespace',
        })
        .option('selector', {
          alias: 'l',
          type: 'string',
          describe: 'Only pods matching this label selector (e.g. app=web)',
        })
        .option('registry', {
          type: 'boolean',
          default: true,
          describe:
            'Ask the registry from this machine whether the image exists (--no-registry to skip)',
        })
        .option('registry-timeout', {
          type: 'string',
          default: '5s',
          describe: 'Timeout for each registry request',
        }),
    ),
  toOptions,
  validateOptions,
  run,
});
