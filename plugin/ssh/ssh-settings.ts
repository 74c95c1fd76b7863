/**
 * How `reproduce --via ssh` logs in: the user, port, keys, agent, jump host and known_hosts file,
 * already read from flags and the environment. The key and known_hosts files are read when the
 * connection opens (open-ssh.ts), never earlier.
 */
import type { SshConfigBlock } from '../../shared/ssh-config.js';
import type { SshAddress } from './ssh-address.js';

/** The login every node connection (and the jump host, unless it names its own user) uses. */
export interface SshSettings {
  readonly user: string;
  readonly port: number;
  /** Private key files to offer, in order; explicit ones must be readable. */
  readonly keyFiles: readonly string[];
  /** True when the key files were given with --ssh-key (unreadable ones are then an error). */
  readonly keysExplicit: boolean;
  /** The ssh-agent socket (SSH_AUTH_SOCK), when there is one. */
  readonly agent?: string;
  readonly jump?: SshAddress;
  readonly knownHostsFile: string;
  /** True when --ssh-known-hosts named the file (a missing one is then an error). */
  readonly knownHostsExplicit: boolean;
  /** How long the SSH handshake and login may take. */
  readonly connectTimeoutMs: number;
  /** True when --ssh-user, --ssh-port or --ssh-jump named the value: ssh_config then yields. */
  readonly userExplicit?: boolean;
  readonly portExplicit?: boolean;
  readonly jumpExplicit?: boolean;
  /** The ssh_config file to read (--ssh-config, default ~/.ssh/config; `none` for none). */
  readonly configFile?: string;
  readonly configExplicit?: boolean;
  /** That file, parsed, once read (reproduce-on-nodes.ts reads it before connecting). */
  readonly config?: { readonly file: string; readonly blocks: readonly SshConfigBlock[] };
  /** For ssh_config path tokens: the home directory and the local user name. */
  readonly home?: string;
  readonly localUser?: string;
}

/** The login used when --ssh-user is not given: the CRI socket is root's, as for the kubelet. */
export const DEFAULT_SSH_USER = 'root';

/** Keys OpenSSH offers by default, in its order, relative to ~/.ssh. */
export const DEFAULT_KEY_NAMES = ['id_ed25519', 'id_ecdsa', 'id_rsa'] as const;
