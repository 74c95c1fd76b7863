import { describe, expect, it } from 'vitest';
import type { Cause, Confidence } from '../causes.js';
import { diagnosePod } from './diagnose-pod.js';
import type { PodEvidence } from './evidence.js';
import {
  aPod,
  DEFAULT_IMAGE,
  dockerConfigSecret,
  NOW,
  opaqueSecret,
  pullFailed,
  undecodableSecret,
} from './testing/evidence-builders.js';
import type { ContainerVerdict } from './verdict.js';

const UNAUTHORIZED = pullFailed(
  DEFAULT_IMAGE,
  'rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: pulling from host registry.example.com failed with status code [manifests 1.4.2]: 401 Unauthorized',
);
const HUB_IMAGE = 'acme/private-app:2.0';
const HUB_DENIED = pullFailed(
  HUB_IMAGE,
  "Error response from daemon: pull access denied for acme/private-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
);
const MISSING_SECRET_EVENT = {
  reason: 'FailedToRetrieveImagePullSecret',
  message:
    'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
};

/** A pod whose only container fails with a 401 from registry.example.com. */
const refused = () => aPod().waiting('ErrImagePull').withEvent({ message: UNAUTHORIZED });
/** A Docker Hub pod that gets "pull access denied". */
const denied = () =>
  aPod().container('app', HUB_IMAGE).waiting('ErrImagePull').withEvent({ message: HUB_DENIED });

interface CredentialCase {
  readonly name: string;
  readonly pod: () => PodEvidence;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly summary?: readonly string[];
  /** Substrings of some fix's description or command. */
  readonly fix?: readonly string[];
}

const CASES: readonly CredentialCase[] = [
  {
    name: 'auth with no pull secret at all',
    pod: () => refused().build(),
    cause: 'auth',
    confidence: 'high',
    summary: ['registry.example.com refused the pull: the pod has no pull secret'],
    fix: [
      'kubectl -n shop create secret docker-registry regcred --docker-server=registry.example.com ',
      `kubectl -n shop patch serviceaccount default -p '{"imagePullSecrets":[{"name":"regcred"}]}'`,
    ],
  },
  {
    name: 'auth with an Opaque secret the kubelet ignores',
    pod: () =>
      refused()
        .withPullSecret('regcred', opaqueSecret('registry.example.com', 'ci', 'hunter2'))
        .build(),
    cause: 'auth',
    confidence: 'high',
    summary: ['secret regcred: wrong-type', 'Opaque'],
    fix: ['secret regcred is not a docker-registry secret (the kubelet ignores it)'],
  },
  {
    name: 'auth with a secret keyed to the host without the port',
    pod: () =>
      aPod()
        .container('app', 'registry.example.com:5000/team/app:1.4.2')
        .waiting('ErrImagePull')
        .withEvent({ message: UNAUTHORIZED })
        .withPullSecret('regcred', dockerConfigSecret('registry.example.com', 'ci', 'hunter2'))
        .build(),
    cause: 'auth',
    confidence: 'high',
    summary: ['registry.example.com:5000 refused the pull', 'the port must match'],
    fix: [
      '--docker-server=registry.example.com:5000 ',
      '--dry-run=client -o yaml | kubectl apply -f -',
    ],
  },
  {
    name: 'auth with a matching entry the registry rejects (wrong password)',
    pod: () =>
      refused()
        .withPullSecret('regcred', dockerConfigSecret('registry.example.com', 'ci', 'hunter2'))
        .registry('app', {
          kind: 'unauthorized',
          evidence: '401 with these credentials',
          withCredentials: true,
        })
        .build(),
    cause: 'auth',
    confidence: 'high',
    summary: [
      'secret regcred has credentials for registry.example.com, and the registry rejects them',
    ],
    fix: ['secret regcred has credentials for registry.example.com but the registry rejects them'],
  },
  {
    name: 'secret-missing: a referenced secret is absent and the registry says 401',
    pod: () =>
      refused().withPodEvent(MISSING_SECRET_EVENT).withPullSecret('regcred', 'missing').build(),
    cause: 'secret-missing',
    confidence: 'high',
    summary: ["does not exist in the pod's namespace", 'not found in namespace shop'],
    fix: ["secret regcred does not exist in the pod's namespace"],
  },
  {
    name: 'secret-missing with the secret present in another namespace',
    pod: () =>
      refused()
        .withPodEvent(MISSING_SECRET_EVENT)
        .withPullSecret('regcred', 'missing')
        .secretElsewhere('regcred', 'build')
        .build(),
    cause: 'secret-missing',
    confidence: 'high',
    summary: ['exists in namespace build, but secrets never cross namespaces'],
    fix: [
      'copy secret regcred from namespace build into shop',
      'kubectl -n build get secret regcred -o yaml | sed',
      '| kubectl -n shop apply -f -',
    ],
  },
  {
    name: 'auth-or-not-found stays ambiguous without the registry',
    pod: () => denied().build(),
    cause: 'auth-or-not-found',
    confidence: 'medium',
    summary: ['docker.io says the repository does not exist or needs credentials'],
  },
  {
    name: 'auth-or-not-found settled as not-found by the registry',
    pod: () =>
      denied()
        .registry('app', {
          kind: 'not-found',
          what: 'repository',
          closestTags: [],
          evidence: 'repository acme/private-app does not exist',
        })
        .build(),
    cause: 'not-found',
    confidence: 'medium',
    summary: ['acme/private-app:2.0 does not exist in docker.io'],
  },
  {
    name: 'auth-or-not-found settled as auth by the registry',
    pod: () =>
      denied()
        .registry('app', {
          kind: 'unauthorized',
          evidence: '401 without credentials',
          withCredentials: false,
        })
        .build(),
    cause: 'auth',
    confidence: 'medium',
    summary: ['docker.io refused the pull: the pod has no pull secret'],
    fix: ['--docker-server=https://index.docker.io/v1/'],
  },
  {
    name: "a secret that does not decode, with the kubelet's base64 error as the waiting reason",
    pod: () =>
      aPod()
        .waiting('illegal base64 data at input byte 0')
        .withPullSecret('regcred', undecodableSecret())
        .build(),
    cause: 'auth',
    confidence: 'high',
    summary: ['secret regcred: undecodable'],
    fix: ['secret regcred does not decode'],
  },
];

