/**
 * The krew release, end to end with krew's own tools: builds a release (scripts/release/) into a
 * scratch directory, has validate-krew-manifest accept its manifest, installs the archives with
 * `kubectl krew install --manifest --archive` into a scratch KREW_ROOT, runs the installed plugin
 * through kubectl, and uninstalls; installs every other platform's archive too, krew told the
 * platform with KREW_OS/KREW_ARCH. Needs kubectl on PATH, krew's tools from
 * test/cluster/build/build-krew.sh and the release build's own tools (scripts/setup.sh builds and
 * installs them all; .ci/run calls it); fails saying so when they are missing.
 */
import { execFile, execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  archiveFormat,
  archiveName,
  binName,
  RELEASE_PLATFORMS,
  type ReleasePlatform,
} from '../../scripts/release/platforms.js';
import {
  buildRelease,
  requireReleaseTools,
  unpackArchive,
  VERSION as version,
} from './support/release-build.js';

const execFileAsync = promisify(execFile);
const KREW_VERSION = 'v0.4.4';
const krewDir = path.join(
  process.env.KIP_CACHE ?? '/var/cache/kubectl-imagepull',
  `krew-${KREW_VERSION}`,
);

let scratch: string;
let release: string;

/** Runs a command with exactly `env` (plus nothing inherited), returning its result. */
function runWith(cmd: string, args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 120_000 });
}

function ok(r: SpawnSyncReturns<string>): string {
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** An environment where `kubectl krew` works and KREW_ROOT is `krewRoot`. */
function krewEnv(krewRoot: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: [path.join(krewRoot, 'bin'), krewDir, process.env.PATH ?? ''].join(path.delimiter),
    HOME: scratch,
    KREW_ROOT: krewRoot,
    // The plugin's code cache goes to the scratch dir, not the user's home.
    XDG_CACHE_HOME: path.join(scratch, 'cache'),
    ...extra,
  };
}

beforeAll(async () => {
  const missing = ['kubectl-krew', 'validate-krew-manifest'].filter(
    (b) => !existsSync(path.join(krewDir, b)),
  );
  if (missing.length > 0)
    throw new Error(
      `krew tools missing from ${krewDir} (${missing.join(', ')}): run ` +
        '`bash test/cluster/build/build-krew.sh` (or `bash .ci/run`), which builds them from the Go module proxy',
    );
  if (spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status !== 0)
    throw new Error('kubectl is not on PATH: install kubectl or run `bash .ci/run`');
  if (spawnSync('skopeo', ['--version'], { stdio: 'ignore' }).status !== 0)
    throw new Error(
      'skopeo is not on PATH: install skopeo (Debian package skopeo) or run `bash .ci/run`',
    );
  requireReleaseTools();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'kip-krew-'));
  release = path.join(scratch, 'release');
  // The release build itself, as `npm run release` runs it after the build, into the scratch dir.
  await buildRelease(release);
  // Six executables of ~100 MB each: a minute alone, longer beside the other suites.
}, 900_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the release build', () => {
  it('writes an archive per platform, listed with its sha256 in sha256sums.txt', async () => {
    const sums = await readFile(path.join(release, 'sha256sums.txt'), 'utf8');
    for (const p of RELEASE_PLATFORMS) {
      const name = archiveName(version, p);
      const sha = execFileSync('sha256sum', [path.join(release, name)], { encoding: 'utf8' }).split(
        ' ',
      )[0];
      expect(sums).toContain(`${sha}  ${name}\n`);
    }
  });

  it('stores every tar.gz entry with mtime 0 and root ownership, sorted by name', () => {
    for (const p of RELEASE_PLATFORMS.filter((p) => archiveFormat(p) === 'tar.gz')) {
      const listing = execFileSync(
        'tar',
        [
          '--list',
          '--verbose',
          '--numeric-owner',
          '--full-time',
          '-zf',
          path.join(release, archiveName(version, p)),
        ],
        { encoding: 'utf8' },
      );
      const lines = listing.trim().split('\n');
      const names = lines.map((l) => l.split(/\s+/).at(-1)!);
      expect(names).toEqual([...names].sort());
      expect(names).toEqual([
        'LICENSE',
        'LICENSE-nodejs',
        'kubectl-imagepull',
        'kubectl_complete-imagepull',
      ]);
      for (const l of lines) expect(l).toMatch(/ 0\/0 .* 1970-01-01 00:00:00 /);
    }
  });

  it('stores every zip entry with the earliest zip date and a Unix mode, sorted by name', () => {
    for (const p of RELEASE_PLATFORMS.filter((p) => archiveFormat(p) === 'zip')) {
      // Python's zipfile reads it as any unzip would; its view of each entry, one JSON line.
      const listing = execFileSync(
        'python3',
        [
          '-c',
          'import json, sys, zipfile\n' +
            'for i in zipfile.ZipFile(sys.argv[1]).infolist():\n' +
            '  print(json.dumps([i.filename, list(i.date_time), i.create_system, oct(i.external_attr >> 16), i.compress_type]))',
          path.join(release, archiveName(version, p)),
        ],
        { encoding: 'utf8' },
      );
      const entries = listing
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown[]);
      expect(entries.map((e) => e[0])).toEqual([
        'LICENSE',
        'LICENSE-nodejs',
        'kubectl-imagepull.exe',
      ]);
      for (const [name, date, system, mode, method] of entries) {
        expect(date, String(name)).toEqual([1980, 1, 1, 0, 0, 0]);
        expect(system).toBe(3);
        expect(mode).toBe(name === 'kubectl-imagepull.exe' ? '0o100755' : '0o100644');
        expect(method).toBe(8);
      }
    }
  });

  it('bakes the probe image it built, pinned by digest, into every archive and the caveats', async () => {
    const manifest = await readFile(path.join(release, 'krew-manifest.yaml'), 'utf8');
    const index = JSON.parse(
      await readFile(path.join(release, 'probe-image/index.json'), 'utf8'),
    ) as {
      manifests: { digest: string }[];
    };
    const ref = `ghcr.io/kubectl-imagepull/imagepull-probe:v${version}@${index.manifests[0]!.digest}`;
    expect(manifest).toContain(ref);
    for (const p of RELEASE_PLATFORMS) {
      expect((await readFile(unpack(p))).includes(ref)).toBe(true);
    }
  });
});

