/**
 * Records what each runtime said for each failure during an end-to-end run, so the runtime matrix
 * table (test/cluster/runtime-matrix.md, `tsx test/cluster/cli.ts matrix`) is generated from a
 * real run rather than written by hand. One JSON line per observation, appended to MATRIX_FILE.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MATRIX_FILE } from '../../cluster/layout.js';
import type { ClusterNode } from '../../cluster/cluster-info.js';

/** One failure as one runtime worded it, and what diagnose made of it. */
export interface MatrixObservation {
  readonly scenario: string;
  readonly node: string;
  readonly runtime: string;
  readonly runtimeVersion: string;
  /** The kubelet event's text (the runtime's words after the kubelet's prefix). */
  readonly message: string;
  /** The event reason (`Failed`, or CRI-O's `RegistryUnavailable`, ...). */
  readonly reason?: string;
  readonly cause: string;
}

/** Appends one observation; a run's first call starts from the file as the last run left it. */
export async function recordObservation(
  node: ClusterNode,
  entry: Omit<MatrixObservation, 'node' | 'runtime' | 'runtimeVersion'>,
): Promise<void> {
  await mkdir(path.dirname(MATRIX_FILE), { recursive: true });
  const line: MatrixObservation = {
    ...entry,
    node: node.name,
    runtime: node.runtime,
    runtimeVersion: node.runtimeVersion,
  };
  await appendFile(MATRIX_FILE, `${JSON.stringify(line)}\n`);
}
