// Validates a probe report read back from a pod's log or an SSH session. The report crosses a
// machine boundary and may come from another probe version, so every field the plugin relies on
// is checked and each problem is named by its path. Pure: no schema library, never throws.
import { PROBE_REPORT_VERSION, type ProbeReport } from './report.js';
import { requestProblems } from './request.js';

/** The report, or every problem found, each with its JSON path. */
export type ReportValidation =
  | { readonly ok: true; readonly report: ProbeReport }
  | { readonly ok: false; readonly problems: string[] };

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isStringMap = (v: unknown): boolean => isRecord(v) && Object.values(v).every(isString);

/** Collects problems under a path prefix. */
class Problems {
  readonly list: string[] = [];
  field(
    obj: Rec,
    at: string,
    key: string,
    ok: (v: unknown) => boolean,
    what: string,
    optional = true,
  ): void {
    const v = obj[key];
    if (v === undefined ? !optional : !ok(v)) this.list.push(`${at}.${key} must be ${what}`);
  }
  object(value: unknown, at: string): Rec | undefined {
    if (isRecord(value)) return value;
    this.list.push(`${at} must be an object`);
    return undefined;
  }
}

/** Detail fields per check: key -> [test, description]. Unknown extra fields are allowed. */
type DetailSpec = Readonly<Record<string, readonly [(v: unknown) => boolean, string]>>;
const STR = [isString, 'a string'] as const;
const BOOL = [(v: unknown) => typeof v === 'boolean', 'a boolean'] as const;
const COUNT = [isCount, 'a number >= 0'] as const;
const STRINGS = [isStringList, 'a list of strings'] as const;
const PULL: DetailSpec = {
  imageRef: STR,
  alreadyPresent: BOOL,
  grpcStatus: STR,
  removedAfter: BOOL,
  cleanupError: STR,
};
/** Each provider run names the plugin, the pattern, the binary and how it ended. */
function isProviderList(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.every(
      (p) =>
        isRecord(p) &&
        isString(p.name) &&
        isString(p.matchedBy) &&
        isString(p.binary) &&
        (p.status === 'ok' || p.status === 'failed') &&
        (p.error === undefined || isString(p.error)) &&
        (p.registries === undefined || isStringList(p.registries)),
    )
  );
}
/** Each mirror names its URL and how it went. */
function isMirrorList(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.every(
      (m) =>
        isRecord(m) &&
        isString(m.url) &&
        (m.status === 'ok' || m.status === 'failed') &&
        (m.error === undefined || isString(m.error)),
    )
  );
}
const DNS: DetailSpec = { host: STR, addresses: STRINGS, resolver: STR, proxy: STR };

const CHECKS: Readonly<Record<string, { spec: DetailSpec; required: boolean }>> = {
  dns: { spec: DNS, required: true },
  blobDns: { spec: DNS, required: false },
  tcp: { spec: { address: STR, proxy: STR }, required: true },
  tls: {
    spec: { subject: STR, issuer: STR, trustedBy: STR, caFiles: STRINGS, skipVerify: BOOL },
    required: true,
  },
  registryApi: {
    spec: { status: COUNT, challenge: STR, realm: STR, tlsVerified: BOOL },
    required: true,
  },
  tokenDns: { spec: DNS, required: false },
  manifestAnswer: { spec: { status: COUNT, retryAfter: STR }, required: false },
  mirrors: {
    spec: { endpoints: [isMirrorList, 'a list of {url, status} objects'] },
    required: false,
  },
  pullAnonymous: { spec: PULL, required: true },
  pullWithCredentials: { spec: PULL, required: true },
  credentialProvider: {
    spec: {
      providers: [isProviderList, 'a list of {name, matchedBy, binary, status} objects'],
      usedKey: STR,
      environment: STR,
    },
    required: false,
  },
  pullWithProvider: { spec: PULL, required: false },
  disk: { spec: {}, required: true },
};

const FS_FIELDS = ['bytesFree', 'bytesTotal', 'inodesFree', 'inodesTotal'] as const;

function checkFilesystems(p: Problems, detail: Rec, at: string): void {
  const list = detail.filesystems;
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    p.list.push(`${at}.filesystems must be a list`);
    return;
  }
  list.forEach((item: unknown, i) => {
    const fs = p.object(item, `${at}.filesystems[${i}]`);
    if (!fs) return;
    p.field(fs, `${at}.filesystems[${i}]`, 'path', isString, 'a string', false);
    const role = (v: unknown): boolean => v === 'imagefs' || v === 'nodefs';
    p.field(fs, `${at}.filesystems[${i}]`, 'role', role, "'imagefs' or 'nodefs'", false);
    for (const key of FS_FIELDS)
      p.field(fs, `${at}.filesystems[${i}]`, key, isCount, 'a number >= 0', false);
  });
}

