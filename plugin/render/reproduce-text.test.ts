import { describe, expect, it } from 'vitest';
import type { NodeVerdict, ReproduceResult } from '../../shared/probe/verdict.js';
import { paletteFor } from './colour.js';
import { reproduceText } from './reproduce-text.js';

const node = (name: string, checks: NodeVerdict['checks']): NodeVerdict => ({
  node: name,
  domain: 'network',
  cause: 'dns',
  summary: `${name} resolves registry.cdn.test but not blobs.cdn.test`,
  evidence: ['lookup blobs.cdn.test: no such host'],
  checks,
});

const result = (nodes: NodeVerdict[]): ReproduceResult => ({
  apiVersion: 'imagepull.kubectl.dev/v1alpha1',
  kind: 'ReproduceResult',
  image: 'registry.cdn.test/kip/app:v1',
  credentials: 'none',
  nodes,
  summary: 'fails on every node (dns): not node-specific',
});

describe('reproduce as text', () => {
  it('shows the blob host column only when a registry redirected layer downloads', () => {
    const plainText = paletteFor({ isTTY: false, write: () => true }, {});
    const without = reproduceText(result([node('node-1', { dns: 'ok', tcp: 'ok' })]), plainText);
    expect(without).not.toContain('BLOB DNS');
    const withBlob = reproduceText(
      result([node('node-1', { dns: 'ok', blobDns: 'failed', tcp: 'ok' })]),
      plainText,
    );
    const [header, row] = withBlob.split('\n').filter((l) => /^(NODE|node-1)/.test(l));
    expect(header).toMatch(/^NODE\s+DNS\s+BLOB DNS\s+TCP/);
    expect(row).toMatch(/^node-1\s+ok\s+FAIL\s+ok/);
    expect(withBlob).toContain('evidence lookup blobs.cdn.test: no such host');
  });

  it('names the runtime and its CRI conditions, spelling out one that is false', () => {
    const plainText = paletteFor({ isTTY: false, write: () => true }, {});
    const text = reproduceText(
      result([
        {
          ...node('node-3', { dns: 'ok' }),
          runtime: {
            name: 'cri-o',
            version: '1.36.1',
            endpoint: 'unix:///var/run/crio/crio.sock',
            conditions: [
              { type: 'RuntimeReady', status: true },
              { type: 'NetworkReady', status: false, reason: 'NetworkPluginNotReady' },
            ],
          },
        },
      ]),
      plainText,
    );
    expect(text).toContain(
      '  runtime cri-o 1.36.1 (RuntimeReady, NetworkReady=false (NetworkPluginNotReady))',
    );
  });
});
