/** The human-readable form of a check: one row per image, then each problem and warning. */
import type { CheckResult, ImageCheck } from '../../shared/check/check-types.js';
import type { Palette } from './colour.js';

/** Renders the check as a table plus its findings. */
export function checkText(r: CheckResult, p: Palette): string {
  const rows = [
    ['WORKLOAD', 'CONTAINER', 'IMAGE', 'RESULT'],
    ...r.images.map((i) => [`${i.namespace}/${i.workload}`, i.container, i.image, resultOf(i)]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  const lines = rows.map((row, n) => {
    const text = row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ');
    if (n === 0) return p.bold(text);
    return r.images[n - 1]!.ok ? text : p.red(text);
  });
  const findings = r.images.flatMap((i) => [
    ...i.problems.map((m) => `  ${p.red('✖')} ${i.workload} ${i.container}: ${m}`),
    ...i.warnings.map((m) => `  ${p.yellow('!')} ${i.workload} ${i.container}: ${m}`),
  ]);
  if (findings.length > 0) lines.push('', ...findings);
  const cluster = r.cluster.read
    ? `${r.cluster.nodes} nodes read`
    : `cluster ${r.cluster.note ?? 'not read'}`;
  lines.push(
    '',
    r.ok
      ? `${p.green('✔')} every image would pull (${r.images.length} checked; ${cluster})`
      : `${p.red('✖')} ${r.problems} problem${r.problems === 1 ? '' : 's'} in ${r.images.filter((i) => !i.ok).length} of ${r.images.length} images (${cluster})`,
  );
  if (r.notes.length > 0) lines.push(...r.notes.map((n) => p.dim(`note: ${n}`)));
  return lines.join('\n');
}

function resultOf(i: ImageCheck): string {
  if (!i.ok) return `✖ ${i.problems[0]}`;
  const digest = i.digest ? ` ${i.digest.slice(0, 19)}` : '';
  const secret = i.credential.secret ? ` with ${i.credential.secret}` : '';
  return `✔ pulls${digest}${secret}`;
}
