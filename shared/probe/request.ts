// Reads the probe's request file. It crosses a process boundary (a mounted file), so it is
// checked field by field rather than trusted.
import { PROBE_REPORT_VERSION, type ProbeRequest } from './report.js';

/** The request, or every problem found with it. */
export type RequestParse =
  | { readonly ok: true; readonly request: ProbeRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Default mount point of the host's root filesystem inside the probe pod. */
export const DEFAULT_HOST_PREFIX = '/host';
/** Default path of the mounted credentials file. */
export const DEFAULT_CREDENTIALS_PATH = '/var/run/kip-probe/credentials/auth.json';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The problems with a request value; empty when it is a valid ProbeRequest. */
export function requestProblems(value: unknown, at = 'request'): string[] {
  if (!isRecord(value)) return [`${at} is not an object`];
  const problems: string[] = [];
  const need = (key: string, ok: (v: unknown) => boolean, what: string, optional = false): void => {
    const v = value[key];
    if (v === undefined ? !optional : !ok(v)) problems.push(`${at}.${key} must be ${what}`);
  };
  const str = (v: unknown): boolean => typeof v === 'string' && v !== '';
  if (value.version !== PROBE_REPORT_VERSION)
    problems.push(`${at}.version must be ${PROBE_REPORT_VERSION}`);
  need('image', str, 'a non-empty string');
  need('registry', str, 'a non-empty string');
  need('dialHost', str, 'a non-empty string');
  need(
    'dialPort',
    (v) => Number.isInteger(v) && (v as number) > 0 && (v as number) < 65536,
    'a port number',
  );
  need('hasCredentials', (v) => typeof v === 'boolean', 'a boolean');
  need('timeoutMs', (v) => Number.isInteger(v) && (v as number) > 0, 'a positive integer');
  need('hostPrefix', str, 'a non-empty string', true);
  need('runtimeEndpoint', str, 'a non-empty string', true);
  need('credentialsPath', str, 'a non-empty string', true);
  return problems;
}

/** Parses and checks the request file's text. */
export function parseProbeRequest(text: string): RequestParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`request is not valid JSON: ${(err as Error).message}`] };
  }
  const problems = requestProblems(value);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, request: value as ProbeRequest };
}
