/**
 * Long-running cluster processes. They outlive the process that started them (`cluster:up` exits
 * while the cluster keeps running), so every PID goes into a file that `down` reads back.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { paths } from './layout.js';

/** One started daemon as recorded in the PID file. */
export interface DaemonRecord {
  readonly name: string;
  readonly pid: number;
  readonly log: string;
}

/** Starts `cmd args` detached in its own process group with output to logs/NAME.log. */
export async function startDaemon(
  name: string,
  cmd: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<DaemonRecord> {
  const log = path.join(paths.logs, `${name}.log`);
  const fd = openSync(log, 'a');
  try {
    const child = spawn(cmd, args, {
      detached: true,
      stdio: ['ignore', fd, fd],
      env: env ?? process.env,
    });
    if (child.pid === undefined) throw new Error(`failed to start ${name} (${cmd})`);
    child.unref();
    const record = { name, pid: child.pid, log };
    await appendRecord(record);
    return record;
  } finally {
    closeSync(fd);
  }
}

/**
 * All daemons recorded for the running cluster, newest last. A missing file means nothing runs; an
 * unreadable one is an error, because treating it as empty would leave every daemon running.
 */
export async function readRecords(): Promise<DaemonRecord[]> {
  let text: string;
  try {
    text = await readFile(paths.pids, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  try {
    return JSON.parse(text) as DaemonRecord[];
  } catch {
    throw new Error(`${paths.pids} is not valid JSON; stop the processes it lists by hand`);
  }
}

// Nodes start concurrently. Appends are read-modify-write, so they go through one chain: two
// overlapping appends once lost a record and left a torn file, and `down` then stopped nothing.
let appendChain: Promise<void> = Promise.resolve();

function appendRecord(record: DaemonRecord): Promise<void> {
  const next = appendChain.then(async () => {
    const records = await readRecords();
    records.push(record);
    // Write-then-rename so a reader never sees half a file.
    const tmp = `${paths.pids}.tmp`;
    await writeFile(tmp, JSON.stringify(records, null, 2));
    await rename(tmp, paths.pids);
  });
  appendChain = next.catch(() => {});
  return next;
}

/** True while the process exists (and is not a zombie we could reap). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a daemon's whole process group: TERM, a grace period, then KILL. */
export async function stopDaemon(pid: number, graceMs = 5000): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // The group may hold children that outlived its leader, so KILL goes out either way.
  signalGroup(pid, 'SIGKILL');
  // Wait for the kernel to take it too, so a leftover scan right after sees a clean machine.
  const killDeadline = Date.now() + 5000;
  while (isAlive(pid) && Date.now() < killDeadline) await new Promise((r) => setTimeout(r, 50));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
    } catch {
      // Already gone: exactly what we want.
    }
  }
}

/** The last lines of a daemon's log, for error messages when it fails to come up. */
export async function logTail(record: DaemonRecord, lines = 15): Promise<string> {
  try {
    return (await readFile(record.log, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
