/**
 * `kubectl imagepull check (-f FILE|DIR|- | WORKLOAD)`: the check before deploy. For every image
 * of every container the manifests (or a live workload) would run: does it exist, what digest does
 * it resolve to, do its platforms cover the nodes it may land on, which pull secret would the
 * kubelet match, how much Docker Hub headroom is left. Reads only; never writes to the cluster.
 */
import type { Argv } from 'yargs';
import { manifestContents, type ManifestContents } from '../../shared/check/manifest-targets.js';
import { parseDuration } from '../../shared/duration.js';
import {
  kubectlName,
  parseWorkloadRef,
  type WorkloadRef,
} from '../../shared/workload/workload-ref.js';
import { BadManifestError, UsageError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import {
  stringFlag,
  toGlobalOptions,
  type GlobalOptions,
  type ParsedArgv,
} from '../global-options.js';
import type { ApiConnection } from '../kube/connect.js';
import { loadReadPath } from '../lazy.js';
import { checkText } from '../render/check-text.js';
import { defineCommand, type CommandDeps } from './command.js';

/** What `check` was asked to do. */
export interface CheckOptions extends GlobalOptions {
  readonly files: readonly string[];
  readonly workload?: string;
  readonly useCluster: boolean;
  readonly registryTimeoutMs: number;
}

/** Reads check's flags. */
export function toOptions(argv: ParsedArgv): CheckOptions {
  const timeout = parseDuration(stringFlag(argv, 'registry-timeout') ?? '5s');
  if (timeout.kind === 'invalid')
    throw new UsageError(`invalid --registry-timeout: ${timeout.reason}`);
  const raw = argv['filename'];
  const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  return {
    ...toGlobalOptions(argv),
    files,
    workload: typeof argv['workload'] === 'string' ? argv['workload'] : undefined,
    useCluster: argv['cluster'] !== false,
    registryTimeoutMs: timeout.milliseconds || 5000,
  };
}

/** Exactly one input; a live workload needs the cluster. */
export function validateOptions(o: CheckOptions): CheckOptions {
  if (o.files.length > 0 === (o.workload !== undefined))
    throw new UsageError('give exactly one of -f FILE|DIR|- and a workload (deploy/NAME)', {
      hint: 'kubectl imagepull check -f app.yaml, or kubectl imagepull check deploy/web',
    });
  if (o.files.some((f) => f === ''))
    throw new UsageError('-f needs a file, a directory or - for standard input');
  if (o.workload !== undefined) {
    const parsed = parseWorkloadRef(o.workload);
    if (!parsed.ok) throw new UsageError(parsed.reason);
    if (!o.useCluster)
      throw new UsageError('a live workload is read from the cluster: drop --no-cluster');
  }
  return o;
}

/** Runs the check and prints it; exit 0 when every image would pull, 1 when a problem is found. */
export async function run(o: CheckOptions, deps: CommandDeps): Promise<ExitCodeValue> {
  const read = await loadReadPath();
  const { conn, note } = await connectMaybe(o, deps);
  const ref = o.workload
    ? (parseWorkloadRef(o.workload) as { ok: true; ref: WorkloadRef }).ref
    : undefined;
  const contents = ref
    ? await liveContents(conn!, o, ref)
    : manifestContents(await read.readManifests(o.files, deps.readStdin));
  if (!contents.ok) throw new BadManifestError(contents.reason);
  const defaultNamespace = o.namespace ?? conn?.namespace ?? 'default';
  if (o.isVerbose)
    deps.render.progress(
      `checking ${contents.targets.length} objects${conn ? ` against ${conn.context}` : ' without the cluster'}`,
    );
  const result = await read.runCheck(contents.targets, {
    input: ref ? kubectlName(ref) : o.files.join(', '),
    defaultNamespace,
    sources: await read.checkSources(conn, contents.objects, defaultNamespace),
    probe: deps.registryProbe(o.registryTimeoutMs),
    clusterNote: note,
    notes:
      contents.skipped.length > 0 ? [`not checked (no pods): ${contents.skipped.join('; ')}`] : [],
  });
  deps.render.printResult(result, o.output, (p) => checkText(result, p));
  return result.ok ? ExitCode.ok : ExitCode.pullProblem;
}

/** The cluster when asked for and reachable; for manifests, an unreachable one is only a note. */
async function connectMaybe(
  o: CheckOptions,
  deps: CommandDeps,
): Promise<{ conn?: ApiConnection; note?: string }> {
  if (!o.useCluster)
    return { note: 'not read (--no-cluster): no node placement, pull secrets unchecked' };
  if (o.workload) return { conn: await deps.connectApi(o) };
  try {
    const conn = await deps.connectApi(o);
    await conn.get('list nodes', '/api/v1/nodes', { limit: 1 });
    return { conn };
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { note: `not read (${why}): no node placement, pull secrets unchecked` };
  }
}

async function liveContents(
  conn: ApiConnection,
  o: CheckOptions,
  ref: WorkloadRef,
): Promise<ManifestContents> {
  const read = await loadReadPath();
  const namespace = o.namespace ?? conn.namespace;
  const obj = await read.readWorkload(conn, namespace, ref);
  const apiVersion =
    ref.kind === 'CronJob' || ref.kind === 'Job'
      ? 'batch/v1'
      : ref.kind === 'Pod' || ref.kind === 'ReplicationController'
        ? 'v1'
        : 'apps/v1';
  const doc = { ...obj, apiVersion, kind: ref.kind, metadata: { ...obj.metadata, namespace } };
  return manifestContents([{ source: 'cluster', doc }]);
}

const EXAMPLES: readonly [string, string][] = [
  [
    'kubectl imagepull check -f manifests/',
    'every image the manifests in manifests/ would pull, before applying them',
  ],
  [
    'helm template web ./chart | kubectl imagepull check -f -',
    "a chart's rendered manifests, from standard input",
  ],
  [
    'kubectl imagepull check deploy/web -n shop',
    "a live Deployment's pod template, against the cluster's nodes",
  ],
  [
    'kubectl imagepull check -f app.yaml --no-cluster -o json',
    'registry checks only, as JSON for CI',
  ],
];

/** The `check` subcommand. */
export const checkCommand = defineCommand({
  command: 'check [workload]',
  describe: 'Check before deploy that every image of the manifests or a workload would pull',
  builder: (yargs: Argv) =>
    EXAMPLES.reduce(
      (y, [cmd, what]) => y.example(cmd, what),
      yargs
        .positional('workload', {
          type: 'string',
          describe: 'A live workload to check (deploy/web, sts/db, cronjob/nightly)',
        })
        .option('filename', {
          alias: 'f',
          type: 'string',
          describe:
            'Manifests to check: a file, a directory (its .yaml, .yml, .json files) or - for standard input',
        })
        .option('cluster', {
          type: 'boolean',
          default: true,
          describe:
            'Read nodes, service accounts and pull secrets from the cluster (--no-cluster to skip)',
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
