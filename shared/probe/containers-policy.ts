// Reads containers-policy.json (CRI-O, podman, skopeo): which requirements apply to an image
// pulled over the docker transport. The most specific scope wins, as in containers/image:
// `host/ns/repo:tag`, then `host/ns/repo`, then each shorter path prefix, then `host`, then
// wildcard `*.domain` scopes, then the transport's "" entry, then `default`.

/** One requirement of a policy, reduced to what a user needs to know. */
export interface PolicyRequirement {
  readonly type: string;
  /** The key or keys a signature must be made with (signedBy, sigstoreSigned). */
  readonly keys: readonly string[];
}

/** The requirements for one image and the scope they came from. */
export interface PolicyDecision {
  readonly scope: string;
  readonly requirements: readonly PolicyRequirement[];
  /** True when every requirement lets any image through. */
  readonly acceptsAnything: boolean;
  /** True when the image can only pass with a signature (or never, for `reject`). */
  readonly needsSignature: boolean;
  readonly rejects: boolean;
}

/** A parsed policy.json, or why it could not be read. */
export type ContainersPolicy =
  | {
      readonly ok: true;
      readonly fallback: readonly unknown[];
      readonly docker: Readonly<Record<string, readonly unknown[]>>;
    }
  | { readonly ok: false; readonly problem: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses policy.json text. */
export function parseContainersPolicy(text: string): ContainersPolicy {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `is not JSON (${(err as Error).message})` };
  }
  if (!isRecord(doc) || !Array.isArray(doc.default))
    return { ok: false, problem: 'has no "default" requirement list' };
  const transports = isRecord(doc.transports) ? doc.transports : {};
  const docker = isRecord(transports.docker) ? transports.docker : {};
  const scopes = Object.fromEntries(
    Object.entries(docker).filter((e): e is [string, unknown[]] => Array.isArray(e[1])),
  );
  return { ok: true, fallback: doc.default, docker: scopes };
}

// Key material is never copied: a path is named, inline key data and Fulcio roots only noted.
function requirement(raw: unknown): PolicyRequirement {
  if (!isRecord(raw)) return { type: 'invalid', keys: [] };
  const paths = [raw.keyPath, ...(Array.isArray(raw.keyPaths) ? raw.keyPaths : [])].filter(
    (k): k is string => typeof k === 'string',
  );
  const keys = [
    ...paths,
    ...(raw.keyData !== undefined ? ['(inline key)'] : []),
    ...(raw.fulcio !== undefined ? ['(Fulcio)'] : []),
  ];
  return { type: typeof raw.type === 'string' ? raw.type : 'invalid', keys };
}

/** The scopes that could apply to `reference` (`host[:port]/path[:tag]`), most specific first. */
function candidateScopes(reference: string): string[] {
  const [name, tag] = splitTag(reference);
  const parts = name.split('/');
  const scopes = tag ? [`${name}:${tag}`] : [];
  for (let i = parts.length; i >= 1; i--) scopes.push(parts.slice(0, i).join('/'));
  const host = (parts[0] ?? '').replace(/:\d+$/, '');
  const labels = host.split('.');
  for (let i = 1; i < labels.length; i++) scopes.push(`*.${labels.slice(i).join('.')}`);
  return scopes;
}

function splitTag(reference: string): [string, string | undefined] {
  const at = reference.indexOf('@');
  if (at >= 0) return [reference.slice(0, at), undefined];
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  return colon > slash
    ? [reference.slice(0, colon), reference.slice(colon + 1)]
    : [reference, undefined];
}

/** The requirements policy.json imposes on pulling `reference` over the docker transport. */
export function policyFor(
  policy: ContainersPolicy & { ok: true },
  reference: string,
): PolicyDecision {
  const scope = candidateScopes(reference).find((s) => policy.docker[s] !== undefined);
  const raw = scope !== undefined ? policy.docker[scope]! : (policy.docker[''] ?? policy.fallback);
  const requirements = raw.map(requirement);
  const signed = (r: PolicyRequirement) => r.type === 'signedBy' || r.type === 'sigstoreSigned';
  return {
    scope: scope ?? (policy.docker[''] ? 'docker ""' : 'default'),
    requirements,
    acceptsAnything: requirements.every((r) => r.type === 'insecureAcceptAnything'),
    needsSignature: requirements.some(signed),
    rejects: requirements.some((r) => r.type === 'reject'),
  };
}

/** One line for the report: what the policy asks of this image. */
export function describePolicy(file: string, decision: PolicyDecision): string {
  const what = decision.requirements
    .map((r) => (r.keys.length > 0 ? `${r.type} (${r.keys.join(', ')})` : r.type))
    .join(' + ');
  const verdict = decision.rejects
    ? 'refuses it'
    : decision.needsSignature
      ? 'requires a signature'
      : decision.acceptsAnything
        ? 'accepts it unsigned'
        : 'applies';
  return `CRI-O ${file}: ${verdict} (scope ${decision.scope}: ${what || 'no requirement'})`;
}
