// Builds the probe bundle and runs it as the probe pod would: `node kip-probe.cjs request.json`.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  PROBE_REPORT_VERSION,
  REPORT_MARKER,
  type ProbeReport,
  type ProbeRequest,
} from '../../../shared/probe/report.js';
import { validateProbeReport } from '../../../shared/probe/validate-report.js';
import { TRUSTED_NAME as TRUSTED } from './probe-world.js';

const execFileAsync = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The built probe. */
export const PROBE_BUNDLE = path.join(ROOT, 'dist/probe/kip-probe.cjs');

/** Runs scripts/build-probe.mjs so the suite always tests the current sources. */
export async function buildProbe(): Promise<void> {
  await execFileAsync(process.execPath, [path.join(ROOT, 'scripts/build-probe.mjs')], {
    cwd: ROOT,
  });
}

/** One run of the probe: its output, exit code and the validated report. */
export interface ProbeRun {
  stdout: string;
  stderr: string;
  code: number;
  report: ReturnType<typeof validateProbeReport>;
  ms: number;
}

/** A request with the suite's defaults. */
export function aRequest(
  fields: Partial<ProbeRequest> &
    Pick<ProbeRequest, 'image' | 'registry' | 'dialHost' | 'dialPort'>,
): ProbeRequest {
  return { version: PROBE_REPORT_VERSION, hasCredentials: false, timeoutMs: 30_000, ...fields };
}

/** Writes the request file and runs the built probe on it. */
export async function runProbe(
  dir: string,
  name: string,
  request: ProbeRequest,
): Promise<ProbeRun> {
  const file = path.join(dir, 'requests', `${name}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(request, null, 2));
  const started = performance.now();
  const result = await execFileAsync(process.execPath, [PROBE_BUNDLE, file], {
    timeout: 120_000,
  }).then(
    (r) => ({ ...r, code: 0 }),
    (err: { stdout?: string; stderr?: string; code?: number }) => ({
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
      code: err.code ?? -1,
    }),
  );
  const line = result.stdout.split('\n').find((l) => l.startsWith(REPORT_MARKER));
  const report = validateProbeReport(
    line === undefined ? undefined : JSON.parse(line.slice(REPORT_MARKER.length)),
  );
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    code: result.code,
    report,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Runs the probe for kip/app:v1.0.0 on the world's trusted name at `port` (the world's registry
 * by default) and returns its report, failing when the report is not valid.
 */
export async function probeTrusted(
  world: { workDir: string; prefix: string; port: number },
  name: string,
  extra: Partial<ProbeRequest> & { port?: number } = {},
): Promise<{ run: ProbeRun; report: ProbeReport }> {
  const { port = world.port, ...fields } = extra;
  const run = await runProbe(
    world.workDir,
    name,
    aRequest({
      image: `${TRUSTED}:${port}/kip/app:v1.0.0`,
      registry: `${TRUSTED}:${port}`,
      dialHost: TRUSTED,
      dialPort: port,
      hostPrefix: world.prefix,
      ...fields,
    }),
  );
  if (!run.report.ok)
    throw new Error(`invalid report: ${run.report.problems.join('; ')}\n${run.stderr}`);
  return { run, report: run.report.report };
}
