/** The human-readable form of a workload diagnosis: the rollout verdict, revisions, fix, pods. */
import type { RevisionSummary, WorkloadDiagnosis } from '../../shared/workload/rollout-types.js';
import type { Palette } from './colour.js';
import { podDiagnosisText } from './diagnosis-text.js';

/** Renders a workload's diagnosis as text lines. */
export function workloadText(d: WorkloadDiagnosis, p: Palette): string {
  const w = d.workload;
  const head = `${w.kind} ${w.namespace}/${w.name}`;
  const mark = d.healthy ? p.green('✔') : p.red('✖');
  const lines = [`${mark} ${p.bold(head)}: ${d.verdict}`];
  if (d.revisions.length > 0) lines.push('', 'Revisions:', ...d.revisions.flatMap(revisionLines));
  if (d.fixes.length > 0) {
    lines.push('', 'Fix:');
    d.fixes.forEach((f, i) => {
      lines.push(`  ${i + 1}. ${f.description}`);
      if (f.command) lines.push(`     ${p.cyan(f.command)}`);
    });
  }
  if (d.notes.length > 0) lines.push('', p.dim('Notes:'), ...d.notes.map((n) => `  - ${n}`));
  for (const pod of d.pods.filter((x) => !x.healthy))
    lines.push('', p.dim('─'.repeat(60)), podDiagnosisText(pod, p));
  return lines.join('\n');
}

function revisionLines(r: RevisionSummary): string[] {
  const tag = r.current ? ' (current)' : '';
  const rev = r.revision ? ` revision ${r.revision}` : '';
  const lines = [
    `  ${r.name}${rev}${tag}: ${r.pods} pods, ${r.running} running, ${r.failing} failing to pull`,
  ];
  for (const i of r.images) {
    const ids = i.imageIds.length > 0 ? ` -> ${i.imageIds.join(', ')}` : '';
    lines.push(`    ${i.container}: ${i.image}${ids}`);
  }
  for (const f of r.failures) {
    const nodes = f.nodes.length > 0 ? ` on ${f.nodes.join(', ')}` : '';
    lines.push(`    ✖ ${f.container}: ${f.cause} on ${f.pods} pods${nodes}: ${f.summary}`);
  }
  return lines;
}
