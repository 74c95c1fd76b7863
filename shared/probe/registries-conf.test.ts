import { describe, expect, it } from 'vitest';
import { matchRegistry, parseRegistriesConf } from './registries-conf.js';
import { REGISTRIES_CONF, REGISTRIES_CONF_V1 } from './testdata/node-config-samples.js';

describe('parseRegistriesConf', () => {
  const conf = parseRegistriesConf(REGISTRIES_CONF);

  it('reads the search list, registries and mirrors', () => {
    expect(conf.unqualifiedSearch).toEqual([
      'registry.fedoraproject.org',
      'registry.access.redhat.com',
      'docker.io',
    ]);
    expect(conf.registries[0]).toEqual({
      prefix: 'docker.io',
      location: 'registry-1.docker.io',
      insecure: false,
      blocked: false,
      mirrors: [
        { location: 'mirror.corp.example:5000', insecure: false },
        { location: '10.0.0.12:5000', insecure: true },
      ],
    });
    expect(conf.problems).toEqual([]);
  });

  it('defaults the prefix to the location', () => {
    expect(conf.registries[1]?.prefix).toBe('registry.corp.example:5000');
  });

  it.each([
    { image: 'docker.io/library/nginx', want: 'docker.io' },
    { image: 'registry.corp.example:5000/team/app', want: 'registry.corp.example:5000' },
    { image: 'a.untrusted.example/x', want: '*.untrusted.example' },
    { image: 'quay.io/team/app', want: 'quay.io/team' },
    { image: 'quay.io/other/app', want: undefined },
  ])('matches $image to $want', ({ image, want }) => {
    expect(matchRegistry(conf, image)?.prefix).toBe(want);
  });

  it('reads the v1 insecure and block lists', () => {
    const v1 = parseRegistriesConf(REGISTRIES_CONF_V1);
    expect(v1.legacyInsecure).toEqual(['10.0.0.12:5000']);
    expect(v1.legacyBlocked).toEqual(['evil.example']);
  });
});
