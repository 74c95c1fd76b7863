/**
 * The API client trusts the kubeconfig's CA without Node's root store (plugin/kube/
 * kubeconfig-ca-tls.ts, verify-server-chain.ts), against real HTTP/2 TLS servers on loopback with
 * certificates made by openssl. Three things hold for every kind of certificate:
 *  - a chain the check trusts is one OpenSSL trusts too (it may only ever be stricter);
 *  - a chain it is unsure of goes to OpenSSL, so a good one still works (a second handshake)
 *    and a bad one fails with OpenSSL's own error, as before;
 *  - nothing reaches an untrusted server: it never sees an HTTP/2 session, let alone the token.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from '../../plugin/kube/rest-client.js';
import { parseAnchors, verifyServerChain } from '../../plugin/kube/verify-server-chain.js';
import { findExecutable } from '../cluster/images/prerequisites.js';
import {
  createTestCa,
  issueLeaf,
  type CertFiles,
  type CertOptions,
  type TestCa,
} from './support/test-pki.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kip-api-tls-'));
let openssl: string;
let ca: TestCa;
let otherCa: TestCa;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const found = await findExecutable('openssl');
  if (!found) throw new Error("these tests need 'openssl': apt-get install openssl");
  openssl = found;
  ca = await createTestCa(openssl, dir, 'cluster-ca');
  otherCa = await createTestCa(openssl, dir, 'other-ca');
}, 60_000);

const SERVER_EXTENSIONS = [
  'basicConstraints=CA:FALSE',
  'keyUsage=critical,digitalSignature',
  'extendedKeyUsage=serverAuth',
];

/** What a scenario serves and how the client reaches it. */
interface Served {
  /** PEM the server presents: the leaf, then any intermediates. */
  chain: string;
  key: string;
  /** The kubeconfig's certificate-authority-data. */
  trusted: string;
  /** tls-server-name, when the certificate names a host rather than 127.0.0.1. */
  servername?: string;
}

let serial = 0;
async function leaf(issuer: TestCa, sans: string[], options: CertOptions = {}): Promise<CertFiles> {
  serial += 1;
  return issueLeaf(openssl, dir, issuer, `leaf-${serial}`, sans, {
    ...options,
    extensions: options.extensions ?? SERVER_EXTENSIONS,
  });
}

function served(files: CertFiles, trusted: TestCa, extra: Partial<Served> = {}): Served {
  return {
    chain: readFileSync(files.cert, 'utf8'),
    key: readFileSync(files.key, 'utf8'),
    trusted: trusted.pem,
    ...extra,
  };
}

