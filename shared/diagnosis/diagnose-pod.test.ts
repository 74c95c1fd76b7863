import { describe, expect, it } from 'vitest';
import type { Cause, Confidence } from '../causes.js';
import { diagnosePod } from './diagnose-pod.js';
import type { PodEvidence } from './evidence.js';
import { aPod, DEFAULT_IMAGE, NOW, pullFailed } from './testing/evidence-builders.js';
import type { ContainerVerdict } from './verdict.js';

const POD = 'app-7d9f8c6b5-x2x4z';
const REPRODUCE = `kubectl imagepull reproduce --node node-a --pod shop/${POD}`;
const CONTAINERD = 'rpc error: code = Unknown desc = failed to pull and unpack image';
const unpack = (error: string) => `${CONTAINERD} "${DEFAULT_IMAGE}": ${error}`;
const failedPull = (error: string) => ({ message: pullFailed(DEFAULT_IMAGE, unpack(error)) });

/** One scenario and what the verdict for its only failing container must say. */
interface CauseCase {
  readonly name: string;
  readonly pod: () => PodEvidence;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly summary?: readonly string[];
  readonly evidence?: readonly string[];
  /** Substrings of the first fix's command. */
  readonly firstFix?: readonly string[];
  readonly reproduce?: boolean;
}

function onlyVerdict(evidence: PodEvidence): ContainerVerdict {
  const diagnosis = diagnosePod(evidence, NOW);
  expect(diagnosis.healthy).toBe(false);
  expect(diagnosis.containers).toHaveLength(1);
  return diagnosis.containers[0]!;
}

