/** A throwaway PKI for the cluster and the registries, made with openssl (EC P-256 keeps it fast). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from './run-command.js';

/** A certificate to issue: subject, SANs and what it is used for. */
export interface CertRequest {
  readonly name: string;
  readonly cn: string;
  readonly org?: string;
  readonly dns?: readonly string[];
  readonly ips?: readonly string[];
  readonly usage: 'server' | 'client' | 'both';
}

/** Creates a self-signed CA `name` in dir; returns its certificate path. */
export async function createCa(dir: string, name: string, cn: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const key = path.join(dir, `${name}.key`);
  const crt = path.join(dir, `${name}.crt`);
  await run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  await run('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    key,
    '-sha256',
    '-days',
    '3650',
    '-subj',
    `/CN=${cn}`,
    '-out',
    crt,
  ]);
  return crt;
}

/** Issues a leaf certificate signed by CA `ca` in dir; writes NAME.key and NAME.crt. */
export async function issueCert(dir: string, ca: string, req: CertRequest): Promise<void> {
  const key = path.join(dir, `${req.name}.key`);
  const csr = path.join(dir, `${req.name}.csr`);
  const ext = path.join(dir, `${req.name}.ext`);
  const subject = `/CN=${req.cn}` + (req.org ? `/O=${req.org}` : '');
  await run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  await run('openssl', ['req', '-new', '-key', key, '-subj', subject, '-out', csr]);
  await writeFile(ext, extensions(req));
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    path.join(dir, `${ca}.crt`),
    '-CAkey',
    path.join(dir, `${ca}.key`),
    '-CAcreateserial',
    '-days',
    '3650',
    '-sha256',
    '-extfile',
    ext,
    '-out',
    path.join(dir, `${req.name}.crt`),
  ]);
}

function extensions(req: CertRequest): string {
  const usage = { server: 'serverAuth', client: 'clientAuth', both: 'serverAuth,clientAuth' }[
    req.usage
  ];
  const sans = [
    ...(req.dns ?? []).map((d) => `DNS:${d}`),
    ...(req.ips ?? []).map((i) => `IP:${i}`),
  ];
  const lines = [
    'basicConstraints=CA:FALSE',
    'keyUsage=digitalSignature,keyEncipherment',
    `extendedKeyUsage=${usage}`,
  ];
  if (sans.length > 0) lines.push(`subjectAltName=${sans.join(',')}`);
  return lines.join('\n') + '\n';
}

/** Creates the service-account signing key pair the API server and controller-manager share. */
export async function createServiceAccountKey(dir: string): Promise<void> {
  await run('openssl', [
    'ecparam',
    '-name',
    'prime256v1',
    '-genkey',
    '-noout',
    '-out',
    path.join(dir, 'sa.key'),
  ]);
  await run('openssl', [
    'ec',
    '-in',
    path.join(dir, 'sa.key'),
    '-pubout',
    '-out',
    path.join(dir, 'sa.pub'),
  ]);
}

/** Reads a PEM file as base64, the form kubeconfigs embed. */
export async function pemBase64(file: string): Promise<string> {
  return (await readFile(file)).toString('base64');
}
