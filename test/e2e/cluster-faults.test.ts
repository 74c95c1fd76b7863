/**
 * The harness's fault injection and special registries, checked through the real crictl on each
 * node: every fault yields the runtime's own wording, on the faulted node only.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo, ClusterNode } from '../cluster/cluster-info.js';
import {
  blackholeEgress,
  clearImagefs,
  crictlOnNode,
  fillImagefs,
  restoreEgress,
} from '../cluster/faults.js';
import { REGISTRIES } from '../cluster/layout.js';
import { PAUSE_REF } from '../cluster/images/build-images.js';
import { cluster } from './support/kube.js';

let info: ClusterInfo;
let node1: ClusterNode;
let node2: ClusterNode;

beforeAll(async () => {
  info = await cluster();
  [node1, node2] = info.nodes as [ClusterNode, ClusterNode];
});

afterEach(async () => {
  await restoreEgress(node2);
  await clearImagefs(node2);
});

function pull(node: ClusterNode, image: string): Promise<string> {
  return crictlOnNode(node, info.crictl, ['pull', image]);
}

function registry(id: string): string {
  const reg = REGISTRIES.find((r) => r.id === id);
  if (!reg) throw new Error(`no registry ${id}`);
  return reg.port === 443 ? reg.host : `${reg.host}:${reg.port}`;
}

describe('registries and faults as the node runtime sees them', () => {
  it.each([
    ['429 front', `${registry('limited')}/kip/app:v1.4.1`, /429 Too Many Requests/],
    [
      'untrusted TLS',
      `${registry('untrusted')}/kip/app:v1.4.1`,
      /x509: certificate signed by unknown authority/,
    ],
    [
      'arm64-only index',
      `${registry('plain')}/kip/arm-only:v1`,
      /no match for platform in manifest/,
    ],
    ['nothing listening', 'registry.down.test/kip/app:v1.4.1', /connect: connection refused/],
    ['unknown name', 'registry.nowhere.test/kip/app:v1.4.1', /no such host/],
    ['missing repository', `${registry('plain')}/kip/nope:v1`, /not found/],
    [
      'blobs redirected to an unknown host',
      `${registry('cdn')}/kip/app:latest`,
      /blobs\.cdn\.test.*no such host/,
    ],
  ])('%s: %s fails with the runtime wording', async (_name, image, wording) => {
    expect(await pull(node1, image)).toMatch(wording);
  });

  it('pulls a multi-platform index for the node architecture', async () => {
    expect(await pull(node1, `${registry('plain')}/kip/multi:v1`)).toMatch(/Image is up to date/);
  });

  it('times out on node-2 only when its egress to the registry is blackholed', async () => {
    const plain = REGISTRIES.find((r) => r.id === 'plain')!;
    await blackholeEgress(node2, plain.address);
    const image = `${registry('plain')}/kip/app:v1.0.0`;
    expect(await pull(node2, image)).toMatch(/i\/o timeout|context deadline exceeded/);
    expect(await pull(node1, image)).toMatch(/Image is up to date/);
    // diagnose-scenarios' Never-policy pod needs this image absent from node-1.
    await crictlOnNode(node1, info.crictl, ['rmi', image]);
  });

  it('fails with "no space left on device" on node-2 only when its imagefs is full', async () => {
    // Room for part of the layer only, and above the kubelet's eviction threshold: a pull racing
    // with a DiskPressure reclaim stalled until crictl gave up instead of failing.
    await fillImagefs(node2, 'enospc');
    const image = `${registry('plain')}/kip/big:v1`;
    expect(await pull(node2, image)).toMatch(/no space left on device/);
    expect(await pull(node1, image)).toMatch(/Image is up to date/);
    await crictlOnNode(node1, info.crictl, ['rmi', image]);
  });

  it('gives node-2 back whole after the imagefs fault, even if DiskPressure reclaimed its images', async () => {
    await fillImagefs(node2, 'brim');
    // Long enough for the eviction manager (10 s period) to see the pressure and reclaim images.
    await new Promise((r) => setTimeout(r, 25_000));
    await clearImagefs(node2);
    const images = await crictlOnNode(node2, info.crictl, ['images']);
    expect(images).toContain(PAUSE_REF.split(':')[0]);
    if (info.probeImage) expect(images).toContain(info.probeImage.split(':')[0]);
  });
});
