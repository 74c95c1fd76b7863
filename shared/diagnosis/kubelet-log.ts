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

/** Reads the answer: log text, or the HTML listing a kubelet without the query serves. */
export function parseKubeletLog(text: string, contentType: string): KubeletLog {
  if (/^text\/html/i.test(contentType) || /^\s*<(?:!doctype|html|pre)\b/i.test(text))
    return { queryEnabled: false, lines: [] };
  return { queryEnabled: true, lines: text.split('\n').filter((l) => l.trim() !== '') };
}

/** The log lines about `image` (or its registry) worth showing, newest last. */
export function kubeletLogLinesAbout(
  log: KubeletLog,
  image: string,
  registry: string | undefined,
): string[] {
  const about = (line: string) =>
    line.includes(image) || (registry !== undefined && line.includes(registry));
  return log.lines
    .filter((line) => WORTH_READING.test(line) && about(line))
    .slice(-KUBELET_LOG_MAX_LINES)
    .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line));
}
