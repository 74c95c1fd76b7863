/**
 * Runs a command with its own /etc/resolv.conf and nothing else changed: a private mount namespace
 * (`unshare --mount`, propagation private, so the bind never reaches the host) in which `resolv`
 * is bound over /etc/resolv.conf before the command is exec'd. The workstation (workstation.ts)
 * and the test proxies (test/integration/support/tinyproxy.ts) resolve names this way.
 */
export function withResolvConf(
  resolv: string,
  cmd: string,
  args: readonly string[],
): { cmd: string; args: string[] } {
  return {
    cmd: 'unshare',
    args: [
      '--mount',
      '--propagation',
      'private',
      '--',
      'sh',
      '-c',
      'mount --bind "$0" /etc/resolv.conf && exec "$@"',
      resolv,
      cmd,
      ...args,
    ],
  };
}
