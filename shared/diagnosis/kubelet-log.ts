/**
 * The kubelet's own log, read through NodeLogQuery (`/api/v1/nodes/NODE/proxy/logs/?query=kubelet`,
 * GA in 1.36): some pull evidence is written only there. A credential provider that fails leaves
 * the pod's events with a bare 401 ("no basic auth credentials"); the kubelet's log names the
 * provider and its error. Only the lines about this pod's image and its registry are kept.
 */

/** What the kubelet answered to a log query. */
export interface KubeletLog {
  /**
   * False when the kubelet served its /var/log directory listing instead: the query only runs
   * with `enableSystemLogQuery: true` (and `enableSystemLogHandler: true`) in its configuration.
   */
  readonly queryEnabled: boolean;
  readonly lines: readonly string[];
}

/** Lines worth reading beside the events: credential providers, unauthenticated pulls, throttling. */
export const KUBELET_LOG_PATTERN =
  'credential provider|credentialprovider|Failed to provide credentials|without credentials|throttl|QPS';

const WORTH_READING = new RegExp(KUBELET_LOG_PATTERN, 'i');

/** At most this many lines, the newest, each at most this long: evidence, not a log viewer. */
export const KUBELET_LOG_MAX_LINES = 6;
const MAX_LINE = 600;

/** The setting that turns the log query on, for the note when it is off. */
export const KUBELET_LOG_SETTING = 'enableSystemLogQuery: true (with enableSystemLogHandler: true)';

/**
 * What a kubelet logging to a file answers a query with options (sinceTime, pattern, tailLines):
 * they work on journald only, so the query is asked again without them.
 */
export function needsPlainQuery(text: string): boolean {
  return /options present and query resolved to log files/.test(text);
}

/** Reads the answer: log text, or the HTML listing a kubelet without the query serves. */
export function parseKubeletLog(text: string, contentType: string): KubeletLog {
  if (/^text\/html/i.test(contentType) || /^\s*<(?:!doctype|html|pre)\b/i.test(text))
    return { queryEnabled: false, lines: [] };
  return { queryEnabled: true, lines: joinContinuations(text.split('\n')) };
}

/**
 * klog writes a multi-line value as `err=<`, tab-indented lines, then ` > key=value ...`: one
 * entry over several lines (the credential provider's error is one). They are put back together.
 */
function joinContinuations(raw: readonly string[]): string[] {
  const entries: string[] = [];
  for (const line of raw) {
    if (line.trim() === '') continue;
    const continues = /^(?:\t| >)/.test(line) && entries.length > 0;
    if (continues) entries[entries.length - 1] += ` ${line.trim()}`;
    else entries.push(line);
  }
  return entries;
}

/**
 * The log lines about `image` (or its registry) worth showing, newest last. The kubelet names
 * the repository without its tag (`image="registry.corp.test:5000/kip/app"`), so that is matched.
 */
export function kubeletLogLinesAbout(
  log: KubeletLog,
  image: string,
  registry: string | undefined,
): string[] {
  const repository = withoutTagOrDigest(image);
  const about = (line: string) =>
    line.includes(repository) || (registry !== undefined && line.includes(registry));
  return log.lines
    .filter((line) => WORTH_READING.test(line) && about(line))
    .slice(-KUBELET_LOG_MAX_LINES)
    .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line));
}

/** `host:5000/team/app:v1@sha256:...` -> `host:5000/team/app` (the port's colon is kept). */
function withoutTagOrDigest(image: string): string {
  const bare = image.split('@')[0]!;
  const slash = bare.lastIndexOf('/');
  const colon = bare.lastIndexOf(':');
  return colon > slash ? bare.slice(0, colon) : bare;
}
