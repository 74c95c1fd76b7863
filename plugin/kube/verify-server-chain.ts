/**
 * Judges an API server's certificate against the kubeconfig's CA without OpenSSL's trust store.
 *
 * Why: in Node 20, giving a TLS context a CA first builds Node's bundled root store (~140
 * certificates, ~45 ms of OpenSSL 3 parsing on every start), only to set it aside for the
 * kubeconfig's CA. That one step cost more than all of diagnose's API reads. kubectl (Go) builds
 * its pool from the kubeconfig's CA alone. So the API connection is first made with an empty
 * store and judged here; only a chain this file calls trusted is used.
 *
 * This never rejects on its own: anything short of the plain, common case (a leaf issued directly
 * by a self-signed CA from the kubeconfig, or that CA itself, with well-known extensions, strong
 * keys and the usual algorithms) is "unsure", and the caller then connects again with OpenSSL
 * doing the verification, as before. Each condition is one OpenSSL checks too, so what is trusted
 * here is a subset of what OpenSSL trusts.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { readCertificateFacts, type CertificateFacts } from '../../shared/x509-der.js';

/** Trusted, or left to OpenSSL with the reason (for --verbose and tests). */
export type ChainVerdict = { kind: 'trusted' } | { kind: 'unsure'; reason: string };

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

/** Extensions that may be critical: basicConstraints, keyUsage, extKeyUsage, subjectAltName. */
const UNDERSTOOD_CRITICAL = new Set(['2.5.29.19', '2.5.29.15', '2.5.29.37', '2.5.29.17']);
/**
 * Extensions that change what a chain may be trusted for, critical or not: nameConstraints,
 * policyConstraints, inhibitAnyPolicy, Netscape's certificate type. Their presence means unsure.
 */
const CONSTRAINING = new Set(['2.5.29.30', '2.5.29.36', '2.5.29.54', '2.16.840.1.113730.1.1']);
/** sha256/384/512 with RSA or ECDSA, and Ed25519: what Kubernetes' own certificates use. */
const STRONG_SIGNATURES = new Set([
  '1.2.840.113549.1.1.11',
  '1.2.840.113549.1.1.12',
  '1.2.840.113549.1.1.13',
  '1.2.840.10045.4.3.2',
  '1.2.840.10045.4.3.3',
  '1.2.840.10045.4.3.4',
  '1.3.101.112',
]);
const STRONG_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);
const KEY_USAGE = '2.5.29.15';
// keyUsage bits in the first byte of its BIT STRING (RFC 5280 4.2.1.3).
const DIGITAL_SIGNATURE = 0x80;
const KEY_ENCIPHERMENT = 0x20;
const KEY_AGREEMENT = 0x08;
const KEY_CERT_SIGN = 0x04;

interface Judged {
  readonly cert: X509Certificate;
  readonly facts: CertificateFacts;
}

/** Splits PEM text into certificates; undefined if any block does not parse. */
export function parseAnchors(pem: string): X509Certificate[] | undefined {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    return undefined;
  }
}

/**
 * Judges the server's certificate for `host` at `now` against `anchors`. Intermediates the server
 * may send play no part: a chain that needs one is left to OpenSSL.
 */
export function verifyServerChain(
  leafCert: X509Certificate,
  anchors: readonly X509Certificate[],
  host: string,
  now: number,
): ChainVerdict {
  const leaf = judged(leafCert);
  if (!leaf) return unsure('the server certificate is not one this check reads');
  const leafProblem =
    certificateProblem(leaf, now) ?? leafUsageProblem(leaf) ?? hostProblem(leafCert, host);
  if (leafProblem) return unsure(leafProblem);
  for (const anchorCert of anchors) {
    if (!isSelfSigned(anchorCert)) continue;
    if (anchorCert.raw.equals(leafCert.raw)) return { kind: 'trusted' };
    if (!leafCert.checkIssued(anchorCert) || !leafCert.verify(anchorCert.publicKey)) continue;
    const anchor = judged(anchorCert);
    if (!anchor) return unsure('the CA certificate is not one this check reads');
    const problem = certificateProblem(anchor, now) ?? issuerProblem(anchor);
    return problem ? unsure(problem) : { kind: 'trusted' };
  }
  return unsure('no self-signed kubeconfig CA issued the server certificate directly');
}

