/** The krew manifest generator, and the repository's krew-manifest.yaml kept in step with it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readManifestFacts, renderKrewManifest, type ManifestFacts } from './krew-manifest.js';
import { RELEASE_PLATFORMS } from './platforms.js';

const root = path.resolve(import.meta.dirname, '../..');
const committed = readFileSync(path.join(root, 'krew-manifest.yaml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};

const PROBE = `ghcr.io/kubectl-imagepull/imagepull-probe:v1.2.3@sha256:${'a'.repeat(64)}`;
const facts: ManifestFacts = {
  version: '1.2.3',
  probeImage: PROBE,
  archives: RELEASE_PLATFORMS.map((platform, i) => ({
    platform,
    sha256: String(i).repeat(64),
    extraFiles: ['LICENSE', 'LICENSE-nodejs'],
  })),
};

describe('renderKrewManifest', () => {
  const doc = yaml.load(renderKrewManifest(facts)) as {
    apiVersion: string;
    kind: string;
    metadata: { name: string };
    spec: {
      version: string;
      caveats: string;
      platforms: {
        selector: { matchLabels: Record<string, string> };
        uri: string;
        sha256: string;
        bin: string;
      }[];
    };
  };

  it('is a krew v1alpha2 Plugin named imagepull at the release tag', () => {
    expect(doc.apiVersion).toBe('krew.googlecontainertools.github.com/v1alpha2');
    expect(doc.kind).toBe('Plugin');
    expect(doc.metadata.name).toBe('imagepull');
    expect(doc.spec.version).toBe('v1.2.3');
  });

  it('lists each platform with its selector, archive uri, sha256 (as a string) and bin', () => {
    expect(doc.spec.platforms.map((p) => p.selector.matchLabels)).toEqual(
      RELEASE_PLATFORMS.map((p) => ({ os: p.os, arch: p.arch })),
    );
    expect(doc.spec.platforms[1]!.uri).toBe(
      'https://github.com/kubectl-imagepull/kubectl-imagepull/releases/download/v1.2.3/kubectl-imagepull_v1.2.3_linux_arm64.tar.gz',
    );
    expect(doc.spec.platforms.map((p) => p.sha256)).toEqual(facts.archives.map((a) => a.sha256));
    expect(doc.spec.platforms.map((p) => p.bin)).toEqual(
      RELEASE_PLATFORMS.map((p) =>
        p.os === 'windows' ? 'kubectl-imagepull.exe' : 'kubectl-imagepull',
      ),
    );
    expect(doc.spec.platforms.map((p) => p.uri.split('_').at(-1))).toEqual([
      'amd64.tar.gz',
      'arm64.tar.gz',
      'amd64.tar.gz',
      'arm64.tar.gz',
      'amd64.zip',
      'arm64.zip',
    ]);
  });

  it('covers linux, darwin and windows on amd64 and arm64', () => {
    expect(
      doc.spec.platforms.map((p) => `${p.selector.matchLabels.os}/${p.selector.matchLabels.arch}`),
    ).toEqual([
      'linux/amd64',
      'linux/arm64',
      'darwin/amd64',
      'darwin/arm64',
      'windows/amd64',
      'windows/arm64',
    ]);
  });

  it('names the RBAC and the pinned probe image in the caveats, and asks for no Node.js', () => {
    for (const resource of ['pods', 'events', 'nodes', 'secrets', 'serviceaccounts', 'jobs'])
      expect(doc.spec.caveats).toContain(resource);
    expect(doc.spec.caveats).toContain(`  ${PROBE}\n`);
    expect(doc.spec.caveats).toContain('KUBECTL_IMAGEPULL_PROBE_IMAGE');
    expect(doc.spec.caveats).not.toMatch(/Node\.js >=|on your PATH|install Node/);
    expect(doc.spec.caveats).toContain('carrying its own Node.js runtime');
  });

  it('reads back the facts it was rendered from', () => {
    expect(readManifestFacts(renderKrewManifest(facts), RELEASE_PLATFORMS)).toEqual(facts);
  });
});

describe('the repository krew-manifest.yaml', () => {
  it('is what the generator renders for its own archives and probe image (rerun `npm run release`)', () => {
    expect(committed).toBe(renderKrewManifest(readManifestFacts(committed, RELEASE_PLATFORMS)));
  });

  it("is for package.json's version", () => {
    expect(readManifestFacts(committed, RELEASE_PLATFORMS).version).toBe(pkg.version);
  });

  it('covers every platform the release builds', () => {
    expect(readManifestFacts(committed, RELEASE_PLATFORMS).archives.map((a) => a.platform)).toEqual(
      RELEASE_PLATFORMS,
    );
  });
});
