/**
 * `reproduce --via ssh` on one node: opens one SSH connection, runs the probe's own gathering and
 * checks through it (SshNode), and assembles the same versioned report the probe pod prints, so
 * the verdict and rendering code cannot tell the two transports apart except by `transport`.
 */
import { assembleReport } from '../../probe/assemble.js';
import { gatherNode } from '../../probe/gather-node.js';
import type { CredentialsRead } from '../../probe/node/credentials.js';
import { runChecks } from '../../probe/run-checks.js';
import { redactSecrets, secretsOf } from '../../shared/probe/redact.js';
import type { ProbeReport, ProbeRequest } from '../../shared/probe/report.js';
import { validateProbeReport } from '../../shared/probe/validate-report.js';
import { InterruptedError, ProbeError } from '../errors.js';
import { openSsh, type loadSshCredentials, type SshEndpoint } from './open-ssh.js';
import type { SshSettings } from './ssh-settings.js';
import { SshNode } from './ssh-node.js';

/** One node's SSH probe: where to connect, what to check, with which credentials. */
export interface SshProbeRun {
  readonly endpoint: SshEndpoint;
  readonly settings: SshSettings;
  readonly login: Awaited<ReturnType<typeof loadSshCredentials>>;
  readonly request: ProbeRequest;
  readonly credentials?: CredentialsRead;
  readonly signal: AbortSignal;
  readonly progress: (line: string) => void;
}

/** Runs the checks on the node over SSH and returns the validated, redacted report. */
export async function probeOverSsh(run: SshProbeRun): Promise<ProbeReport> {
  const node = run.endpoint.label;
  const conn = await openSsh(run.endpoint, run.settings, run.login);
  const onAbort = () => conn.close();
  run.signal.addEventListener('abort', onAbort);
  // A check that fails because the connection died would read as a node fault: refuse instead.
  let closed = false;
  conn.client.once('close', () => (closed = true));
  const broken = () =>
    run.signal.aborted
      ? new InterruptedError(`interrupted; closed the SSH connection to ${node}`)
      : closed
        ? new ProbeError(`the SSH connection to ${node} closed during the checks`, {
            hint: 'is the node rebooting, or does sshd limit session time? run it again',
          })
        : undefined;
  try {
    if (run.signal.aborted) throw broken();
    run.progress(`probe on ${node}: connected (${conn.where})`);
    const access = new SshNode(conn.client, conn.where);
    const log = (line: string) => run.progress(`probe on ${node}: ${line}`);
    const started = new Date();
    const facts = await gatherNode(access, node, run.request, log);
    let report: ProbeReport;
    try {
      const checks = await runChecks(access, run.request, facts, run.credentials, log);
      report = assembleReport(
        run.request,
        facts,
        checks,
        started,
        Date.now() - started.getTime(),
        'ssh',
      );
    } finally {
      if (facts.runtime.ok) facts.runtime.runtime.client.close();
    }
    const failure = broken();
    if (failure) throw failure;
    return validated(node, report, run.credentials);
  } catch (err) {
    throw broken() ?? err;
  } finally {
    run.signal.removeEventListener('abort', onAbort);
    conn.close();
  }
}

/** The same contract as the pod's report: redacted (a runtime's error text is not ours), valid. */
function validated(node: string, report: ProbeReport, credentials?: CredentialsRead): ProbeReport {
  const secrets = credentials?.ok ? secretsOf(credentials.credentials) : [];
  const valid = validateProbeReport(JSON.parse(redactSecrets(JSON.stringify(report), secrets)));
  if (!valid.ok)
    throw new Error(
      `the SSH probe of ${node} assembled an invalid report: ${valid.problems.join('; ')}`,
    );
  return valid.report;
}

/** A node's address for SSH: --ssh-host, else its InternalIP, else its ExternalIP. */
export function sshHostOf(
  node: string,
  addresses: readonly { type: string; address: string }[],
  override?: string,
): string {
  if (override) return override;
  const pick = (type: string) => addresses.find((a) => a.type === type)?.address;
  const host = pick('InternalIP') ?? pick('ExternalIP');
  if (!host)
    throw new ProbeError(`node ${node} reports no InternalIP or ExternalIP to reach over SSH`, {
      hint: 'pass --ssh-host ADDRESS',
    });
  return host;
}