describe('the probe image layout', () => {
  it('copies out under the digest the release pins (skopeo --preserve-digests, as the README publishes it)', async () => {
    const index = JSON.parse(
      await readFile(path.join(release, 'probe-image/index.json'), 'utf8'),
    ) as { manifests: { digest: string }[] };
    const copy = path.join(scratch, 'probe-copy');
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--preserve-digests',
      `oci:${path.join(release, 'probe-image')}:v${version}`,
      `dir:${copy}`,
    ]);
    const sha = execFileSync('sha256sum', [path.join(copy, 'manifest.json')], {
      encoding: 'utf8',
    }).split(' ')[0];
    expect(`sha256:${sha}`).toBe(index.manifests[0]!.digest);
    const config = JSON.parse(await readFile(path.join(copy, 'manifest.json'), 'utf8')) as {
      layers: unknown[];
    };
    expect(config.layers).toHaveLength(2);
  });
});

describe('a second release build', () => {
  it('gives byte-identical archives, sha256sums, probe image and manifest', async () => {
    const again = path.join(scratch, 'release-again');
    await buildRelease(again);
    for (const file of ['sha256sums.txt', 'krew-manifest.yaml', 'probe-image/index.json'])
      expect(await readFile(path.join(again, file), 'utf8'), file).toBe(
        await readFile(path.join(release, file), 'utf8'),
      );
    for (const p of RELEASE_PLATFORMS) {
      const name = archiveName(version, p);
      expect(sha256(await readFile(path.join(again, name))), name).toBe(
        sha256(await readFile(path.join(release, name))),
      );
    }
  }, 600_000);
});