function checkResult(p: Problems, value: unknown, at: string, spec: DetailSpec): void {
  const result = p.object(value, at);
  if (!result) return;
  const status = (v: unknown): boolean => v === 'ok' || v === 'failed' || v === 'skipped';
  p.field(result, at, 'status', status, "'ok', 'failed' or 'skipped'", false);
  p.field(result, at, 'durationMs', isCount, 'a number >= 0', false);
  p.field(result, at, 'error', isString, 'a string');
  if (result.detail === undefined) return;
  const detail = p.object(result.detail, `${at}.detail`);
  if (!detail) return;
  for (const [key, [ok, what]] of Object.entries(spec))
    p.field(detail, `${at}.detail`, key, ok, what);
  if (at.endsWith('.disk')) checkFilesystems(p, detail, `${at}.detail`);
}

function checkChecks(p: Problems, value: unknown): void {
  const checks = p.object(value, 'report.checks');
  if (!checks) return;
  for (const [name, { spec, required }] of Object.entries(CHECKS)) {
    const at = `report.checks.${name}`;
    if (checks[name] === undefined) {
      if (required) p.list.push(`${at} is missing`);
    } else checkResult(p, checks[name], at, spec);
  }
}

function checkNode(p: Problems, value: unknown): void {
  const node = p.object(value, 'report.node');
  if (!node) return;
  const at = 'report.node';
  p.field(node, at, 'name', isString, 'a string');
  const resolv = (v: unknown): boolean =>
    isRecord(v) && isStringList(v.nameservers) && isStringList(v.search);
  p.field(node, at, 'resolvConf', resolv, 'an object with nameservers and search lists');
  const condition = (c: unknown): boolean =>
    isRecord(c) && isString(c.type) && typeof c.status === 'boolean';
  const runtime = (v: unknown): boolean =>
    isRecord(v) &&
    isString(v.name) &&
    isString(v.version) &&
    isString(v.endpoint) &&
    (v.conditions === undefined || (Array.isArray(v.conditions) && v.conditions.every(condition)));
  p.field(
    node,
    at,
    'runtime',
    runtime,
    'an object with name, version and endpoint strings (and conditions with type and status)',
  );
  p.field(node, at, 'proxy', isStringMap, 'an object of strings');
  p.field(node, at, 'registryConfig', isStringList, 'a list of strings');
  p.field(node, at, 'credentialProviders', isStringList, 'a list of strings');
  p.field(node, at, 'imageFs', isString, 'a string');
  const pulledBy = (b: unknown): boolean =>
    isRecord(b) &&
    isString(b.repository) &&
    isStringList(b.secrets) &&
    isStringList(b.serviceAccounts) &&
    typeof b.nodeWide === 'boolean';
  const cached = (v: unknown): boolean =>
    isRecord(v) &&
    (v.policy === undefined || isString(v.policy)) &&
    (v.record === undefined ||
      (isRecord(v.record) &&
        isString(v.record.imageRef) &&
        Array.isArray(v.record.pulledBy) &&
        v.record.pulledBy.every(pulledBy)));
  p.field(node, at, 'cachedImage', cached, 'an object with an optional record and policy');
  const ignored = (v: unknown): boolean =>
    isRecord(v) &&
    isStringList(v.dirs) &&
    isStringList(v.files) &&
    isString(v.runtimeVersion) &&
    isString(v.reason) &&
    isString(v.workaround);
  p.field(
    node,
    at,
    'hostsDirsIgnored',
    ignored,
    'an object with dirs, files, runtimeVersion, reason and workaround',
  );
}

/** Checks that `value` is a ProbeReport of this version; lists every problem found. */
export function validateProbeReport(value: unknown): ReportValidation {
  const p = new Problems();
  const report = p.object(value, 'report');
  if (!report) return { ok: false, problems: p.list };
  if (report.version !== PROBE_REPORT_VERSION) {
    p.list.push(
      `report.version must be ${PROBE_REPORT_VERSION} (got ${typeof report.version === 'string' ? JSON.stringify(report.version) : typeof report.version})`,
    );
  }
  p.list.push(...requestProblems(report.request, 'report.request'));
  checkNode(p, report.node);
  checkChecks(p, report.checks);
  const date = (v: unknown): boolean => isString(v) && !Number.isNaN(Date.parse(v));
  p.field(report, 'report', 'startedAt', date, 'an ISO date string', false);
  p.field(report, 'report', 'durationMs', isCount, 'a number >= 0', false);
  p.field(
    report,
    'report',
    'transport',
    (v) => v === 'pod' || v === 'ssh',
    "'pod' or 'ssh'",
    false,
  );
  p.field(report, 'report', 'notes', isStringList, 'a list of strings');
  return p.list.length > 0
    ? { ok: false, problems: p.list }
    : { ok: true, report: value as ProbeReport };
}
