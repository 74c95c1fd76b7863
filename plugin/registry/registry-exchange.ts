// One request to a registry as the client sees it: authenticated, redirects followed (blobs often
// live on a CDN), and the answer summarised as evidence.
import type { Authenticator, SendOutcome } from './authenticator.js';
import { parseRegistryErrors } from './registry-response.js';
import type {
  HttpEvidence,
  HttpRequest,
  HttpResponse,
  HttpTransport,
  RegistryFailure,
} from './types.js';

const MAX_REDIRECTS = 5;

/** A response with its evidence and what we sent to get it. */
export interface Answered {
  ok: true;
  res: HttpResponse;
  evidence: HttpEvidence;
  sentCredentials: boolean;
  challengeError?: string;
}

/** An answer, or the failure (from the token realm, or too many redirects) that prevented one. */
export type Exchange = Answered | { ok: false; failure: RegistryFailure };

function isRedirect(res: HttpResponse): boolean {
  return [301, 302, 303, 307, 308].includes(res.status) && Boolean(res.headers.location);
}

function evidenceOf(req: HttpRequest, outcome: Extract<SendOutcome, { ok: true }>): HttpEvidence {
  return {
    request: `${req.method} ${req.url.href}`,
    status: outcome.res.status,
    errors: parseRegistryErrors(outcome.res.body),
    ...(outcome.challenge ? { challenge: outcome.challenge } : {}),
  };
}

/** Sends `req` for `repository`; authorization only ever goes to the registry's own origin. */
export async function exchange(
  auth: Authenticator,
  transport: HttpTransport,
  first: HttpRequest,
  repository: string,
): Promise<Exchange> {
  let req = first;
  for (let hop = 0; ; hop++) {
    const outcome: SendOutcome =
      req.url.origin === first.url.origin
        ? await auth.send(req, repository)
        : { ok: true, res: await transport.request(req), sentCredentials: false };
    if (!outcome.ok) return outcome;
    const evidence = evidenceOf(req, outcome);
    if (!isRedirect(outcome.res)) return { ...outcome, evidence };
    if (hop >= MAX_REDIRECTS) {
      return {
        ok: false,
        failure: { kind: 'registry-error', problem: 'too-many-redirects', evidence },
      };
    }
    req = { ...req, url: new URL(outcome.res.headers.location ?? '', req.url) };
  }
}