const CASES: readonly CauseCase[] = [
  {
    name: 'not-found from a bare gRPC NotFound stays medium without the registry',
    pod: () =>
      aPod(POD)
        .waiting('ErrImagePull')
        .withEvent({ message: pullFailed(DEFAULT_IMAGE, 'rpc error: code = NotFound desc = x') })
        .build(),
    cause: 'not-found',
    confidence: 'medium',
    summary: ['team/app:1.4.2 does not exist in registry.example.com'],
  },
  {
    name: 'not-found confirmed by the registry is high and offers the closest tag',
    pod: () =>
      aPod(POD)
        .waiting('ErrImagePull')
        .withEvent({ message: pullFailed(DEFAULT_IMAGE, 'rpc error: code = NotFound desc = x') })
        .registry('app', {
          kind: 'not-found',
          what: 'tag',
          closestTags: ['1.4.1', '1.4.0'],
          evidence: 'tag 1.4.2 is not in team/app',
        })
        .build(),
    cause: 'not-found',
    confidence: 'high',
    summary: ['(did you mean 1.4.1?)'],
    evidence: ['seen from this machine: tag 1.4.2 is not in team/app'],
    firstFix: [`kubectl -n shop set image pod/${POD} app=registry.example.com/team/app:1.4.1`],
  },
  {
    name: 'rate-limit on Docker Hub',
    pod: () =>
      aPod(POD)
        .container('web', 'nginx:1.25')
        .waiting('ErrImagePull')
        .withEvent({
          message: pullFailed(
            'nginx:1.25',
            'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
          ),
        })
        .build(),
    cause: 'rate-limit',
    confidence: 'high',
    summary: ['docker.io is rate-limiting pulls'],
    firstFix: ['create secret docker-registry regcred --docker-server=https://index.docker.io/v1/'],
  },
  {
    name: 'dns names the node and the host it cannot resolve',
    pod: () =>
      aPod(POD)
        .onNode('node-a')
        .waiting('ErrImagePull')
        .withEvent(
          failedPull(
            'failed to resolve reference: failed to do request: Head "https://registry.example.com/v2/team/app/manifests/1.4.2": dial tcp: lookup registry.example.com on 10.0.0.2:53: no such host',
          ),
        )
        .build(),
    cause: 'dns',
    confidence: 'high',
    summary: ['node-a cannot resolve registry.example.com', '10.0.0.2:53'],
    firstFix: [REPRODUCE],
    reproduce: true,
  },
  {
    name: 'network names the address that timed out',
    pod: () =>
      aPod(POD)
        .waiting('ErrImagePull')
        .withEvent(failedPull('dial tcp 203.0.113.10:443: i/o timeout'))
        .build(),
    cause: 'network',
    confidence: 'high',
    summary: ['node-a cannot reach 203.0.113.10:443'],
    reproduce: true,
  },
  {
    name: 'tls suggests a containerd certs.d entry for the host',
    pod: () =>
      aPod(POD)
        .waiting('ErrImagePull')
        .withEvent(
          failedPull(
            'tls: failed to verify certificate: x509: certificate signed by unknown authority',
          ),
        )
        .build(),
    cause: 'tls',
    confidence: 'high',
    summary: ["node-a does not trust registry.example.com's TLS certificate"],
    firstFix: ['/etc/containerd/certs.d/registry.example.com/hosts.toml', 'ca = '],
    reproduce: true,
  },
  {
    name: 'platform shows the node architecture and the platforms on offer',
    pod: () =>
      aPod(POD)
        .onNode('node-arm', { architecture: 'arm64' })
        .waiting('ErrImagePull')
        .withEvent(failedPull('no match for platform in manifest: not found'))
        .registry('app', { kind: 'exists', platforms: ['linux/amd64'] })
        .build(),
    cause: 'platform',
    confidence: 'high',
    summary: ['team/app:1.4.2 has no image for linux/arm64'],
    evidence: [
      'node node-arm is linux/arm64',
      'seen from this machine: the image exists (platforms: linux/amd64)',
    ],
  },
  {
    name: 'disk with DiskPressure on the node',
    pod: () =>
      aPod(POD)
        .onNode('node-a', { diskPressure: true })
        .waiting('ErrImagePull')
        .withEvent(
          failedPull(
            'failed to extract layer sha256:abc: write /var/lib/containerd/x: no space left on device',
          ),
        )
        .build(),
    cause: 'disk',
    confidence: 'high',
    summary: ['node-a has no space left for the image'],
    evidence: ['node node-a has condition DiskPressure=True'],
    firstFix: ['crictl rmi --prune'],
    reproduce: true,
  },
  {
    name: 'DiskPressure turns a bare back-off into a (low) disk guess',
    pod: () =>
      aPod(POD)
        .onNode('node-a', { diskPressure: true })
        .waiting('ImagePullBackOff', `Back-off pulling image "${DEFAULT_IMAGE}"`)
        .build(),
    cause: 'disk',
    confidence: 'low',
    evidence: ['node node-a has condition DiskPressure=True'],
  },
  {
    name: 'invalid-reference puts the parser reason first',
    pod: () =>
      aPod(POD)
        .container('app', 'registry.example.com/Team/App:1.0')
        .waiting(
          'InvalidImageName',
          'Failed to apply default image tag "registry.example.com/Team/App:1.0": couldn\'t parse image reference: invalid reference format: repository name must be lowercase',
        )
        .build(),
    cause: 'invalid-reference',
    confidence: 'high',
    summary: ['the image reference "registry.example.com/Team/App:1.0" is not valid'],
    firstFix: [`set image pod/${POD} app=<valid-reference>`],
  },
  {
    name: 'never-pull patches the policy',
    pod: () =>
      aPod(POD)
        .container('app', DEFAULT_IMAGE, { policy: 'Never' })
        .waiting(
          'ErrImageNeverPull',
          `Container image "${DEFAULT_IMAGE}" is not present with pull policy of Never`,
        )
        .build(),
    cause: 'never-pull',
    confidence: 'high',
    summary: [`imagePullPolicy is Never and ${DEFAULT_IMAGE} is not on node-a`],
    firstFix: ['{"spec":{"containers":[{"name":"app","imagePullPolicy":"IfNotPresent"}]}}'],
  },
  {
    name: 'unknown when only "Back-off pulling image" is known',
    pod: () =>
      aPod(POD).waiting('ImagePullBackOff', `Back-off pulling image "${DEFAULT_IMAGE}"`).build(),
    cause: 'unknown',
    confidence: 'low',
    summary: ['the events do not say why'],
    firstFix: [REPRODUCE],
    reproduce: true,
  },
];

describe('diagnosePod: one cause per scenario', () => {
  it.each(CASES)('$name', (c) => {
    const verdict = onlyVerdict(c.pod());
    expect(verdict.cause).toBe(c.cause);
    expect(verdict.confidence).toBe(c.confidence);
    for (const part of c.summary ?? []) expect(verdict.summary).toContain(part);
    const lines = verdict.evidence.map((l) => l.text);
    for (const part of c.evidence ?? []) expect(lines).toContain(part);
    for (const part of c.firstFix ?? []) expect(verdict.fixes[0]?.command).toContain(part);
    if (c.reproduce !== undefined) expect(verdict.reproduce !== undefined).toBe(c.reproduce);
  });

  it('ends every fix list but unknown with the retry command', () => {
    for (const c of CASES) {
      const last = onlyVerdict(c.pod()).fixes.at(-1);
      if (c.cause === 'unknown') expect(last?.command).toBe(REPRODUCE);
      else expect(last?.command).toBe(`kubectl -n shop delete pod ${POD}`);
    }
  });

  it('puts the reference parser reason first in the evidence of an invalid image', () => {
    const verdict = onlyVerdict(CASES.find((c) => c.cause === 'invalid-reference')!.pod());
    expect(verdict.evidence[0]?.source).toBe('reference');
    expect(verdict.evidence[0]?.text).toMatch(/^registry\.example\.com\/Team\/App:1\.0: /);
  });
});