function unsure(reason: string): ChainVerdict {
  return { kind: 'unsure', reason };
}

function judged(cert: X509Certificate): Judged | undefined {
  const facts = readCertificateFacts(cert.raw);
  return facts && { cert, facts };
}

function isSelfSigned(cert: X509Certificate): boolean {
  return cert.checkIssued(cert) && cert.verify(cert.publicKey);
}

/** What any certificate in the chain must be: in date, strongly signed and keyed, unconstrained. */
function certificateProblem({ cert, facts }: Judged, now: number): string | undefined {
  if (now < facts.notBefore || now > facts.notAfter) return `${subjectOf(cert)} is not valid now`;
  if (!STRONG_SIGNATURES.has(facts.signatureAlgorithm))
    return `${subjectOf(cert)} is signed with ${facts.signatureAlgorithm}`;
  for (const ext of facts.extensions) {
    if (CONSTRAINING.has(ext.oid)) return `${subjectOf(cert)} carries constraint ${ext.oid}`;
    if (ext.critical && !UNDERSTOOD_CRITICAL.has(ext.oid))
      return `${subjectOf(cert)} has critical extension ${ext.oid}`;
  }
  if (!isStrongKey(cert)) return `${subjectOf(cert)} has a key this check does not judge`;
  if (!allowsServerAuth(cert)) return `${subjectOf(cert)} is not for TLS servers`;
  return undefined;
}

function leafUsageProblem(leaf: Judged): string | undefined {
  const bits = keyUsageBits(leaf.facts);
  if (bits === null) return 'the server certificate has an unreadable keyUsage';
  if (bits !== undefined && (bits & (DIGITAL_SIGNATURE | KEY_ENCIPHERMENT | KEY_AGREEMENT)) === 0)
    return 'the server certificate keyUsage does not allow TLS';
  return undefined;
}

function issuerProblem(anchor: Judged): string | undefined {
  if (!anchor.cert.ca) return 'the CA certificate is not marked as a CA';
  const bits = keyUsageBits(anchor.facts);
  if (bits === null || (bits !== undefined && (bits & KEY_CERT_SIGN) === 0))
    return 'the CA certificate keyUsage does not allow signing certificates';
  return undefined;
}

/** Go matches SANs only (no common name) and wildcards only as a whole leftmost label. */
function hostProblem(leaf: X509Certificate, host: string): string | undefined {
  const matched = isIP(host)
    ? leaf.checkIP(host)
    : leaf.checkHost(host, { subject: 'never', partialWildcards: false });
  return matched === undefined ? `the server certificate does not name ${host}` : undefined;
}

function isStrongKey(cert: X509Certificate): boolean {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails;
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return (details?.modulusLength ?? 0) >= 2048;
    case 'ec':
      return STRONG_CURVES.has(details?.namedCurve ?? '');
    case 'ed25519':
      return true;
    default:
      return false;
  }
}

/** node's `keyUsage` is the extended key usage list; undefined when the extension is absent. */
function allowsServerAuth(cert: X509Certificate): boolean {
  const usages = cert.keyUsage as string[] | undefined;
  return (
    usages === undefined || usages.includes(SERVER_AUTH) || usages.includes(ANY_EXTENDED_KEY_USAGE)
  );
}

/**
 * The first byte of keyUsage's bits; undefined without the extension, null when it is not a
 * BIT STRING this reads (then the chain is left to OpenSSL).
 */
function keyUsageBits(facts: CertificateFacts): number | undefined | null {
  const ext = facts.extensions.find((e) => e.oid === KEY_USAGE);
  if (!ext) return undefined;
  const v = ext.value;
  // BIT STRING with a short length, the unused-bits count, then the bits (first byte is enough).
  if (v.length < 4 || v[0] !== 0x03 || v[1] !== v.length - 2 || v[2]! > 7) return null;
  return v[3]!;
}

function subjectOf(cert: X509Certificate): string {
  return `certificate "${cert.subject.replace(/\n/g, ', ')}"`;
}