/** The scenarios, each a kind of certificate a cluster could present. */
const SCENARIOS: Record<string, () => Promise<Served>> = {
  'a leaf issued by the kubeconfig CA for 127.0.0.1': async () =>
    served(await leaf(ca, ['IP:127.0.0.1']), ca),
  'a leaf named by DNS, reached with tls-server-name': async () =>
    served(await leaf(ca, ['DNS:kubernetes.test']), ca, { servername: 'kubernetes.test' }),
  'a wildcard leaf matching the server name': async () =>
    served(await leaf(ca, ['DNS:*.cluster.test']), ca, { servername: 'api.cluster.test' }),
  'a self-signed server certificate that is itself the kubeconfig CA': async () => {
    serial += 1;
    const self = await createTestCa(openssl, dir, `self-${serial}`, ['IP:127.0.0.1']);
    return served(self, self);
  },
  'a leaf issued through an intermediate the server sends': async () => {
    const intermediate = await leaf(ca, [], {
      extensions: ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign'],
    });
    const issuer: TestCa = {
      name: 'intermediate',
      ...intermediate,
      pem: readFileSync(intermediate.cert, 'utf8'),
    };
    const files = await leaf(issuer, ['IP:127.0.0.1']);
    return { ...served(files, ca), chain: readFileSync(files.cert, 'utf8') + issuer.pem };
  },
  'a leaf from a CA the kubeconfig does not name': async () =>
    served(await leaf(otherCa, ['IP:127.0.0.1']), ca),
  'a leaf that does not name the host': async () =>
    served(await leaf(ca, ['DNS:elsewhere.test']), ca, { servername: 'kubernetes.test' }),
  'a leaf for clients only (extendedKeyUsage clientAuth)': async () =>
    served(
      await leaf(ca, ['IP:127.0.0.1'], {
        extensions: ['basicConstraints=CA:FALSE', 'extendedKeyUsage=clientAuth'],
      }),
      ca,
    ),
  'a leaf whose keyUsage allows only certificate signing': async () =>
    served(
      await leaf(ca, ['IP:127.0.0.1'], {
        extensions: ['basicConstraints=CA:FALSE', 'keyUsage=critical,keyCertSign'],
      }),
      ca,
    ),
  'a leaf with a 1024-bit RSA key': async () =>
    served(
      await leaf(ca, ['IP:127.0.0.1'], { extensions: SERVER_EXTENSIONS, key: 'rsa-1024' }),
      ca,
    ),
  'a leaf with a 2048-bit RSA key': async () =>
    served(
      await leaf(ca, ['IP:127.0.0.1'], { extensions: SERVER_EXTENSIONS, key: 'rsa-2048' }),
      ca,
    ),
  'a leaf naming the host only in its common name': async () => {
    serial += 1;
    const files = await issueLeaf(openssl, dir, ca, '127.0.0.1', [], {
      extensions: SERVER_EXTENSIONS,
    });
    return served(files, ca);
  },
  'a leaf from a CA with name constraints': async () => {
    serial += 1;
    const constrained = await createTestCa(openssl, dir, `constrained-${serial}`, [], {
      extensions: ['nameConstraints=critical,permitted;IP:127.0.0.0/255.0.0.0'],
    });
    return served(await leaf(constrained, ['IP:127.0.0.1']), constrained);
  },
};

/** Which scenarios the check must trust, and how the whole client must end for each. */
const EXPECTED: Record<string, { trusted: boolean; get: 'ok' | RegExp | 'either' }> = {
  'a leaf issued by the kubeconfig CA for 127.0.0.1': { trusted: true, get: 'ok' },
  'a leaf named by DNS, reached with tls-server-name': { trusted: true, get: 'ok' },
  'a wildcard leaf matching the server name': { trusted: true, get: 'ok' },
  'a self-signed server certificate that is itself the kubeconfig CA': { trusted: true, get: 'ok' },
  'a leaf issued through an intermediate the server sends': { trusted: false, get: 'ok' },
  'a leaf from a CA the kubeconfig does not name': {
    trusted: false,
    get: /UNABLE_TO_VERIFY|unable to verify/,
  },
  'a leaf that does not name the host': {
    trusted: false,
    get: /ERR_TLS_CERT_ALTNAME_INVALID|does not match/,
  },
  'a leaf for clients only (extendedKeyUsage clientAuth)': {
    trusted: false,
    get: /unsupported certificate purpose|INVALID_PURPOSE/i,
  },
  'a leaf whose keyUsage allows only certificate signing': { trusted: false, get: 'either' },
  'a leaf with a 1024-bit RSA key': { trusted: false, get: 'either' },
  'a leaf with a 2048-bit RSA key': { trusted: true, get: 'ok' },
  'a leaf naming the host only in its common name': { trusted: false, get: 'either' },
  'a leaf from a CA with name constraints': { trusted: false, get: 'ok' },
};

/** An HTTP/2 TLS server that counts handshakes, sessions and the Authorization headers it saw. */
async function startServer(s: Served) {
  const seen = { handshakes: 0, sessions: 0, authorizations: [] as string[] };
  const server = http2.createSecureServer({ cert: s.chain, key: s.key }, (req, res) => {
    seen.authorizations.push(String(req.headers.authorization ?? ''));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ kind: 'Pod', path: req.url }));
  });
  server.on('secureConnection', () => (seen.handshakes += 1));
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session: http2.ServerHttp2Session) => {
    seen.sessions += 1;
    sessions.add(session);
  });
  // A client that gives up mid-handshake is expected here.
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // The client keeps its HTTP/2 session open (unreferenced): close would wait for it forever.
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const session of sessions) session.destroy();
    });
  return { seen, port, close };
}

