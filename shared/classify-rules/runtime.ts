import type { Rule } from './rule.js';

/** The container runtime itself does not answer: the kubelet never got to the registry. */
export const RUNTIME_RULES: readonly Rule[] = [
  {
    id: 'runtime-socket',
    family: 'runtime',
    cause: 'runtime',
    confidence: 'high',
    pattern:
      /dial unix[^\n"]{0,200}?\.sock[^\n"]{0,40}|Cannot connect to the Docker daemon[^\n]{0,80}|(?:containerd|crio|cri-dockerd|dockershim)\.sock[^\n]{0,40}?(?:connection refused|no such file or directory|deadline exceeded|timeout)|make sure you are running as root and the runtime has been started|code = Unavailable desc = (?:error reading from server: EOF|transport is closing|connection closed)[^\n]{0,40}|unknown service runtime\.v1(?:alpha2)?\.\w{1,40}Service/i,
    widen: true,
  },
  {
    id: 'image-inspect',
    family: 'runtime',
    cause: 'runtime',
    confidence: 'high',
    pattern: /ImageInspectError|Failed to inspect image[^\n]{0,200}/i,
  },
];

/** A CRI call that failed as Unavailable without a socket named: tried after the registry rules. */
export const RUNTIME_FALLBACK_RULES: readonly Rule[] = [
  {
    id: 'rpc-unavailable',
    family: 'runtime',
    cause: 'runtime',
    confidence: 'medium',
    pattern: /code = (?:Unavailable|14 desc|Unimplemented|12 desc)[^\n]{0,80}/i,
  },
];
