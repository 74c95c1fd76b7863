/**
 * `kubectl imagepull reproduce --node NODE (--pod NS/NAME | --image REF [--secret NAME])`: pulls
 * the image on the node itself, through the node's runtime, resolver, network and trust,
 * anonymously and with the pod's credentials, and says where the fault lies.
 */
import type { Argv } from 'yargs';
import { parseDuration } from '../../shared/duration.js';
import { UsageError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import {
  stringFlag,
  toGlobalOptions,
  type GlobalOptions,
  type ParsedArgv,
} from '../global-options.js';
import { DEFAULT_PROBE_IMAGE } from '../probe-image-default.js';
import { reproduceText } from '../render/reproduce-text.js';
import { defineCommand, type CommandDeps } from './command.js';
import {
  sshSettings,
  toViaOptions,
  validateVia,
  viaFlags,
  type ViaOptions,
} from './reproduce-ssh-flags.js';

// The probe image used when --probe-image is not given (overridable with KUBECTL_IMAGEPULL_PROBE_IMAGE).
export { DEFAULT_PROBE_IMAGE };

/** What `reproduce` was asked to do. */
export interface ReproduceOptions extends GlobalOptions, ViaOptions {
  readonly nodes: readonly string[];
  readonly nodeSelector?: string;
  readonly pod?: string;
  readonly container?: string;
  readonly image?: string;
  readonly secret?: string;
  readonly probeImage?: string;
  readonly probeNamespace?: string;
  readonly timeoutMs: number;
  readonly concurrency: number;
}

/** Reads reproduce's flags. */
export function toOptions(argv: ParsedArgv): ReproduceOptions {
  const timeout = parseDuration(stringFlag(argv, 'timeout') ?? '90s');
  if (timeout.kind === 'invalid') throw new UsageError(`invalid --timeout: ${timeout.reason}`);
  const list = (name: string) =>
    (stringFlag(argv, name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    ...toGlobalOptions(argv),
    ...toViaOptions(argv),
    nodes: [...list('node'), ...list('nodes')],
    nodeSelector: stringFlag(argv, 'selector'),
    pod: stringFlag(argv, 'pod'),
    container: stringFlag(argv, 'container'),
    image: stringFlag(argv, 'image'),
    secret: stringFlag(argv, 'secret'),
    probeImage: stringFlag(argv, 'probe-image'),
    probeNamespace: stringFlag(argv, 'probe-namespace'),
    timeoutMs: timeout.milliseconds || 90_000,
    concurrency: Number(argv['concurrency'] ?? 4),
  };
}

/** Rejects incomplete or contradictory requests before touching the cluster. */
export function validateOptions(o: ReproduceOptions): ReproduceOptions {
  if (o.nodes.length === 0 && !o.nodeSelector)
    throw new UsageError('no node given', { hint: 'use --node NODE, --nodes a,b or -l SELECTOR' });
  if (!o.pod === !o.image)
    throw new UsageError('give exactly one of --pod NS/NAME and --image REF');
  if (o.secret && !o.image)
    throw new UsageError("--secret goes with --image (with --pod the pod's own secrets are used)");
  if (o.container && !o.pod) throw new UsageError('--container goes with --pod');
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1)
    throw new UsageError('--concurrency must be a positive integer');
  if (o.timeoutMs < 10_000) throw new UsageError('--timeout must be at least 10s');
  validateVia(o);
  return o;
}

/** Runs the probe on each node and prints the verdict. */
export async function run(o: ReproduceOptions, deps: CommandDeps): Promise<ExitCodeValue> {
  const conn = await deps.connect(o);
  const { reproduceOnNodes } = await import('../probe/reproduce-on-nodes.js');
  const result = await reproduceOnNodes(conn, {
    ...o,
    namespace: o.namespace ?? conn.namespace,
    probeImage: o.probeImage ?? deps.env['KUBECTL_IMAGEPULL_PROBE_IMAGE'] ?? DEFAULT_PROBE_IMAGE,
    progress: (line) => deps.render.progress(line),
    ...(o.via === 'ssh' ? { ssh: sshSettings(o, deps.env, o.timeoutMs) } : {}),
  });
  deps.render.printResult(result, o.output, (p) => reproduceText(result, p));
  return result.nodes.every((n) => n.domain === 'none') ? ExitCode.ok : ExitCode.pullProblem;
}

const EXAMPLES: readonly [string, string][] = [
  [
    'kubectl imagepull reproduce --node node-3 --pod shop/web-7d9f8-abcde',
    "pull the pod's image on node-3 with the pod's credentials",
  ],
  [
    'kubectl imagepull reproduce --nodes node-1,node-2 --image registry.corp.io:5000/app:v2 --secret regcred -n shop',
    'an image and a secret, on two nodes',
  ],
  [
    'kubectl imagepull reproduce --node node-3 --pod deploy/web -n shop',
    "the image and credentials of the Deployment's pod template",
  ],
  [
    'kubectl imagepull reproduce -l pool=gpu --pod shop/web-0 -o json',
    'every node of a pool, as JSON',
  ],
  [
    'kubectl imagepull reproduce --node node-3 --pod shop/web-0 --via ssh --ssh-user root --ssh-key ~/.ssh/nodes',
    'over SSH, where a privileged pod cannot run (Pod Security, NotReady node)',
  ],
];

/** The `reproduce` subcommand. */
export const reproduceCommand = defineCommand({
  command: 'reproduce',
  describe:
    "Pull the image on the node itself, with and without the pod's credentials, and say where the fault is",
  builder: (yargs: Argv) =>
    EXAMPLES.reduce(
      (y, [cmd, what]) => y.example(cmd, what),
      viaFlags(yargs)
        .option('node', { type: 'string', describe: 'The node to probe' })
        .option('nodes', { type: 'string', describe: 'Several nodes, comma-separated' })
        .option('selector', {
          alias: 'l',
          type: 'string',
          describe: 'Probe every node matching this label selector',
        })
        .option('pod', {
          type: 'string',
          describe:
            "Take the image and credentials from this pod (NS/NAME or NAME with -n), or from a workload's pod template (deploy/web, NS/sts/db, cronjob/nightly)",
        })
        .option('container', {
          type: 'string',
          describe: "With --pod: which container's image (default: the failing one)",
        })
        .option('image', { type: 'string', describe: 'The image to pull (instead of --pod)' })
        .option('secret', {
          type: 'string',
          describe: 'With --image: a pull secret in -n NAMESPACE to pull with',
        })
        .option('probe-image', {
          type: 'string',
          describe: 'The probe image (e.g. a copy in a mirror the node can reach)',
        })
        .option('probe-namespace', {
          type: 'string',
          describe:
            "Where the probe runs (default: the pod's namespace); must allow privileged pods",
        })
        .option('timeout', {
          type: 'string',
          default: '90s',
          describe: 'How long the probe may take on each node',
        })
        .option('concurrency', {
          type: 'number',
          default: 4,
          describe: 'How many nodes to probe at once',
        }),
    ),
  toOptions,
  validateOptions,
  run,
});
