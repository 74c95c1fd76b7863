// Puts the node facts and check results into the one report the probe prints, and writes the
// notes that say what the probe did not do.
import type { ProbeNodeInfo, ProbeReport, ProbeRequest } from '../shared/probe/report.js';
import { PROBE_REPORT_VERSION } from '../shared/probe/report.js';
import type { NodeFacts } from './gather-node.js';
import type { CheckRun } from './run-checks.js';

function nodeInfo(facts: NodeFacts, run: CheckRun): ProbeNodeInfo {
  const runtime = facts.runtime.ok ? facts.runtime.runtime : undefined;
  return {
    name: facts.name,
    ...(facts.resolvConf
      ? {
          resolvConf: {
            nameservers: facts.resolvConf.nameservers,
            search: facts.resolvConf.search,
          },
        }
      : {}),
    ...(runtime
      ? {
          runtime: {
            name: runtime.version.runtimeName,
            version: runtime.version.runtimeVersion,
            endpoint: runtime.endpoint,
            ...(facts.runtimeConditions
              ? {
                  conditions: facts.runtimeConditions.map((c) => ({
                    type: c.type,
                    status: c.status,
                    ...(c.reason ? { reason: c.reason } : {}),
                    ...(c.message ? { message: c.message } : {}),
                  })),
                }
              : {}),
          },
        }
      : {}),
    proxy: facts.proxy,
    registryConfig: facts.registry.summary,
    credentialProviders: facts.credentialProviders.lines,
    ...(facts.pulledRecord ? { cachedImage: facts.pulledRecord } : {}),
    ...(run.imageFs ? { imageFs: run.imageFs } : {}),
    ...(facts.registry.hostsDirsIgnored
      ? { hostsDirsIgnored: facts.registry.hostsDirsIgnored }
      : {}),
  };
}

function notesFor(facts: NodeFacts, run: CheckRun): string[] {
  const notes = [...facts.problems, ...run.notes];
  const tokenPlugins = facts.credentialProviders.configs
    .flatMap((c) => c.config.providers)
    .filter((p) => p.wantsServiceAccountToken)
    .map((p) => p.name);
  if (tokenPlugins.length > 0) {
    notes.push(
      `credential providers ${tokenPlugins.join(', ')} ask for the pod's service account token, which the probe does not have: their result here may differ from the kubelet's`,
    );
  }
  const proxy = run.checks.dns.detail?.proxy;
  if (proxy !== undefined)
    notes.push(
      `the DNS, TCP, TLS and /v2/ checks went through the runtime's proxy ${proxy}, as its pulls do`,
    );
  return notes;
}

/** The report: request echoed, node info, checks, timing and notes. */
export function assembleReport(
  request: ProbeRequest,
  facts: NodeFacts,
  run: CheckRun,
  startedAt: Date,
  durationMs: number,
  transport: ProbeReport['transport'] = 'pod',
): ProbeReport {
  const notes = notesFor(facts, run);
  return {
    version: PROBE_REPORT_VERSION,
    request,
    node: nodeInfo(facts, run),
    checks: run.checks,
    startedAt: startedAt.toISOString(),
    durationMs,
    transport,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
