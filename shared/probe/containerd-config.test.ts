import { describe, expect, it } from 'vitest';
import { parseContainerdConfig, parseHostsToml } from './containerd-config.js';
import {
  CONTAINERD_V2,
  CONTAINERD_V2_LEGACY_MIRRORS,
  CONTAINERD_V3,
  HOSTS_TOML_CA,
  HOSTS_TOML_MIRROR,
} from './testdata/node-config-samples.js';

describe('parseContainerdConfig', () => {
  it('reads config_path, socket and root from a v2 config', () => {
    expect(parseContainerdConfig(CONTAINERD_V2)).toEqual({
      version: 2,
      root: '/var/lib/containerd',
      socket: '/run/containerd/containerd.sock',
      configPathSet: true,
      configPaths: ['/etc/containerd/certs.d'],
      mirrors: {},
      hostConfigs: {},
      imports: ['/etc/containerd/conf.d/*.toml'],
      pullPath: { forcingLocalPull: [] },
      problems: [],
    });
  });

  it('reads legacy mirrors and TLS settings, noting auth without copying it', () => {
    const config = parseContainerdConfig(CONTAINERD_V2_LEGACY_MIRRORS);
    expect(config.configPaths).toEqual([]);
    expect(config.mirrors).toEqual({
      'docker.io': ['https://mirror.corp.example:5000', 'https://registry-1.docker.io'],
      'registry.corp.example:5000': ['https://registry.corp.example:5000'],
    });
    expect(config.hostConfigs).toEqual({
      'registry.corp.example:5000': {
        caFile: '/etc/pki/corp-ca.pem',
        insecureSkipVerify: false,
        hasAuth: true,
      },
    });
    expect(JSON.stringify(config)).not.toContain('do-not-print-me');
  });

  it('reads a v3 config with several certs.d directories', () => {
    const config = parseContainerdConfig(CONTAINERD_V3);
    expect(config.version).toBe(3);
    expect(config.configPaths).toEqual(['/etc/containerd/certs.d', '/etc/docker/certs.d']);
    expect(config.socket).toBe('/run/containerd/containerd.sock');
  });

  it.each([
    { name: 'empty file', text: '' },
    { name: 'garbage', text: 'this is = = not toml\n[unclosed' },
    { name: 'binary noise', text: '\u0000\u0001[[]]' },
  ])('never throws on $name', ({ text }) => {
    expect(() => parseContainerdConfig(text)).not.toThrow();
  });

  it('reports unreadable lines and keeps reading', () => {
    const config = parseContainerdConfig(`${CONTAINERD_V2}\nbroken line here\n`);
    expect(config.configPaths).toEqual(['/etc/containerd/certs.d']);
    expect(config.problems).toEqual([expect.stringContaining('broken line here')]);
  });
});

describe('parseHostsToml', () => {
  it('reads a mirror setup in the order containerd tries it', () => {
    expect(parseHostsToml(HOSTS_TOML_MIRROR)).toEqual({
      server: 'https://registry-1.docker.io',
      hosts: [
        {
          url: 'https://mirror.corp.example:5000',
          capabilities: ['pull', 'resolve'],
          ca: ['/etc/containerd/certs.d/docker.io/corp-ca.crt'],
        },
        { url: 'http://10.0.0.12:5000', capabilities: ['pull'], ca: [], skipVerify: true },
      ],
      ca: [],
      problems: [],
    });
  });

  it('reads top-level and per-host CA files, string or list', () => {
    const hosts = parseHostsToml(HOSTS_TOML_CA);
    expect(hosts.ca).toEqual(['ca.crt']);
    expect(hosts.hosts[0]?.ca).toEqual(['ca.crt', '/etc/pki/extra-ca.pem']);
    expect(hosts.problems).toEqual([]);
  });
});
