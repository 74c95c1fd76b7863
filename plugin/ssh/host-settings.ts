/**
 * One node's SSH settings: the flags first, then what the user's ssh_config says for that node
 * (its Host blocks matched against the node's name and its address), then the defaults. So a
 * `Host node-*` block with User, IdentityFile and ProxyJump works as it does for `ssh node-3`.
 */
import { expandSshPath, resolveSshHost } from '../../shared/ssh-config.js';
import { parseSshAddress } from './ssh-address.js';
import type { SshSettings } from './ssh-settings.js';

/** The settings and the address to dial for one node, with what ssh_config could not apply. */
export interface HostSettings {
  readonly settings: SshSettings;
  readonly host: string;
  readonly ignored: readonly string[];
}

/** Applies ssh_config to `base` for the node called `name`, reached at `address` by default. */
export function settingsForHost(
  base: SshSettings,
  name: string,
  address: string,
  addressGiven: boolean,
): HostSettings {
  if (!base.config) return { settings: base, host: address, ignored: [] };
  const o = resolveSshHost(base.config.blocks, [name, address]);
  const user = base.userExplicit ? base.user : (o.user ?? base.user);
  // HostName's own %h is the name the node was asked for (`HostName %h.nodes.internal`).
  const hostName =
    o.hostName === undefined
      ? undefined
      : expandSshPath(o.hostName, { home: '', host: name, remoteUser: user, localUser: '' });
  const host = addressGiven ? address : (hostName ?? address);
  const tokens = {
    home: base.home ?? '',
    host,
    remoteUser: user,
    localUser: base.localUser ?? '',
  };
  const path = (v: string) => expandSshPath(v, tokens);
  const jump =
    base.jumpExplicit || !o.proxyJump ? base.jump : (parseJump(path(o.proxyJump)) ?? base.jump);
  const agent =
    o.identityAgent === undefined
      ? base.agent
      : o.identityAgent.toLowerCase() === 'none'
        ? undefined
        : o.identityAgent === 'SSH_AUTH_SOCK'
          ? base.agent
          : path(o.identityAgent);
  const settings: SshSettings = {
    ...base,
    user,
    port: base.portExplicit ? base.port : (o.port ?? base.port),
    // Config keys come first; the defaults (~/.ssh/id_*) stay as a fallback, as OpenSSH does.
    keyFiles: base.keysExplicit
      ? base.keyFiles
      : [
          ...o.identityFiles.map(path),
          ...base.keyFiles.filter((f) => !o.identityFiles.includes(f)),
        ],
    agent,
    ...(jump ? { jump } : {}),
    knownHostsFile:
      base.knownHostsExplicit || !o.userKnownHostsFile
        ? base.knownHostsFile
        : path(o.userKnownHostsFile),
    ...(o.connectTimeoutSeconds
      ? { connectTimeoutMs: Math.min(base.connectTimeoutMs, o.connectTimeoutSeconds * 1000) }
      : {}),
  };
  return { settings, host, ignored: o.ignored };
}

function parseJump(text: string) {
  const parsed = parseSshAddress(text.replace(/^ssh:\/\//, ''));
  return parsed.ok ? parsed.address : undefined;
}
