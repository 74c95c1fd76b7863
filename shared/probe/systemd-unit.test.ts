import { describe, expect, it } from 'vitest';
import {
  parseEnvironmentFile,
  parseUnitEnvironment,
  proxyEnvironment,
  redactProxyUrl,
} from './systemd-unit.js';
import {
  ENVIRONMENT_FILE,
  PROXY_DROP_IN,
  PROXY_DROP_IN_COMPLEX,
} from './testdata/node-config-samples.js';

describe('parseUnitEnvironment', () => {
  it('reads one quoted assignment per line', () => {
    expect(parseUnitEnvironment(PROXY_DROP_IN)).toEqual({
      environment: {
        HTTP_PROXY: 'http://proxy.corp.example:3128',
        HTTPS_PROXY: 'http://svc-puller:Pr0xyPass@proxy.corp.example:3128',
        NO_PROXY: 'localhost,127.0.0.1,10.0.0.0/8,.svc,.cluster.local',
      },
      reset: false,
      environmentFiles: [],
    });
  });

  it('honours continuations, other sections, EnvironmentFile and an empty reset', () => {
    expect(parseUnitEnvironment(PROXY_DROP_IN_COMPLEX)).toEqual({
      environment: { HTTP_PROXY: 'http://10.1.2.3:8080' },
      reset: true,
      environmentFiles: ['/etc/sysconfig/containerd-proxy'],
    });
  });

  it('splits several assignments on one line', () => {
    const text = '[Service]\nEnvironment=A=1 "B=two words" C=3\n';
    expect(parseUnitEnvironment(text).environment).toEqual({ A: '1', B: 'two words', C: '3' });
  });
});

describe('parseEnvironmentFile', () => {
  it('reads KEY=value lines with quotes and export', () => {
    expect(parseEnvironmentFile(ENVIRONMENT_FILE)).toEqual({
      K3S_TOKEN: 'K10abc::server:xyz',
      CONTAINERD_HTTPS_PROXY: 'http://proxy.corp.example:3128',
      HTTPS_PROXY: 'http://proxy.corp.example:3128',
      NO_PROXY: '127.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16',
    });
  });
});

describe('proxyEnvironment', () => {
  it('keeps proxy variables in any case and masks credentials in them', () => {
    const env = parseUnitEnvironment(PROXY_DROP_IN).environment;
    const proxy = proxyEnvironment({ ...env, https_proxy: 'http://u:p@h:1', GOMAXPROCS: '2' });
    expect(proxy).toEqual({
      HTTP_PROXY: 'http://proxy.corp.example:3128',
      HTTPS_PROXY: 'http://***@proxy.corp.example:3128',
      NO_PROXY: 'localhost,127.0.0.1,10.0.0.0/8,.svc,.cluster.local',
      https_proxy: 'http://***@h:1',
    });
    expect(JSON.stringify(proxy)).not.toContain('Pr0xyPass');
  });

  it.each([
    { url: 'proxy:3128', want: 'proxy:3128' },
    { url: 'user:pw@proxy:3128', want: '***@proxy:3128' },
    { url: 'socks5://a@b', want: 'socks5://***@b' },
  ])('redacts $url', ({ url, want }) => {
    expect(redactProxyUrl(url)).toBe(want);
  });
});
