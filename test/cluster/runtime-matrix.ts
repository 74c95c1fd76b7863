/**
 * Renders the runtime matrix from what an end-to-end run recorded (MATRIX_FILE, one observation
 * per line, see test/e2e/support/matrix-record.ts): per failure scenario, what each runtime's
 * kubelet event said and the cause `diagnose` gave. `tsx test/cluster/cli.ts matrix` writes it to
 * test/cluster/runtime-matrix.md.
 */
import { readFile } from 'node:fs/promises';
import type { MatrixObservation } from '../e2e/support/matrix-record.js';

/** Reads the observations, keeping the last one per scenario and node. */
export async function readObservations(file: string): Promise<MatrixObservation[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const byKey = new Map<string, MatrixObservation>();
  for (const line of text.split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as MatrixObservation;
    byKey.set(`${o.scenario}\u0000${o.node}`, o);
  }
  return [...byKey.values()];
}

// Event texts repeat the image reference and the kubelet's prefix; the table keeps the runtime's
// own words, with the reference shortened and pipes escaped for Markdown.
function cell(o: MatrixObservation | undefined): string {
  if (!o) return '';
  const text = o.message
    .replace(/^Failed to pull image "[^"]+": /, '')
    .replace(/registry\.[a-z]+\.test(?::\d+)?\/kip\/[A-Za-z-]+:[\w.]+/g, 'REF')
    .replaceAll('|', '\\|');
  const reason = o.reason && o.reason !== 'Failed' ? ` (event reason ${o.reason})` : '';
  return `**${o.cause}**${reason}: \`${text}\``;
}

/** The Markdown table: one row per scenario, one column per runtime, in node order. */
export function renderMatrix(observations: readonly MatrixObservation[]): string {
  const nodes = [...new Map(observations.map((o) => [o.node, o])).values()].sort((a, b) =>
    a.node.localeCompare(b.node),
  );
  const scenarios = [...new Set(observations.map((o) => o.scenario))].sort();
  const title = (o: MatrixObservation): string =>
    `${o.node}: ${o.runtime === 'cri-o' ? 'CRI-O' : 'containerd'} ${o.runtimeVersion === 'debian' ? '1.6 (Debian)' : o.runtimeVersion}`;
  const lines = [
    '# What each runtime said',
    '',
    'Generated from an end-to-end run (`tsx test/cluster/cli.ts matrix`): for each failure the',
    "suite makes happen, the kubelet event's text on each runtime node (the image reference",
    'shortened to REF) and the cause `diagnose` named. The verdicts agree across runtimes; the',
    'words do not.',
    '',
    `| scenario | ${nodes.map(title).join(' | ')} |`,
    `|---|${nodes.map(() => '---').join('|')}|`,
  ];
  for (const scenario of scenarios) {
    const row = nodes.map((n) =>
      cell(observations.find((o) => o.scenario === scenario && o.node === n.node)),
    );
    lines.push(`| ${scenario} | ${row.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
