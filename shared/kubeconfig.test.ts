import { describe, expect, it } from 'vitest';
import { mergeKubeconfigs, resolveTarget, type KubeTarget } from './kubeconfig.js';

const admin = {
  path: '/home/me/.kube/config',
  doc: {
    'current-context': 'prod',
    clusters: [
      {
        name: 'prod',
        cluster: { server: 'https://prod:6443', 'certificate-authority': 'pki/ca.crt' },
      },
      { name: 'lab', cluster: { server: 'https://lab:6443', 'insecure-skip-tls-verify': true } },
    ],
    users: [
      { name: 'me', user: { 'client-certificate-data': 'Q0VSVA==', 'client-key': '/abs/me.key' } },
      { name: 'robot', user: { token: 't0k3n' } },
      { name: 'sso', user: { exec: { command: 'kubelogin' } } },
    ],
    contexts: [
      { name: 'prod', context: { cluster: 'prod', user: 'me', namespace: 'shop' } },
      { name: 'lab', context: { cluster: 'lab', user: 'robot' } },
      { name: 'sso', context: { cluster: 'prod', user: 'sso' } },
      { name: 'broken', context: { cluster: 'gone', user: 'me' } },
    ],
  },
};

function target(files: Parameters<typeof mergeKubeconfigs>[0], context?: string): KubeTarget {
  const t = resolveTarget(mergeKubeconfigs(files), context);
  if ('problem' in t) throw new Error(`unexpected ${t.problem}`);
  return t;
}

describe('kubeconfig resolution', () => {
  it('uses the current context, with paths relative to the file that named them', () => {
    expect(target([admin])).toMatchObject({
      context: 'prod',
      server: 'https://prod:6443',
      namespace: 'shop',
      ca: { file: '/home/me/.kube/pki/ca.crt' },
      clientCert: { data: 'Q0VSVA==' },
      clientKey: { file: '/abs/me.key' },
      insecureSkipTlsVerify: false,
      auth: { kind: 'none' },
    });
  });

  it('honours --context, tokens and insecure-skip-tls-verify', () => {
    expect(target([admin], 'lab')).toMatchObject({
      server: 'https://lab:6443',
      insecureSkipTlsVerify: true,
      auth: { kind: 'token', token: 't0k3n' },
    });
  });

  it('hands exec users to the full client', () => {
    expect(target([admin], 'sso').needsFullClient).toMatch(/exec/);
  });

  it('lets the first file win, for names and for current-context', () => {
    const override = {
      path: '/tmp/first.yaml',
      doc: {
        'current-context': 'lab',
        clusters: [{ name: 'lab', cluster: { server: 'https://lab-first:6443' } }],
      },
    };
    const t = target([override, admin]);
    expect(t.context).toBe('lab');
    expect(t.server).toBe('https://lab-first:6443');
    expect(t.auth).toEqual({ kind: 'token', token: 't0k3n' });
  });

  it('names an unknown context and lists the known ones', () => {
    expect(resolveTarget(mergeKubeconfigs([admin]), 'staging')).toEqual({
      problem: 'unknown-context',
      context: 'staging',
      contexts: ['prod', 'lab', 'sso', 'broken'],
    });
  });

  it('says when a context points at a cluster that is not there', () => {
    expect(resolveTarget(mergeKubeconfigs([admin]), 'broken')).toMatchObject({
      problem: 'incomplete',
      message: expect.stringContaining('"gone"'),
    });
  });

  it('reports no current context for an empty or odd document instead of throwing', () => {
    for (const doc of [null, 'text', [], { contexts: 'x' }]) {
      expect(resolveTarget(mergeKubeconfigs([{ path: '/k', doc }]))).toEqual({
        problem: 'no-current-context',
      });
    }
  });
});
