import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveUnderRoot } from './host-path.js';

// A host root on disk with the links real nodes have.
const root = mkdtempSync(path.join(os.tmpdir(), 'kip-host-root-'));
mkdirSync(path.join(root, 'run/crio'), { recursive: true });
mkdirSync(path.join(root, 'run/systemd/resolve'), { recursive: true });
mkdirSync(path.join(root, 'var'), { recursive: true });
mkdirSync(path.join(root, 'etc'), { recursive: true });
symlinkSync('/run', path.join(root, 'var/run'));
writeFileSync(path.join(root, 'run/systemd/resolve/stub-resolv.conf'), 'nameserver 127.0.0.53\n');
symlinkSync('../run/systemd/resolve/stub-resolv.conf', path.join(root, 'etc/resolv.conf'));
symlinkSync('/etc/loop-b', path.join(root, 'etc/loop-a'));
symlinkSync('/etc/loop-a', path.join(root, 'etc/loop-b'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveUnderRoot', () => {
  it.each([
    [
      'an absolute link (/var/run -> /run) inside the host root',
      '/var/run/crio/crio.sock',
      'run/crio/crio.sock',
    ],
    ['a relative link', '/etc/resolv.conf', 'run/systemd/resolve/stub-resolv.conf'],
    ['a path with no link', '/run/crio', 'run/crio'],
    ['a missing path, as written', '/etc/containerd/config.toml', 'etc/containerd/config.toml'],
    [
      '.. that cannot leave the root',
      '/../../etc/resolv.conf',
      'run/systemd/resolve/stub-resolv.conf',
    ],
  ])('follows %s', (_name, hostPath, expected) => {
    expect(resolveUnderRoot(root, hostPath)).toBe(path.join(root, expected));
  });

  it('gives up on a link loop instead of spinning', () => {
    expect(resolveUnderRoot(root, '/etc/loop-a')).toBe(path.join(root, 'etc/loop-a'));
  });
});
