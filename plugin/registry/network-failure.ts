// Names the network step that failed from node's error codes, so "no such host", "connection
// refused" and "certificate signed by unknown authority" each lead to their own diagnosis.
import { errorCode, errorMessage, TransportError } from './transport-error.js';
import type { NetworkFailure, NetworkFailureKind } from './types.js';

const BY_CODE: Readonly<Record<string, NetworkFailureKind>> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NODATA: 'dns',
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ABORT_ERR: 'aborted',
  ERR_PROXY_CONNECT: 'proxy',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls',
  ERR_TLS_HANDSHAKE_TIMEOUT: 'tls',
  ERR_SSL_WRONG_VERSION_NUMBER: 'tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls',
  UNABLE_TO_GET_ISSUER_CERT: 'tls',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
  CERT_HAS_EXPIRED: 'tls',
  CERT_NOT_YET_VALID: 'tls',
  CERT_UNTRUSTED: 'tls',
  CERT_REVOKED: 'tls',
};

// OpenSSL and node spell many more TLS failures than we can list: match their families.
function kindOfCode(code: string | undefined): NetworkFailureKind {
  if (!code) return 'other';
  const known = BY_CODE[code];
  if (known) return known;
  if (/^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|X509_)/.test(code)) return 'tls';
  return 'other';
}

/** Turns a thrown transport failure into the client's network result. */
export function toNetworkFailure(err: unknown, fallbackTarget: string): NetworkFailure {
  const code = errorCode(err);
  const target = err instanceof TransportError ? err.target : fallbackTarget;
  let failure = kindOfCode(code);
  // Whatever went wrong while talking to the proxy is the proxy's problem, except a plain abort.
  if (err instanceof TransportError && err.phase === 'proxy' && failure !== 'aborted') {
    failure = 'proxy';
  }
  return {
    kind: 'network',
    failure,
    ...(code ? { code } : {}),
    message: errorMessage(err),
    target,
  };
}
