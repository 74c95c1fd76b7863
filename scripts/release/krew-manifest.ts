/**
 * The krew manifest of a release, rendered from the release's facts (version, probe image, the
 * archives' sha256) so the text never drifts from the archives. Pure: the release build
 * (main.ts) feeds it and writes the file; a unit test checks the committed krew-manifest.yaml is
 * what this renders for the facts it carries.
 */
import yaml from 'js-yaml';
import {
  archiveName,
  binName,
  PLUGIN_NAME,
  RELEASE_BASE_URI,
  type ReleasePlatform,
} from './platforms.js';
import { NODE_VERSION } from './runtimes.js';

/** A release's archive for one platform, with its checksum. */
export interface ReleasedArchive {
  readonly platform: ReleasePlatform;
  readonly sha256: string;
  /** The files in the archive besides its executable, which krew copies next to it. */
  readonly extraFiles: readonly string[];
}

/** What the manifest is rendered from. */
export interface ManifestFacts {
  /** package.json's version, without the v. */
  readonly version: string;
  /** The probe image the release build pins as the default, by digest. */
  readonly probeImage: string;
  readonly archives: readonly ReleasedArchive[];
}

const HOMEPAGE = 'https://github.com/kubectl-imagepull/kubectl-imagepull';

function caveats(facts: ManifestFacts): string[] {
  return [
    'RBAC: `diagnose` and `explain` need get and list on pods, events, nodes, secrets and',
    'serviceaccounts (it says what it could not read and carries on); `diagnose WORKLOAD` and',
    '`check WORKLOAD` also get and list deployments, statefulsets, daemonsets, replicasets,',
    'controllerrevisions, jobs and cronjobs; `check` never writes. `reproduce` and `cleanup`',
    'also need create and delete on pods, jobs and secrets (get on pods/log) in the probe',
    'namespace (--probe-namespace).',
    '',
    '`reproduce` launches a privileged probe pod (host network, the runtime socket, the host',
    'read-only at /host) on the node it checks, from this image, pinned by digest:',
    `  ${facts.probeImage}`,
    'To use a mirrored copy, pass --probe-image or set KUBECTL_IMAGEPULL_PROBE_IMAGE.',
    '',
    `The plugin is one executable carrying its own Node.js runtime (v${NODE_VERSION}); nothing`,
    'else needs installing.',
  ];
}

/** Indents every non-empty line of `lines` by `spaces`. */
function block(lines: readonly string[], spaces: number): string {
  const pad = ' '.repeat(spaces);
  return lines.map((l) => (l === '' ? '' : pad + l)).join('\n');
}

/** The manifest's text for `facts`, byte for byte what the release writes. */
export function renderKrewManifest(facts: ManifestFacts): string {
  const tag = `v${facts.version}`;
  const platforms = facts.archives.map((a) =>
    [
      '- selector:',
      '    matchLabels:',
      `      os: ${a.platform.os}`,
      `      arch: ${a.platform.arch}`,
      `  uri: ${RELEASE_BASE_URI}/${tag}/${archiveName(facts.version, a.platform)}`,
      `  sha256: '${a.sha256}'`,
      '  files:',
      ...[binName(a.platform), ...a.extraFiles].flatMap((f) => [`    - from: ${f}`, '      to: .']),
      `  bin: ${binName(a.platform)}`,
    ].join('\n'),
  );
  return `${[
    '# krew plugin manifest for kubectl-imagepull, written by `npm run release`',
    '# (scripts/release/krew-manifest.ts): edit the generator, not this file.',
    'apiVersion: krew.googlecontainertools.github.com/v1alpha2',
    'kind: Plugin',
    'metadata:',
    `  name: ${PLUGIN_NAME}`,
    'spec:',
    `  version: ${tag}`,
    `  homepage: ${HOMEPAGE}`,
    '  shortDescription: Find out why a pod cannot pull its image',
    '  description: |',
    block(
      [
        'Turns ImagePullBackOff into a named cause, the evidence for it and the exact fix.',
        'Reads the pod, its events, service account and pull secrets, can ask the registry',
        'whether the image exists, and can reproduce the pull on the node itself to tell',
        'registry and network problems apart from credential problems.',
      ],
      4,
    ),
    '  caveats: |',
    block(caveats(facts), 4),
    '  platforms:',
    block(platforms.join('\n').split('\n'), 4),
  ].join('\n')}\n`;
}

/** The facts a manifest was rendered from, read back from its text (for the in-step check). */
export function readManifestFacts(
  text: string,
  platforms: readonly ReleasePlatform[],
): ManifestFacts {
  const doc = yaml.load(text) as {
    spec: {
      version: string;
      caveats: string;
      platforms: {
        selector: { matchLabels: { os: string; arch: string } };
        sha256: string;
        files: { from: string }[];
      }[];
    };
  };
  const probeImage = /^\s+(\S+@sha256:[0-9a-f]{64})$/m.exec(doc.spec.caveats)?.[1];
  if (!probeImage) throw new Error('the manifest caveats name no probe image pinned by digest');
  return {
    version: doc.spec.version.replace(/^v/, ''),
    probeImage,
    archives: doc.spec.platforms.map((entry) => {
      const { os, arch } = entry.selector.matchLabels;
      const platform = platforms.find((p) => p.os === os && p.arch === arch);
      if (!platform)
        throw new Error(`the manifest lists ${os}/${arch}, which the release does not build`);
      return {
        platform,
        sha256: entry.sha256,
        extraFiles: entry.files.map((f) => f.from).filter((f) => f !== binName(platform)),
      };
    }),
  };
}
