import { describe, expect, it } from 'vitest';
import { lookupHostsFile, parseResolvConf } from './resolv-conf.js';
import { ETC_HOSTS, RESOLV_CLOUD, RESOLV_STUB } from './testdata/node-config-samples.js';

describe('parseResolvConf', () => {
  it('reads systemd-resolved stub configuration', () => {
    expect(parseResolvConf(RESOLV_STUB)).toEqual({
      nameservers: ['127.0.0.53'],
      search: ['ec2.internal', 'corp.example'],
    });
  });

  it('keeps the first three nameservers, the last search line and numeric options', () => {
    expect(parseResolvConf(RESOLV_CLOUD)).toEqual({
      nameservers: ['10.0.0.2', '169.254.169.253', 'fd00:ec2::253'],
      search: ['corp.example', 'eu-west-1.compute.internal'],
      ndots: 1,
      timeoutSeconds: 2,
      attempts: 5,
    });
  });

  it.each(['', '\n\n', 'nameserver', 'options ndots:x timeout:-1'])('reads %j as empty', (text) => {
    expect(parseResolvConf(text)).toEqual({ nameservers: [], search: [] });
  });
});

describe('lookupHostsFile', () => {
  it.each([
    { name: 'registry.corp.example', want: ['10.20.0.5'] },
    { name: 'REGISTRY.corp.example.', want: ['10.20.0.5'] },
    { name: 'localhost', want: ['127.0.0.1', '::1'] },
    { name: 'pinned', want: [] },
    { name: 'other.example', want: [] },
  ])('finds $name', ({ name, want }) => {
    expect(lookupHostsFile(ETC_HOSTS, name)).toEqual(want);
  });
});
