// Parses `[user@]host[:port]` as `--ssh-jump` takes it (IPv6 in brackets: `[fd00::1]:2222`).
// Pure, so the flag's error messages are unit tested.

/** Where to reach an sshd, and as whom (user absent: the caller's default). */
export interface SshAddress {
  readonly user?: string;
  readonly host: string;
  readonly port?: number;
}

/** The address, or why the text is not one. */
export type SshAddressParse = { ok: true; address: SshAddress } | { ok: false; reason: string };

const parsePort = (text: string): number | undefined => {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
};

/** Splits `[user@]host[:port]`; a bare IPv6 address without brackets is taken as a host. */
export function parseSshAddress(text: string): SshAddressParse {
  const at = text.lastIndexOf('@');
  const user = at >= 0 ? text.slice(0, at) : undefined;
  const rest = at >= 0 ? text.slice(at + 1) : text;
  if (user === '') return { ok: false, reason: `empty user in "${text}"` };
  let host = rest;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
  if (bracketed) {
    host = bracketed[1]!;
    portText = bracketed[2];
  } else if ((rest.match(/:/g) ?? []).length === 1) {
    [host, portText] = rest.split(':') as [string, string];
  }
  if (host === '' || /[\s/]/.test(host)) return { ok: false, reason: `no host in "${text}"` };
  if (portText === undefined) return { ok: true, address: { ...(user ? { user } : {}), host } };
  const port = parsePort(portText);
  if (port === undefined) return { ok: false, reason: `invalid port "${portText}" in "${text}"` };
  return { ok: true, address: { ...(user ? { user } : {}), host, port } };
}

/** `host` for port 22, `[host]:port` otherwise: how known_hosts and messages name an sshd. */
export function hostPortName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}
