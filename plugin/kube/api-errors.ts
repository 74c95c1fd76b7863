/**
 * Turns what the Kubernetes client throws into something a user can act on: one line plus a hint,
 * never the raw ApiException (whose message embeds the whole HTTP response).
 */
import { ClusterAccessError, NotFoundError } from '../errors.js';

/** The parts of a client-node ApiException we read. */
interface ApiExceptionLike {
  readonly code: number;
  readonly body?: unknown;
}

function isApiException(err: unknown): err is ApiExceptionLike {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { code?: unknown }).code === 'number' &&
    'body' in err
  );
}

/** The HTTP status of an API error, if it is one. */
export function statusOf(err: unknown): number | undefined {
  return isApiException(err) ? err.code : undefined;
}

/** The API server's own message ("pods \"x\" is forbidden: ..."), when it sent a Status object. */
export function apiMessage(err: unknown): string {
  if (isApiException(err)) {
    const body = typeof err.body === 'string' ? safeJson(err.body) : err.body;
    const message = (body as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string') return message;
    return `HTTP ${err.code}`;
  }
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const NETWORK_CODES =
  /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|EAI_AGAIN|CERT|SELF_SIGNED|UNABLE_TO_VERIFY/;

/** Maps a failure of a request the command cannot do without (reading the pod) to a UserError. */
export function toUserError(err: unknown, what: string, server: string): Error {
  if (err instanceof ClusterAccessError) return err;
  const status = statusOf(err);
  if (status === 404) return new NotFoundError(`${what}: ${apiMessage(err)}`);
  if (status === 401) {
    return new ClusterAccessError(
      `the API server at ${server} rejected our credentials (401) while trying to ${what}`,
      {
        hint: 'refresh your login or check the kubeconfig user',
      },
    );
  }
  if (status === 403) {
    return new ClusterAccessError(`forbidden: ${apiMessage(err)}`, {
      hint: 'ask for RBAC permission to read pods in this namespace',
    });
  }
  const text = errorText(err);
  if (NETWORK_CODES.test(text)) {
    return new ClusterAccessError(`cannot reach the API server at ${server}: ${text}`, {
      hint: 'is the cluster running, and is this the right --context?',
      cause: err,
    });
  }
  if (status !== undefined)
    return new ClusterAccessError(
      `the API server answered ${status} while trying to ${what}: ${apiMessage(err)}`,
    );
  return err instanceof Error ? err : new Error(String(err));
}

function errorText(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let i = 0; i < 4 && current; i++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(typeof code === 'string' ? `${code} ${current.message}` : current.message);
      current = current.cause;
    } else break;
  }
  return parts.join(': ').split('\n')[0] ?? '';
}
