/**
 * Fixes for a pull that has not finished. Each names the knob: the kubelet's serializeImagePulls
 * and maxParallelImagePulls, a registry mirror, pre-pulling, or the runtime's progress timeout.
 * None of them deletes the pod: that would start the pull again from the back of the queue.
 */
import type { FixContext } from './fixes.js';
import { reproduceCommand } from './fixes.js';
import { formatBytes } from './node-filesystems.js';
import type { Fix } from './verdict.js';

/** A parallel limit that lets a large pull and small ones proceed together without a stampede. */
const SUGGESTED_PARALLEL_PULLS = 3;

/** Fixes for the pull-progress causes, most direct first. */
export function pullFixes(ctx: FixContext): Fix[] {
  const node = ctx.pod.nodeName ?? 'the node';
  const image = ctx.ref ? `${ctx.ref.registry}/${ctx.ref.repository}` : ctx.container.image;
  const prePull: Fix = {
    description: `pre-pull ${image} on the nodes (a DaemonSet that runs it, or an image puller) so pods start without waiting for it`,
  };
  const mirror: Fix = {
    description: `pull ${image} through a registry mirror or pull-through cache near the nodes (containerd certs.d hosts.toml, CRI-O registries.conf)`,
  };
  switch (ctx.cause) {
    case 'pulling':
      return [
        { description: 'nothing is wrong yet: the pull is moving; wait for the Pulled event' },
        prePull,
      ];
    case 'pull-queued':
      return [queueFix(ctx, node), ...aheadFix(ctx), prePull];
    case 'pull-slow':
      return [
        mirror,
        prePull,
        {
          description: `check ${node}'s path to ${ctx.ref?.registry ?? 'the registry'}`,
          command: reproduceCommand(ctx),
        },
      ];
    default:
      return [
        {
          description: `find where the pull stalls, from ${node} itself`,
          command: reproduceCommand(ctx),
        },
        {
          description:
            "containerd cancels a pull after image_pull_progress_timeout (default 5m) without progress (2.1+ counts a layer only from its first bytes: one that never starts is not cancelled); CRI-O's pull_progress_timeout is off by default since 1.33: set it so a stall fails and is retried",
        },
        mirror,
      ];
  }
}

function queueFix(ctx: FixContext, node: string): Fix {
  const limit = ctx.pull?.maxParallelImagePulls;
  if (ctx.pull?.serializeImagePulls === false && limit !== undefined)
    return {
      description: `raise maxParallelImagePulls (now ${limit}) in the kubelet configuration of ${node}, then restart the kubelet`,
      command: `maxParallelImagePulls: ${limit + 1}`,
    };
  return {
    description: `let the kubelet on ${node} pull images in parallel (its KubeletConfiguration, then restart the kubelet)`,
    command: `serializeImagePulls: false\nmaxParallelImagePulls: ${SUGGESTED_PARALLEL_PULLS}`,
  };
}

function aheadFix(ctx: FixContext): Fix[] {
  const ahead = ctx.pull?.ahead;
  if (!ahead) return [];
  const size = ahead.sizeBytes !== undefined ? ` (${formatBytes(ahead.sizeBytes)})` : '';
  return [
    {
      description: `pre-pull ${ahead.image}${size}, which holds the queue for pod ${ahead.pod}, so it no longer blocks other pulls`,
    },
  ];
}
