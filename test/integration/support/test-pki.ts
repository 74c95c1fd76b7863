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

async function newKey(bin: string, file: string): Promise<void> {
  await openssl(bin, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file]);
}

/** Creates a self-signed EC CA (also usable as a self-signed server certificate when given SANs). */
export async function createTestCa(
  bin: string,
  dir: string,
  name: string,
  sans: string[] = [],
): Promise<TestCa> {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  await newKey(bin, key);
  const ext = sans.length > 0 ? ['-addext', `subjectAltName=${sans.join(',')}`] : [];
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
): Promise<CertFiles> {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.crt`);
  const ext = path.join(dir, `${name}.ext`);
  await newKey(bin, key);
  await openssl(bin, ['req', '-new', '-key', key, '-subj', `/CN=${name}`, '-out', csr]);
  const lines = [
    'basicConstraints=CA:FALSE',
    'keyUsage=digitalSignature',
    'extendedKeyUsage=serverAuth',
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
