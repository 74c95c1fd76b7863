/**
 * The test DNS host: dnsmasq answering for the registries' names (*.test), plus a second,
 * deliberately broken resolver that answers NXDOMAIN for everything. Breaking a node's DNS is
 * pointing its resolv.conf at the broken one, as a bad DHCP option or a wrong drop-in would.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEAD_HOST, DNS, MIRRORED_HOST, REGISTRIES, paths } from './layout.js';
import { createHost } from './network.js';
import { startDaemon } from './daemons.js';

/** Starts both resolvers in the DNS host's namespace. */
export async function startDns(): Promise<void> {
  await mkdir(paths.dns, { recursive: true });
  await createHost(DNS.netns, [DNS.good, DNS.broken]);
  const records = [
    ...REGISTRIES.map((r) => [r.host, r.address] as const),
    [DEAD_HOST.host, DEAD_HOST.address] as const,
    [MIRRORED_HOST, DEAD_HOST.address] as const,
  ];
  await startDnsmasq('dns-good', DNS.good, [
    ...records.map(([host, address]) => `--host-record=${host},${address}`),
    // host-record answers AAAA with NODATA (not NXDOMAIN) for these names; unknown names under
    // .test get NXDOMAIN locally rather than a refusal.
    '--local=/test/',
  ]);
  await startDnsmasq('dns-broken', DNS.broken, ['--address=/#/']);
}

async function startDnsmasq(name: string, address: string, extra: string[]): Promise<void> {
  await startDaemon(name, 'nsenter', [
    `--net=/run/netns/${DNS.netns}`,
    '--',
    'dnsmasq',
    '--keep-in-foreground',
    '--conf-file=/dev/null',
    '--no-resolv',
    '--no-hosts',
    '--no-poll',
    '--user=root',
    '--bind-interfaces',
    `--listen-address=${address}`,
    '--except-interface=lo',
    `--pid-file=${path.join(paths.dns, `${name}.pid`)}`,
    '--log-queries',
    '--log-facility=-',
    ...extra,
  ]);
}
