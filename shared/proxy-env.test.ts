import { describe, expect, it } from 'vitest';
import { proxyFor } from './proxy-env.js';

const PROXY = 'http://proxy.corp:3128';

describe('proxyFor', () => {
  it.each([
    { name: 'no proxy configured', url: 'https://reg.io/v2/', env: {}, want: undefined },
    {
      name: 'HTTPS_PROXY for https',
      url: 'https://reg.io/v2/',
      env: { HTTPS_PROXY: PROXY },
      want: PROXY,
    },
    {
      name: 'lower-case spelling',
      url: 'https://reg.io/v2/',
      env: { https_proxy: PROXY },
      want: PROXY,
    },
    {
      name: 'HTTP_PROXY is not used for https',
      url: 'https://reg.io/',
      env: { HTTP_PROXY: PROXY },
      want: undefined,
    },
    {
      name: 'HTTP_PROXY for plain http',
      url: 'http://reg.io/',
      env: { HTTP_PROXY: PROXY },
      want: PROXY,
    },
    {
      name: 'scheme-less proxy',
      url: 'https://reg.io/',
      env: { HTTPS_PROXY: 'proxy.corp:3128' },
      want: PROXY,
    },
    {
      name: 'exact NO_PROXY host',
      url: 'https://reg.io/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: 'reg.io' },
      want: undefined,
    },
    {
      name: 'NO_PROXY domain suffix',
      url: 'https://a.reg.io/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: '.reg.io' },
      want: undefined,
    },
    {
      name: 'NO_PROXY bare domain covers subdomains',
      url: 'https://a.reg.io/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: 'reg.io' },
      want: undefined,
    },
    {
      name: 'NO_PROXY suffix is not a substring',
      url: 'https://evilreg.io/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: 'reg.io' },
      want: PROXY,
    },
    {
      name: 'NO_PROXY with matching port',
      url: 'https://reg.io:5000/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: 'reg.io:5000' },
      want: undefined,
    },
    {
      name: 'NO_PROXY with other port',
      url: 'https://reg.io/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: 'reg.io:5000' },
      want: PROXY,
    },
    {
      name: 'NO_PROXY wildcard',
      url: 'https://reg.io/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: '*' },
      want: undefined,
    },
    {
      name: 'NO_PROXY CIDR',
      url: 'https://10.1.2.3/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: 'x.io, 10.0.0.0/8' },
      want: undefined,
    },
    {
      name: 'NO_PROXY CIDR miss',
      url: 'https://11.1.2.3/',
      env: { HTTPS_PROXY: PROXY, NO_PROXY: '10.0.0.0/8' },
      want: PROXY,
    },
    {
      name: 'loopback is never proxied',
      url: 'https://127.0.0.1:5000/',
      env: { HTTPS_PROXY: PROXY },
      want: undefined,
    },
    {
      name: 'localhost is never proxied',
      url: 'https://localhost:5000/',
      env: { HTTPS_PROXY: PROXY },
      want: undefined,
    },
  ])('$name', ({ url, env, want }) => {
    expect(proxyFor(new URL(url), env)?.href.replace(/\/$/, '')).toBe(want);
  });
});
