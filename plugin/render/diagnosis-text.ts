/** The human-readable form of a pod diagnosis: cause first, then evidence, then the fix. */
import type {
  ContainerVerdict,
  PodDiagnosis,
  SecretAudit,
} from '../../shared/diagnosis/verdict.js';
import type { Palette } from './colour.js';

/** Renders one pod's diagnosis as text lines. */
export function podDiagnosisText(d: PodDiagnosis, p: Palette): string {
  const where = d.pod.node ? ` on ${d.pod.node}` : '';
  const head = `Pod ${d.pod.namespace}/${d.pod.name}${where}`;
  const lines: string[] = [];
  if (d.healthy && d.containers.length > 0) {
    const n = d.containers.length;
    lines.push(
      `${p.green('…')} ${head}: ${n} container${n === 1 ? '' : 's'} still pulling, at a normal rate`,
    );
  } else if (d.healthy) {
    lines.push(
      `${p.green('✔')} ${head}: no image pull problem${d.pod.phase ? ` (phase ${d.pod.phase})` : ''}`,
    );
  } else {
    const n = d.containers.length;
    lines.push(
      `${p.red('✖')} ${p.bold(head)}: ${n} container${n === 1 ? '' : 's'} cannot pull ${n === 1 ? 'its image' : 'their images'}`,
    );
  }
  for (const c of d.containers) lines.push('', ...containerLines(c, p));
  if (d.healthy && d.credentials.length > 0)
    lines.push('', 'Credentials:', ...d.credentials.map(credentialLine));
  if (d.warnings.length > 0)
    lines.push('', p.yellow('Warnings:'), ...d.warnings.map((w) => `  - ${w}`));
  if (d.notes.length > 0) lines.push('', p.dim('Notes:'), ...d.notes.map((n) => `  - ${n}`));
  return lines.join('\n');
}

function containerLines(c: ContainerVerdict, p: Palette): string[] {
  const lines = [
    `${p.bold(`Container ${c.container}`)} (${c.kind})${c.waitingReason ? `  ${p.red(c.waitingReason)}` : ''}`,
    `  Image:       ${c.image}`,
    `  Cause:       ${p.bold(c.cause)} (${c.confidence} confidence)`,
    `               ${c.summary}`,
    `  Evidence:`,
    ...c.evidence.map((e) => `    ${p.dim(e.source.padEnd(15))} ${e.text}`),
    ...secretLines(c.secrets),
  ];
  if (c.registryCheck) {
    const detail = c.registryCheck.detail ? ` (${c.registryCheck.detail})` : '';
    lines.push(
      `  Registry:    ${c.registryCheck.result}${detail}, ${p.dim('seen from this machine, not from the node')}`,
    );
  }
  if (c.scope.summary) lines.push(`  Scope:       ${c.scope.summary}`);
  if (c.backoff) lines.push(`  Back-off:    ${c.backoff.note}`);
  if (c.warnings.length > 0)
    lines.push(...c.warnings.map((w) => `  ${p.yellow('Warning:')}     ${w}`));
  lines.push('  Fix:');
  c.fixes.forEach((f, i) => {
    lines.push(`    ${i + 1}. ${f.description}`);
    if (f.command) lines.push(...f.command.split('\n').map((l) => `       ${p.cyan(l)}`));
  });
  if (c.reproduce) lines.push(`  Reproduce on the node: ${p.cyan(c.reproduce)}`);
  return lines;
}

function secretLines(s: SecretAudit): string[] {
  const lines = ['  Pull secrets:'];
  if (s.entries.length === 0) lines.push('    (none)');
  for (const e of s.entries) {
    const match = e.matchedKey ? ` → ${e.matchedKey}${e.username ? ` as ${e.username}` : ''}` : '';
    lines.push(`    ${e.name} (via ${e.via}): ${e.status}${match}${e.note ? ` — ${e.note}` : ''}`);
  }
  const sa = s.serviceAccount;
  lines.push(
    `    service account ${sa.name}: ${sa.status}${sa.secrets.length > 0 ? `, lists ${sa.secrets.join(', ')}` : ', lists no pull secrets'}`,
  );
  for (const n of s.notes) lines.push(`    note: ${n}`);
  return lines;
}

function credentialLine(c: PodDiagnosis['credentials'][number]): string {
  if (!c.secret) return `  ${c.container}: ${c.image} is pulled anonymously`;
  const via = c.via === 'service-account' ? 'via the service account' : 'listed in the pod';
  return `  ${c.container}: ${c.registry} with secret ${c.secret} (${via}), entry ${c.key}${c.username ? ` as ${c.username}` : ''}`;
}
