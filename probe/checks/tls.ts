// Shakes hands with the registry using only the node's trust, under the registry's name, and
// reports the certificate it got and the verify error verbatim when the node would refuse it.
import { isIP } from 'node:net';
import tls, { type PeerCertificate, type TLSSocket } from 'node:tls';
import type { CheckResult, TlsDetail } from '../../shared/probe/report.js';
import type { NodeAccess } from '../node/node-access.js';
import type { NodeTrust } from '../node/trust.js';
import { connectThrough, type ProxyHop } from './proxy-connect.js';
import { formatHostPort } from '../../shared/proxy-env.js';
import { errorText, runCheck, type CheckOutcome } from './run-check.js';

/** Where to connect and under which name. */
export interface TlsTarget {
  readonly address: string;
  readonly port: number;
  /** The registry host as the runtime names it: the certificate must be valid for it. */
  readonly serverName: string;
  /** The runtime's proxy, when its pulls go through one: dial it and CONNECT to the registry. */
  readonly proxy?: ProxyHop;
}

const formatName = (name: PeerCertificate['subject'] | undefined): string | undefined =>
  name === undefined
    ? undefined
    : Object.entries(name)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
        .join(', ');

/** Options shared by every connection the probe makes to the registry (over a node stream). */
export function tlsOptions(
  target: TlsTarget,
  trust: NodeTrust,
  verify: boolean,
): tls.ConnectionOptions {
  return {
    ca: [...trust.pems],
    rejectUnauthorized: verify,
    // checkServerIdentity compares against servername, or host when it is an IP literal.
    ...(isIP(target.serverName) === 0 ? { servername: target.serverName } : {}),
    checkServerIdentity: (_host, cert) => tls.checkServerIdentity(target.serverName, cert),
    ALPNProtocols: ['http/1.1'],
  };
}

/** Starts TLS over a TCP stream the node opened; the socket is returned before the handshake. */
export async function connectTls(
  access: NodeAccess,
  target: TlsTarget,
  options: tls.ConnectionOptions,
  signal: AbortSignal,
): Promise<TLSSocket> {
  if (target.proxy) {
    const hop = target.proxy;
    const authority = formatHostPort({ host: target.serverName, port: target.port });
    const tunnel = await connectThrough(
      await access.dialTcp(hop.address, hop.port, signal),
      hop,
      authority,
      signal,
    );
    return tls.connect({ ...options, socket: tunnel });
  }
  const raw = await access.dialTcp(target.address, target.port, signal);
  return tls.connect({ ...options, socket: raw });
}

async function handshake(
  access: NodeAccess,
  target: TlsTarget,
  options: tls.ConnectionOptions,
  signal: AbortSignal,
): Promise<TLSSocket> {
  const socket = await connectTls(access, target, options, signal);
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => socket.destroy());
    socket.once('secureConnect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The verify error as Node reports it when it refuses the connection (code and message). */
async function verifyError(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  signal: AbortSignal,
  code: string,
): Promise<string> {
  try {
    (await handshake(access, target, tlsOptions(target, trust, true), signal)).destroy();
    return code;
  } catch (err) {
    return errorText(err);
  }
}

/** Connects with the node's trust; ok when the certificate verifies for the registry's name. */
export function checkTls(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  skipVerify: boolean | undefined,
  timeoutMs: number,
): Promise<CheckResult<TlsDetail>> {
  const base: TlsDetail = { caFiles: trust.files, ...(skipVerify ? { skipVerify } : {}) };
  return runCheck(
    timeoutMs,
    async (signal): Promise<CheckOutcome<TlsDetail>> => {
      const socket = await handshake(access, target, tlsOptions(target, trust, false), signal);
      const cert = socket.getPeerCertificate();
      const authorizationError = socket.authorizationError;
      const authorized = socket.authorized;
      socket.destroy();
      const subject = formatName(cert.subject);
      const issuer = formatName(cert.issuer);
      const detail: TlsDetail = {
        ...base,
        ...(subject ? { subject } : {}),
        ...(issuer ? { issuer } : {}),
      };
      if (authorized)
        return { status: 'ok', detail: { ...detail, trustedBy: trust.files.join(' + ') } };
      const error = await verifyError(access, target, trust, signal, String(authorizationError));
      // The runtime would not verify at all for this host: the handshake itself is what counts.
      return skipVerify ? { status: 'ok', error, detail } : { status: 'failed', error, detail };
    },
    base,
  );
}
