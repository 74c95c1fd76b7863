// The one seam between the checks and the node they run against. The probe pod reaches the node
// through its mounted root filesystem and its host network (HostFs); `reproduce --via ssh`
// reaches it through one SSH connection (plugin/ssh/ssh-node.ts). The checks only ever ask these
// questions, so both transports run the same check code and produce the same report.
import type { Duplex } from 'node:stream';
import type { CheckOutcome } from '../checks/run-check.js';
import type { ResolvConf } from '../../shared/probe/resolv-conf.js';

/** The DNS check's detail. */
export interface DnsDetail {
  readonly host: string;
  readonly addresses: readonly string[];
  readonly resolver?: string;
}

/** The node's resolver configuration, as read before the checks. */
export interface NodeResolver {
  readonly resolvConf?: ResolvConf;
  readonly hostsFile?: string;
}

/** Free space of one filesystem, as statfs(2) reports it. */
export interface StatFs {
  readonly blockSize: number;
  readonly blocks: number;
  /** Blocks free for an unprivileged writer (statfs f_bavail). */
  readonly blocksAvailable: number;
  readonly inodes: number;
  readonly inodesFree: number;
}

/** How a node program ended: its exit code (null when killed) and what it printed. */
export interface NodeRunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A node program's environment and stdin. The environment replaces, not extends, the caller's. */
export interface NodeRunOptions {
  readonly env: Readonly<Record<string, string>>;
  readonly stdin: string;
  readonly signal: AbortSignal;
}

/** What the checks may ask of the node. Paths are host paths (/etc/resolv.conf). */
export interface NodeAccess {
  /** How the node is reached, for messages: `/host` or `ssh root@10.0.0.5:22`. */
  readonly where: string;
  /** A host file's text, or undefined when it does not exist; other errors throw. */
  read(hostPath: string): Promise<string | undefined>;
  /** Where a host symlink points (`net:[4026531840]` for /proc/PID/ns/net), or undefined. */
  readlink(hostPath: string): Promise<string | undefined>;
  /**
   * Runs a program of the node's own filesystem (a kubelet credential provider plugin) as the
   * kubelet would: in the node's root and network. The program's output may hold credentials, so
   * callers must never log it.
   */
  run(program: string, args: readonly string[], options: NodeRunOptions): Promise<NodeRunResult>;
  /** PIDs of the node's processes whose command name (/proc/PID/comm) is exactly `comm`. */
  pidsNamed(comm: string): Promise<number[]>;
  /** Names in a host directory, sorted; empty when it does not exist. */
  list(hostDir: string): Promise<string[]>;
  /** True when the host path is a unix socket. */
  isSocket(hostPath: string): Promise<boolean>;
  /** A byte stream to the unix socket at the host path (the runtime's CRI socket). */
  dialSocket(hostPath: string): Promise<Duplex>;
  /** A TCP connection opened from the node's network to address:port. */
  dialTcp(address: string, port: number, signal: AbortSignal): Promise<Duplex>;
  /** Resolves a name the way the node's runtime would (its /etc/hosts and resolver). */
  lookup(host: string, node: NodeResolver, signal: AbortSignal): Promise<CheckOutcome<DnsDetail>>;
  /** statfs(2) of a host path. */
  statfs(hostPath: string): Promise<StatFs>;
}
