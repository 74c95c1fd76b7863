// Throwaway certificates for the registry client suite, made with openssl in the suite's temp dir:
// a trusted CA for the registries, a second CA nobody trusts, and the token signing chain.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Files of one issued certificate. */
export interface CertFiles {
  cert: string;
  key: string;
}

/** A CA: its files and its PEM text. */
export interface TestCa extends CertFiles {
  name: string;
  pem: string;
}

async function openssl(bin: string, args: string[]): Promise<void> {
  await execFileAsync(bin, args);
}

/** The key types the suites ask for: P-256 by default, RSA of a given size where it matters. */
export type KeyKind = 'ec' | 'rsa-1024' | 'rsa-2048';

/** How to make one certificate, beyond its name and SANs. */
export interface CertOptions {
  /** openssl extension lines, replacing the defaults (`keyUsage=...`, `basicConstraints=...`). */
  extensions?: string[];
  key?: KeyKind;
}

async function newKey(bin: string, file: string, kind: KeyKind = 'ec'): Promise<void> {
  if (kind === 'ec')
    await openssl(bin, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file]);
  else await openssl(bin, ['genrsa', '-out', file, kind === 'rsa-1024' ? '1024' : '2048']);
}

/** Creates a self-signed EC CA (also usable as a self-signed server certificate when given SANs). */
export async function createTestCa(
  bin: string,
  dir: string,
  name: string,
  sans: string[] = [],
  options: CertOptions = {},
): Promise<TestCa> {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  await newKey(bin, key, options.key);
  const ext = [
    ...(sans.length > 0 ? [`subjectAltName=${sans.join(',')}`] : []),
    ...(options.extensions ?? []),
  ].flatMap((line) => ['-addext', line]);
  await openssl(bin, [
    'req',
    '-x509',
    '-new',
    '-key',
    key,
    '-sha256',
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    ...ext,
    '-out',
    cert,
  ]);
  return { name, key, cert, pem: await readFile(cert, 'utf8') };
}

/** Issues a leaf signed by `ca` with the given subjectAltNames (`DNS:x`, `IP:y`). */
export async function issueLeaf(
  bin: string,
  dir: string,
  ca: TestCa,
  name: string,
  sans: string[],
  options: CertOptions = {},
): Promise<CertFiles> {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.crt`);
  const ext = path.join(dir, `${name}.ext`);
  await newKey(bin, key, options.key);
  await openssl(bin, ['req', '-new', '-key', key, '-subj', `/CN=${name}`, '-out', csr]);
  // A copy: the SAN line is appended, and the caller's list must not grow with it.
  const lines = [
    ...(options.extensions ?? [
      'basicConstraints=CA:FALSE',
      'keyUsage=digitalSignature',
      'extendedKeyUsage=serverAuth',
    ]),
  ];
  if (sans.length > 0) lines.push(`subjectAltName=${sans.join(',')}`);
  await writeFile(ext, `${lines.join('\n')}\n`);
  await openssl(bin, [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    ca.cert,
    '-CAkey',
    ca.key,
    '-CAcreateserial',
    '-days',
    '2',
    '-sha256',
    '-extfile',
    ext,
    '-out',
    cert,
  ]);
  return { cert, key };
}
