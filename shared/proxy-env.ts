// Decides, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY, whether a request goes through a proxy.
// The rules follow Go's net/http (what containerd and docker use), so the user's machine and the
// runtime read the same environment the same way.
import { inCidr } from './ip-address.js';

/** The proxy-related environment variables (upper- or lower-case spellings). */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

function envValue(env: ProxyEnv, name: string): string | undefined {
  const value = env[name.toUpperCase()] ?? env[name.toLowerCase()];
  return value?.trim() ? value.trim() : undefined;
}

function defaultPort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

// One NO_PROXY entry: `*`, a CIDR, an IP, or a domain (with optional leading `.`/`*.`), each with an
// optional `:port`.
function matchesEntry(entry: string, host: string, port: string): boolean {
  if (entry === '*') return true;
  if (entry.includes('/')) {
    const [net, bits] = entry.split('/');
    return net !== undefined && inCidr(host, net, Number(bits));
  }
  const portMatch = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[(.*)\]/, '$1'));
  const name = (portMatch?.[1] ?? entry).replace(/^\*?\./, '');
  if (portMatch?.[2] && portMatch[2] !== port) return false;
  return host === name || host.endsWith(`.${name}`);
}

/** True when NO_PROXY (or loopback, which Go never proxies) says to go direct. */
export function bypassesProxy(url: URL, env: ProxyEnv): boolean {
  const host = bareHost(url.hostname);
  if (isLoopback(host)) return true;
  const noProxy = envValue(env, 'no_proxy') ?? '';
  return noProxy
    .split(/[\s,]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => matchesEntry(entry, host, defaultPort(url)));
}

/** The proxy to use for `url`, or undefined to connect directly. */
export function proxyFor(url: URL, env: ProxyEnv): URL | undefined {
  const raw = envValue(env, url.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
  if (!raw || bypassesProxy(url, env)) return undefined;
  // `proxy:3128` without a scheme means an HTTP proxy, as in Go and curl.
  return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
}

/** A host and port to reach, host bare (no IPv6 brackets). */
export interface HostPort {
  host: string;
  port: number;
}

/** host:port as written in CONNECT lines and messages (IPv6 in brackets). */
export function formatHostPort({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Where a proxy URL points, bare host and numeric port. */
export function proxyHostPort(proxy: URL): HostPort {
  return {
    host: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80),
  };
}

/** Proxy-Authorization for a proxy URL with userinfo, else undefined. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username) return undefined;
  const user = decodeURIComponent(proxy.username);
  const pass = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}
