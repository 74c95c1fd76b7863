/** The reproduce result as text: a node x check table, then each node's verdict and evidence. */
import type { RuntimeCondition } from '../../shared/probe/report.js';
import type { ReproduceResult } from '../../shared/probe/verdict.js';
import type { Palette } from './colour.js';

const COLUMNS: readonly [string, string][] = [
  ['dns', 'DNS'],
  ['tcp', 'TCP'],
  ['tls', 'TLS'],
  ['registryApi', '/v2/'],
  ['pullAnonymous', 'PULL'],
  ['pullWithCredentials', 'PULL+CREDS'],
  ['disk', 'DISK'],
];

/** Renders the result. */
export function reproduceText(r: ReproduceResult, p: Palette): string {
  const mark = (s: string | undefined) =>
    s === 'ok' ? p.green('ok') : s === 'failed' ? p.red('FAIL') : p.dim(s ?? '-');
  const width = Math.max(6, ...r.nodes.map((n) => n.node.length + 2));
  // Optional columns only where some node ran the check: the blob host (where a registry
  // redirects layer downloads) and the kubelet's credential provider (where one matches).
  const has = (k: string) => r.nodes.some((n) => n.checks[k]);
  const columns: [string, string][] = [
    COLUMNS[0]!,
    ...(has('blobDns') ? [['blobDns', 'BLOB DNS'] as [string, string]] : []),
    ...COLUMNS.slice(1, 4),
    ...(has('tokenDns') ? [['tokenDns', 'TOKEN DNS'] as [string, string]] : []),
    ...(has('mirrors') ? [['mirrors', 'MIRRORS'] as [string, string]] : []),
    ...COLUMNS.slice(4, -1),
    ...(has('pullWithProvider') ? [['pullWithProvider', 'PULL+PROV'] as [string, string]] : []),
    COLUMNS[COLUMNS.length - 1]!,
  ];
  const lines = [
    `${r.nodes.every((n) => n.domain === 'none') ? p.green('✔') : p.red('✖')} ${p.bold(r.summary)}`,
    p.dim(`image ${r.image}; credentials: ${r.credentials}`),
    '',
    p.bold('NODE'.padEnd(width) + columns.map(([, h]) => h.padEnd(11)).join('') + 'FAULT'),
  ];
  for (const n of r.nodes) {
    const cells = columns.map(([k]) => {
      const v = n.checks[k];
      return mark(v) + ' '.repeat(Math.max(1, 11 - (v === 'failed' ? 4 : (v ?? '-').length)));
    });
    lines.push(n.node.padEnd(width) + cells.join('') + (n.domain === 'none' ? '-' : n.domain));
  }
  for (const n of r.nodes) {
    lines.push('', `${p.bold(n.node)}: ${n.summary}`);
    if (n.runtime) lines.push(`  ${p.dim('runtime')} ${runtimeLine(n.runtime)}`);
    for (const e of n.evidence) lines.push(`  ${p.dim('evidence')} ${e}`);
    for (const run of n.credentialProvider?.providers ?? []) {
      const answer =
        run.status === 'ok'
          ? `answered for ${run.registries?.join(', ') || 'no registry'}`
          : `failed: ${run.error ?? ''}`;
      lines.push(
        `  ${p.dim('credential provider')} ${run.name} (matchImages ${run.matchedBy}) ${answer}`,
      );
    }
  }
  return lines.join('\n');
}

/** `containerd v2.4.2 (RuntimeReady, NetworkReady)`; a condition that is false is spelled out. */
function runtimeLine(rt: NonNullable<ReproduceResult['nodes'][number]['runtime']>): string {
  const conditions = (rt.conditions ?? []).map((c: RuntimeCondition) =>
    c.status ? c.type : `${c.type}=false${c.reason ? ` (${c.reason})` : ''}`,
  );
  return `${rt.name} ${rt.version}${conditions.length > 0 ? ` (${conditions.join(', ')})` : ''}`;
}