/** Whether Node's own TLS, with OpenSSL verifying against the same CA, accepts the server. */
function opensslAccepts(port: number, s: Served): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      ca: s.trusted,
      servername: s.servername,
      rejectUnauthorized: true,
      ALPNProtocols: ['h2'],
    });
    socket.once('secureConnect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });
}

describe('the API connection trusting the kubeconfig CA alone', () => {
  for (const [name, make] of Object.entries(SCENARIOS)) {
    it(`${name}: ${EXPECTED[name]!.trusted ? 'trusted in one handshake' : 'left to OpenSSL'}`, async () => {
      const s = await make();
      const expected = EXPECTED[name]!;
      const leafCert = new X509Certificate(s.chain);
      const verdict = verifyServerChain(
        leafCert,
        parseAnchors(s.trusted)!,
        s.servername ?? '127.0.0.1',
        Date.now(),
      );
      expect(verdict.kind, JSON.stringify(verdict)).toBe(expected.trusted ? 'trusted' : 'unsure');

      const server = await startServer(s);
      try {
        const accepted = await opensslAccepts(server.port, s);
        if (verdict.kind === 'trusted') expect(accepted).toBe(true);
        const before = server.seen.handshakes;
        const client = restClient({
          server: `https://127.0.0.1:${server.port}`,
          ca: Buffer.from(s.trusted),
          rejectUnauthorized: true,
          servername: s.servername,
          headers: { Authorization: 'Bearer not-for-strangers' },
          timeoutMs: 10_000,
        });
        const outcome = await client.get<{ kind: string }>('/api/v1/pods').then(
          (body) => ({ ok: true as const, body }),
          (err: Error & { code?: string }) => ({
            ok: false as const,
            text: `${err.code} ${err.message}`,
          }),
        );
        const handshakes = server.seen.handshakes - before;
        if (expected.get === 'ok')
          expect(outcome).toEqual({ ok: true, body: { kind: 'Pod', path: '/api/v1/pods' } });
        else if (expected.get !== 'either')
          expect(outcome.ok ? 'ok' : outcome.text).toMatch(expected.get);
        // OpenSSL and the client agree on whether the server is trusted.
        expect(outcome.ok).toBe(accepted);
        if (verdict.kind === 'trusted') expect(handshakes).toBe(1);
        if (!outcome.ok) {
          expect(server.seen.sessions).toBe(0);
          expect(server.seen.authorizations).toEqual([]);
        }
      } finally {
        await server.close();
      }
    });
  }

  it('leaves a certificate outside its validity window to OpenSSL', async () => {
    const s = await SCENARIOS['a leaf issued by the kubeconfig CA for 127.0.0.1']!();
    const leafCert = new X509Certificate(s.chain);
    const anchors = parseAnchors(s.trusted)!;
    // The CA was made first, so it expires first: the last trusted instant is the earlier end.
    const notAfter = Math.min(Date.parse(leafCert.validTo), Date.parse(anchors[0]!.validTo));
    const notBefore = Date.parse(leafCert.validFrom);
    expect(verifyServerChain(leafCert, anchors, '127.0.0.1', notAfter).kind).toBe('trusted');
    expect(verifyServerChain(leafCert, anchors, '127.0.0.1', notAfter + 1000)).toMatchObject({
      kind: 'unsure',
      reason: expect.stringContaining('not valid now'),
    });
    expect(verifyServerChain(leafCert, anchors, '127.0.0.1', notBefore - 1000).kind).toBe('unsure');
  });

  it('reports an unreachable server as the connection error, once', async () => {
    const server = await startServer(
      await SCENARIOS['a leaf issued by the kubeconfig CA for 127.0.0.1']!(),
    );
    const port = server.port;
    await server.close();
    const client = restClient({
      server: `https://127.0.0.1:${port}`,
      ca: Buffer.from(ca.pem),
      rejectUnauthorized: true,
      headers: {},
      timeoutMs: 5_000,
    });
    await expect(client.get('/api')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
