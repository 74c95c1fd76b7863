// Signs distribution-style registry tokens: an ES256 JWS whose header carries the signing
// certificate chain in `x5c`. distribution 2.x verifies that chain against its
// `auth.token.rootcertbundle`, then the signature with the leaf's public key.
import { createPrivateKey, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';

/** One entry of a token's `access` claim. */
export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

/** The claims distribution checks (iss, aud, exp, nbf) plus the granted access. */
export interface TokenClaims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  nbf: number;
  iat: number;
  jti: string;
  access: AccessEntry[];
}

/** A key and the certificate chain that vouches for it. */
export interface SigningIdentity {
  key: KeyObject;
  /** base64 (not url-safe) DER certificates, leaf first, as the x5c header wants them */
  x5c: string[];
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Splits a PEM bundle into its certificates, in file order. */
export function splitPemCertificates(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

/** Loads the signing key and the chain (leaf first) from PEM texts; the key must be EC P-256. */
export function loadSigningIdentity(keyPem: string, chainPem: string): SigningIdentity {
  const key = createPrivateKey(keyPem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('the token signing key must be an EC P-256 key (ES256)');
  }
  const x5c = splitPemCertificates(chainPem).map((pem) =>
    new X509Certificate(pem).raw.toString('base64'),
  );
  if (x5c.length === 0) throw new Error('the signing certificate chain holds no certificate');
  return { key, x5c };
}

/** Claims for a token issued now, valid for `ttlSeconds`. */
export function claimsFor(
  fields: { issuer: string; service: string; subject: string; access: AccessEntry[] },
  nowSeconds: number,
  ttlSeconds: number,
): TokenClaims {
  return {
    iss: fields.issuer,
    sub: fields.subject,
    aud: fields.service,
    exp: nowSeconds + ttlSeconds,
    nbf: nowSeconds,
    iat: nowSeconds,
    jti: randomBytes(16).toString('hex'),
    access: fields.access,
  };
}

/** The compact JWS for `claims`; ES256 signatures are raw r||s (IEEE P1363), not DER. */
export function signToken(claims: TokenClaims, identity: SigningIdentity): string {
  const header = { typ: 'JWT', alg: 'ES256', x5c: identity.x5c };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), {
    key: identity.key,
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${base64url(signature)}`;
}
