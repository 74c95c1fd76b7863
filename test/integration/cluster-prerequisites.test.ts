/** The cluster harness refuses to start without its tools, naming the Debian package for each. */
import { describe, expect, it } from 'vitest';
import { checkPrerequisites } from '../cluster/prerequisites.js';

describe('test cluster prerequisites', () => {
  it('passes on a machine prepared by .ci/run', async () => {
    await expect(checkPrerequisites()).resolves.toBeUndefined();
  });

  it.each([
    ['containerd', 'install containerd'],
    ['docker-registry', 'install docker-registry'],
    ['dnsmasq', 'install dnsmasq-base'],
    ['etcd', 'install etcd-server'],
  ])('fails loudly when %s is missing, saying to %s', async (tool, advice) => {
    // An empty PATH hides every tool; the message must list each with its package.
    const error = await checkPrerequisites('/nonexistent').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(`missing '${tool}': ${advice}`);
    expect(error?.message).toContain('run .ci/run once to install them');
  });
});
