/**
 * The probe's pod path for kubelet credential providers, on real processes: a process that looks
 * like a kubelet (command name `kubelet`, the provider flags, an environment of its own) is found in
 * /proc, its config read, and a real plugin script run through a real chroot(8) with the
 * kubelet's environment, the config's args and env, and the request on stdin. The host root is
 * this machine's `/`, as it is for a probe pod on a node.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredentialProviders } from '../../probe/checks/credential-provider.js';
import { findCredentialProviders } from '../../probe/node/credential-providers.js';
import { HostFs } from '../../probe/node/host-fs.js';
import { findKubelet } from '../../probe/node/kubelet-process.js';
import { parseImageReference, type ImageReference } from '../../shared/image-reference.js';
import { runScript } from '../../shared/probe/node-commands.js';

const REPO = 'registry.kip-it.test:5000/team';
const PASSWORD = 'Provider-Pa55-Only-In-Memory';

let dir: string;
let kubelet: ChildProcess;
const host = new HostFs('/');

const ref = (text: string): ImageReference => {
  const parsed = parseImageReference(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.ref;
};

// Answers only when the kubelet's environment, the config's env and args all arrived, and echoes
// what it was asked for in the username, so the test sees the request the plugin read.
const PLUGIN = `#!/bin/sh
[ "$KIP_FROM_KUBELET" = yes ] || { echo "no kubelet environment" >&2; exit 3; }
[ "$KIP_FROM_CONFIG" = yes ] || { echo "no provider env" >&2; exit 3; }
[ "$1" = --key ] || { echo "no args" >&2; exit 3; }
request=$(cat)
case "$request" in
  *'-fail"'*) echo "simulated outage" >&2; exit 1 ;;
esac
image=$(printf '%s' "$request" | sed 's/.*"image":"\\([^"]*\\)".*/\\1/')
printf '{"apiVersion":"credentialprovider.kubelet.k8s.io/v1","kind":"CredentialProviderResponse","cacheKeyType":"Registry","auth":{"%s":{"username":"asked-%s","password":"${PASSWORD}"}}}' "$2" "$image"
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kip-provider-'));
  await writeFile(path.join(dir, 'it-provider'), PLUGIN, { mode: 0o755 });
  await writeFile(
    path.join(dir, 'config.yaml'),
    `apiVersion: kubelet.config.k8s.io/v1
kind: CredentialProviderConfig
providers:
  - name: it-provider
    matchImages: ["${REPO}"]
    defaultCacheDuration: 1m
    apiVersion: credentialprovider.kubelet.k8s.io/v1
    args: [--key, "${REPO}"]
    env: [{name: KIP_FROM_CONFIG, value: "yes"}]
`,
  );
  // A shell started through a symlink named kubelet: /proc/PID/comm says kubelet, as for the real
  // binary. The trailing `:` keeps sh from exec'ing sleep.
  await symlink('/bin/sh', path.join(dir, 'kubelet'));
  kubelet = spawn(
    path.join(dir, 'kubelet'),
    [
      '-c',
      'sleep 300; :',
      'kubelet',
      '--image-credential-provider-config',
      `${dir}/config.yaml`,
      `--image-credential-provider-bin-dir=${dir}`,
    ],
    {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', KIP_FROM_KUBELET: 'yes' },
      stdio: 'ignore',
    },
  );
  await new Promise((r) => setTimeout(r, 300));
});

afterAll(async () => {
  kubelet?.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the kubelet process', () => {
  it('is found in /proc with its argv and environment', async () => {
    const found = await findKubelet(host);
    expect(found?.pid).toBe(kubelet.pid);
    expect(found?.argv).toContain(`--image-credential-provider-bin-dir=${dir}`);
    expect(found?.environ?.KIP_FROM_KUBELET).toBe('yes');
  });

  it('names the provider config and plugin dir from its argv', async () => {
    const setup = await findCredentialProviders(host);
    expect(setup.flagsFrom).toBe(`kubelet PID ${kubelet.pid}`);
    expect(setup.binDir).toBe(dir);
    expect(setup.lines).toEqual([`${dir}/config.yaml: it-provider [${REPO}] (plugins in ${dir})`]);
  });
});

describe('running the provider through chroot', () => {
  it('returns its credentials for the image, reporting only the registry key', async () => {
    const setup = await findCredentialProviders(host);
    const run = await checkCredentialProviders(host, setup, ref(`${REPO}/app:v1`), 10_000);
    expect(run?.result).toMatchObject({
      status: 'ok',
      detail: {
        usedKey: REPO,
        providers: [
          { name: 'it-provider', status: 'ok', registries: [REPO], cacheKeyType: 'Registry' },
        ],
      },
    });
    // The plugin saw the image the way the kubelet sends it: no tag.
    expect(run?.auth).toEqual({ username: `asked-${REPO}/app`, password: PASSWORD });
    expect(JSON.stringify(run?.result)).not.toContain(PASSWORD);
  });

  it("fails with the plugin's first stderr line when it exits non-zero", async () => {
    const setup = await findCredentialProviders(host);
    const run = await checkCredentialProviders(host, setup, ref(`${REPO}/app-fail:v1`), 10_000);
    expect(run?.result).toMatchObject({
      status: 'failed',
      error: 'it-provider exited with 1: simulated outage',
    });
    expect(run?.auth).toBeUndefined();
  });

  it('runs nothing for an image outside matchImages', async () => {
    const setup = await findCredentialProviders(host);
    expect(
      await checkCredentialProviders(host, setup, ref('quay.io/app:v1'), 10_000),
    ).toBeUndefined();
  });

  it('kills a plugin that outlives the check deadline', async () => {
    const slow = path.join(dir, 'slow');
    await writeFile(slow, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    // Settling at all (within the test's own timeout) shows the 30 s sleep was cut short.
    await expect(
      host.run(slow, [], { env: {}, stdin: '', signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('the script reproduce --via ssh sends to the node shell (sh -s)', () => {
  it('exports the environment and feeds stdin, with hostile values kept literal', () => {
    const script = runScript(
      'sh',
      ['-c', 'printf "%s|%s|%s|" "$V" "$W" "$1"; cat', 'sh', "a'b $HOME"],
      { V: "it's $(reboot)", W: 'two\nlines' },
      '{"image":"reg.io/app"}',
    );
    const out = execFileSync('sh', ['-s'], { input: script, env: { PATH: '/usr/bin:/bin' } });
    expect(out.toString()).toBe(`it's $(reboot)|two\nlines|a'b $HOME|{"image":"reg.io/app"}\n`);
  });
});
