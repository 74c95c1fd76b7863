/** The human-readable fleet diagnosis: the verdict, the groups, then one line per failing pod. */
import type { FleetDiagnosis } from '../../shared/diagnosis/fleet.js';
import type { Palette } from './colour.js';

const MAX_LINES = 50;

/** Renders the fleet view. */
export function fleetText(f: FleetDiagnosis, p: Palette): string {
  const scope = f.scope.namespace ? `namespace ${f.scope.namespace}` : 'all namespaces';
  const lines = [
    `${f.failingPods > 0 ? p.red('✖') : p.green('✔')} ${p.bold(f.verdict)}`,
    p.dim(
      `scanned ${f.scope.podsScanned} pods in ${scope}${f.scope.selector ? ` matching ${f.scope.selector}` : ''}${f.scope.truncated ? ' (stopped early: too many pods)' : ''}`,
    ),
  ];
  if (f.groups.length > 0) {
    lines.push('', p.bold('CAUSE'.padEnd(18) + 'PODS'.padEnd(6) + 'REGISTRY'.padEnd(32) + 'NODES'));
    for (const g of f.groups) {
      lines.push(
        `${g.cause.padEnd(18)}${String(g.pods).padEnd(6)}${g.registry.padEnd(32)}${g.nodes.join(', ')}`,
      );
      lines.push(p.dim(`  ${g.evidence.slice(0, 200)}`));
    }
    lines.push(
      '',
      p.bold('NAMESPACE/POD'.padEnd(40) + 'CONTAINER'.padEnd(16) + 'NODE'.padEnd(12) + 'CAUSE'),
    );
    for (const i of f.items.slice(0, MAX_LINES)) {
      lines.push(
        `${`${i.namespace}/${i.pod}`.padEnd(40)}${i.container.padEnd(16)}${(i.node ?? '-').padEnd(12)}${i.cause}`,
      );
    }
    if (f.items.length > MAX_LINES)
      lines.push(p.dim(`... and ${f.items.length - MAX_LINES} more (use -o json for all)`));
    lines.push(
      '',
      p.dim('run `kubectl imagepull diagnose -n NAMESPACE POD` for the evidence and the exact fix'),
    );
  }
  if (f.skew.length > 0)
    lines.push('', p.yellow('Mutable-tag skew (same tag, different images):'), ...skewLines(f));
  return lines.join('\n');
}

function skewLines(f: FleetDiagnosis): string[] {
  return f.skew.flatMap((s) => [
    `  ${s.image}`,
    ...s.digests.map(
      (d) =>
        `    ${d.digest.slice(0, 19)}  ${d.pods} pod${d.pods === 1 ? '' : 's'} on ${d.nodes.join(', ') || '?'}`,
    ),
  ]);
}
