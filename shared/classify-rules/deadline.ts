import type { Rule } from './rule.js';

const TIMEOUT_DETAIL =
  'the pull was cut off by a deadline or cancellation; the text does not say whether the ' +
  'registry, the network or the runtime was slow.';

/**
 * Deadlines and cancellations, tried after every rule that names what was slow. What cancelled
 * the pull is rarely in the text: the kubelet's or crictl's timeout, containerd's no-progress
 * timeout, or the user. Only a named HTTP request that ran out of time points at the network.
 */
export const DEADLINE_RULES: readonly Rule[] = [
  {
    id: 'no-progress',
    family: 'deadline',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['runtime'],
    pattern: /cancel pulling image [^\n]{1,300}? because of no progress[^\n"]{0,60}/i,
    detail:
      "the runtime's progress timeout (containerd image_pull_progress_timeout, the kubelet's " +
      'image-pull-progress-deadline) cancelled a pull that stopped moving: usually a stalled ' +
      'download, sometimes a slow unpack.',
  },
  {
    id: 'request-deadline',
    family: 'deadline',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['runtime', 'registry-error'],
    pattern:
      /(?:Get|Head|Post|GET|HEAD|POST) \\?"?https?:\/\/[^\s"\\]{1,2000}\\?"?: context (?:deadline exceeded|canceled)/,
    detail: 'a request to the registry (or its token or blob host) got no answer in time.',
  },
  {
    id: 'timeout-unattributed',
    family: 'deadline',
    cause: 'unknown',
    confidence: 'low',
    alternatives: ['network', 'runtime'],
    pattern: /context deadline exceeded|context canceled/i,
    detail: TIMEOUT_DETAIL,
  },
  {
    id: 'rpc-timeout-unattributed',
    family: 'deadline',
    cause: 'unknown',
    confidence: 'low',
    alternatives: ['network', 'runtime'],
    pattern: /code = (?:DeadlineExceeded|Canceled|4 desc|1 desc)/,
    detail: TIMEOUT_DETAIL,
  },
];
