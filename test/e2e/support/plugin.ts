/**
 * Runs the plugin the way a user does: `kubectl imagepull ...` from the workstation, with the
 * released linux/amd64 executable first on PATH (support/shipped.ts).
 */
import { execa } from 'execa';
import type { ClusterInfo } from '../../cluster/cluster-info.js';
import { onWorkstation, workstationEnv } from '../../cluster/workstation.js';
import { shippedBinDir } from './shipped.js';

/** What a run printed and how it ended. */
export interface PluginRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line and environment of `kubectl imagepull ARGS` run on the workstation. */
export function imagepullCommand(
  info: ClusterInfo,
  args: readonly string[],
  extraEnv: Record<string, string> = {},
): { cmd: string; args: string[]; env: Record<string, string> } {
  const run = onWorkstation('kubectl', ['imagepull', ...args]);
  const env = {
    PATH: `${shippedBinDir()}:${process.env.PATH}`,
    KUBECONFIG: info.kubeconfig,
    NO_COLOR: '1',
    HOME: process.env.HOME ?? '/root',
    ...workstationEnv(),
    ...extraEnv,
  };
  return { ...run, env };
}

/** `kubectl imagepull ARGS` with the admin kubeconfig (unless args override it), as a user would. */
export async function imagepull(
  info: ClusterInfo,
  args: readonly string[],
  extraEnv: Record<string, string> = {},
): Promise<PluginRun> {
  const run = imagepullCommand(info, args, extraEnv);
  const result = await execa(run.cmd, run.args, {
    reject: false,
    timeout: 120_000,
    env: run.env,
    extendEnv: false,
  });
  return { code: result.exitCode ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses `-o json` output, failing the test with the output when it is not JSON. */
export function json<T>(run: PluginRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`expected JSON on stdout (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}