describe('validate-krew-manifest', () => {
  it('accepts the release manifest (structure, selectors, platforms)', async () => {
    // krew-index requires the file to be named after the plugin.
    const dir = path.join(scratch, 'validate');
    await mkdir(dir);
    await copyFile(path.join(release, 'krew-manifest.yaml'), path.join(dir, 'imagepull.yaml'));
    const r = runWith(
      path.join(krewDir, 'validate-krew-manifest'),
      ['-manifest', path.join(dir, 'imagepull.yaml'), '-skip-install'],
      { PATH: process.env.PATH ?? '' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('structural validation OK');
  });

  it('installs every platform from the archives when their uris are served here', async () => {
    // The published uris do not exist before the release is uploaded; serving the same archives
    // over loopback lets the validator run its own per-platform install and LICENSE check.
    const server = await serve(release);
    try {
      const port = (server.address() as { port: number }).port;
      const dir = path.join(scratch, 'validate-served');
      await mkdir(dir);
      const text = (await readFile(path.join(release, 'krew-manifest.yaml'), 'utf8')).replace(
        /https:\/\/github\.com\/\S+\/(kubectl-imagepull_\S+\.(?:tar\.gz|zip))/g,
        `http://127.0.0.1:${port}/$1`,
      );
      await writeFile(path.join(dir, 'imagepull.yaml'), text);
      // Asynchronously: this process serves the downloads while the validator runs.
      const r = await execFileAsync(
        path.join(krewDir, 'validate-krew-manifest'),
        ['-manifest', path.join(dir, 'imagepull.yaml')],
        { env: { PATH: [krewDir, process.env.PATH ?? ''].join(path.delimiter) }, timeout: 120_000 },
      );
      expect(r.stderr).toContain(`all ${RELEASE_PLATFORMS.length} spec.platforms installed fine`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('kubectl krew install --manifest --archive', () => {
  it('installs linux/amd64 (the platform of this machine), runs through kubectl, and uninstalls cleanly', async () => {
    const krewRoot = path.join(scratch, 'krew-amd64');
    const env = krewEnv(krewRoot);
    ok(
      runWith(
        'kubectl',
        [
          'krew',
          'install',
          `--manifest=${path.join(release, 'krew-manifest.yaml')}`,
          `--archive=${path.join(release, archiveName(version, RELEASE_PLATFORMS[0]!))}`,
        ],
        env,
      ),
    );
    expect(ok(runWith('kubectl', ['imagepull', '--version'], env)).trim()).toBe(version);
    const list = runWith('kubectl', ['plugin', 'list'], env);
    expect(list.stdout).toContain(path.join(krewRoot, 'bin', 'kubectl-imagepull'));
    expect(existsSync(path.join(krewRoot, 'receipts', 'imagepull.yaml'))).toBe(true);

    // Both embedded halves load inside the executable and write their V8 code caches: diagnose's
    // read half, and the heavy half (client-node) behind cleanup. A kubeconfig that cannot be read
    // is the first thing each reports, with exit code 3.
    for (const [command, half] of [
      ['diagnose', 'read'],
      ['cleanup', 'heavy'],
    ] as const) {
      const args = ['imagepull', command, ...(command === 'diagnose' ? ['p'] : [])];
      const noConfig = runWith('kubectl', [...args, '--kubeconfig', '/nonexistent'], env);
      expect(noConfig.status, noConfig.stderr).toBe(3);
      expect(noConfig.stderr).toMatch(/^error: cannot load kubeconfig \/nonexistent/);
      const cached = await readdir(path.join(scratch, 'cache', 'kubectl-imagepull'));
      expect(cached.some((f) => f.startsWith(`${half}-`) && f.endsWith('.v8'))).toBe(true);
    }

    // `krew uninstall` insists on a cloned plugin index (it only checks for index/<name>/.git),
    // which `kubectl krew update` fetches from GitHub; an empty one stands in (install needed none).
    await mkdir(path.join(krewRoot, 'index', 'default', '.git'), { recursive: true });
    ok(runWith('kubectl', ['krew', 'uninstall', 'imagepull'], env));
    expect(await readdir(path.join(krewRoot, 'receipts'))).toEqual([]);
    expect(await readdir(path.join(krewRoot, 'bin'))).toEqual([]);
    expect(await readdir(path.join(krewRoot, 'store'))).toEqual([]);
    expect(runWith('kubectl', ['plugin', 'list'], env).stdout).not.toContain(
      path.join(krewRoot, 'bin', 'kubectl-imagepull'),
    );
  });

  it.each(RELEASE_PLATFORMS.slice(1).map((p) => [`${p.os}/${p.arch}`, p] as const))(
    'installs %s when krew is told that platform (KREW_OS, KREW_ARCH), its executable on PATH',
    async (_label, p) => {
      const krewRoot = path.join(scratch, `krew-${p.os}-${p.arch}`);
      const env = krewEnv(krewRoot, { KREW_OS: p.os, KREW_ARCH: p.arch });
      ok(
        runWith(
          'kubectl',
          [
            'krew',
            'install',
            `--manifest=${path.join(release, 'krew-manifest.yaml')}`,
            `--archive=${path.join(release, archiveName(version, p))}`,
          ],
          env,
        ),
      );
      expect(existsSync(path.join(krewRoot, 'receipts', 'imagepull.yaml'))).toBe(true);
      // krew links the platform's bin (kubectl-imagepull.exe on Windows) onto its PATH, and that
      // is the archive's executable, byte for byte.
      const linked = path.join(krewRoot, 'bin', binName(p));
      expect(sha256(await readFile(linked))).toBe(sha256(await readFile(unpack(p))));
      const store = await readdir(path.join(krewRoot, 'store', 'imagepull', `v${version}`));
      expect(store.sort()).toEqual(
        p.os === 'windows'
          ? ['LICENSE', 'LICENSE-nodejs', 'kubectl-imagepull.exe']
          : ['LICENSE', 'LICENSE-nodejs', 'kubectl-imagepull', 'kubectl_complete-imagepull'],
      );
    },
  );
});

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `p`'s executable, from its archive unpacked into the scratch directory. */
function unpack(p: ReleasePlatform): string {
  return unpackArchive(release, scratch, p);
}

/** Serves the files of `dir` over loopback HTTP. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = path.join(dir, path.basename(req.url ?? ''));
    readFile(file).then(
      (data) =>
        res
          .writeHead(200, {
            'content-type': file.endsWith('.zip') ? 'application/zip' : 'application/gzip',
          })
          .end(data),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