function onlyVerdict(evidence: PodEvidence): ContainerVerdict {
  const diagnosis = diagnosePod(evidence, NOW);
  expect(diagnosis.containers).toHaveLength(1);
  return diagnosis.containers[0]!;
}

describe('diagnosePod: credential causes', () => {
  it.each(CASES)('$name', (c) => {
    const verdict = onlyVerdict(c.pod());
    expect(verdict.cause).toBe(c.cause);
    expect(verdict.confidence).toBe(c.confidence);
    for (const part of c.summary ?? []) expect(verdict.summary).toContain(part);
    const fixes = verdict.fixes.map((f) => `${f.description}\n${f.command ?? ''}`).join('\n');
    for (const part of c.fix ?? []) expect(fixes).toContain(part);
  });

  it.each([
    { name: 'a secret for another registry', server: 'ghcr.io' },
    { name: 'a secret for this registry', server: 'registry.example.com' },
  ])('names the missing secret in a secret-missing summary, listed after $name', ({ server }) => {
    const verdict = onlyVerdict(
      refused()
        .withPullSecret('other', dockerConfigSecret(server, 'ci', 'hunter2'))
        .withPullSecret('regcred', 'missing')
        .build(),
    );
    expect(verdict.cause).toBe('secret-missing');
    expect(verdict.summary).toContain('secret regcred: missing');
    expect(verdict.summary).not.toContain('rejects');
  });

  it('keeps secret findings out of the evidence for a missing tag', () => {
    const verdict = onlyVerdict(
      aPod()
        .waiting('ErrImagePull')
        .withEvent({ message: pullFailed(DEFAULT_IMAGE, 'manifest unknown') })
        .withPullSecret('ghcr', dockerConfigSecret('ghcr.io', 'ci', 'hunter2'))
        .build(),
    );
    expect(verdict.cause).toBe('not-found');
    expect(verdict.evidence.map((l) => l.source)).not.toContain('secret');
  });

  it('leaves a DNS failure alone even when a referenced secret is missing', () => {
    const verdict = onlyVerdict(
      aPod()
        .waiting('ErrImagePull')
        .withEvent({
          message: pullFailed(DEFAULT_IMAGE, 'dial tcp: lookup registry.example.com: no such host'),
        })
        .withPodEvent(MISSING_SECRET_EVENT)
        .withPullSecret('regcred', 'missing')
        .build(),
    );
    expect(verdict.cause).toBe('dns');
  });
});
