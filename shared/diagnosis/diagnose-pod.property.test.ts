import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCause } from '../causes.js';
import { diagnosePod } from './diagnose-pod.js';
import type { PodEvidence, RegistryFacts, SecretFacts } from './evidence.js';
import {
  aPod,
  base64,
  dockerConfigSecret,
  NOW,
  rawSecret,
  secondsAgo,
} from './testing/evidence-builders.js';

const IMAGES = [
  'registry.example.com/team/app:1.4.2',
  'registry.example.com:5000/team/app@sha256:' + 'a'.repeat(64),
  'nginx',
  'acme/app:latest',
  'Registry/App:1',
  'https://registry.example.com/app:1',
  '',
];
const REASONS = [
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'RegistryUnavailable',
  'ImageInspectError',
  'SignatureValidationFailed',
  'illegal base64 data at input byte 0',
];
const FRAGMENTS = [
  'manifest unknown',
  '401 Unauthorized',
  'pull access denied, repository does not exist or may require authorization',
  'toomanyrequests',
  'dial tcp: lookup r.example on 10.0.0.2:53: no such host',
  'dial tcp 10.0.0.9:443: i/o timeout',
  'x509: certificate signed by unknown authority',
  'no match for platform in manifest: not found',
  'no space left on device',
  'Back-off pulling image "x"',
  'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
];

const image = fc.oneof(fc.constantFrom(...IMAGES), fc.string());
/** Real failure words, alone, inside noise, or noise alone. */
const message = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.tuple(fc.string(), fc.constantFrom(...FRAGMENTS), fc.string()).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const event = fc.record({
  reason: fc.oneof(
    fc.constantFrom('Failed', 'BackOff', 'FailedToRetrieveImagePullSecret'),
    fc.string(),
  ),
  message,
  fieldPath: fc.option(fc.constantFrom('spec.containers{app}', 'spec.initContainers{app}', 'x')),
  count: fc.integer({ min: -5, max: 100_000 }),
  lastSeen: fc.option(fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(secondsAgo), fc.string())),
});
const secretData = fc.dictionary(
  fc.constantFrom('.dockerconfigjson', '.dockercfg', 'other'),
  fc.oneof(
    fc.string(),
    fc.base64String(),
    fc.jsonValue().map((v) => base64(JSON.stringify(v))),
  ),
);
const secret: fc.Arbitrary<SecretFacts | 'missing' | 'forbidden'> = fc.oneof(
  fc.constantFrom('missing' as const, 'forbidden' as const),
  fc
    .tuple(
      fc.option(
        fc.constantFrom('kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg', 'Opaque'),
      ),
      secretData,
    )
    .map(([type, data]) => rawSecret(type ?? undefined, data)),
);
const registry: fc.Arbitrary<RegistryFacts | undefined> = fc.option(
  fc.constantFrom<RegistryFacts>(
    { kind: 'exists', platforms: ['linux/amd64'] },
    { kind: 'not-found', what: 'tag', closestTags: ['1.0'], evidence: 'no tag' },
    { kind: 'unauthorized', evidence: '401', withCredentials: true },
    { kind: 'rate-limited', evidence: '429' },
    { kind: 'unreachable', evidence: 'timeout', failure: 'timeout' },
    { kind: 'skipped', why: '--no-registry' },
  ),
  { nil: undefined },
);

const scenario = fc.record({
  image,
  reason: fc.option(fc.oneof(fc.constantFrom(...REASONS), fc.string()), { nil: undefined }),
  waitingMessage: fc.option(message, { nil: undefined }),
  events: fc.array(event, { maxLength: 5 }),
  secrets: fc.array(secret, { maxLength: 3 }),
  registry,
  node: fc.record({ architecture: fc.string(), diskPressure: fc.boolean(), ready: fc.boolean() }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): PodEvidence {
  const pod = aPod().onNode('node-a', s.node).container('app', s.image);
  if (s.reason !== undefined) pod.waiting(s.reason, s.waitingMessage);
  for (const e of s.events)
    pod.withEvent({ ...e, fieldPath: e.fieldPath ?? undefined, lastSeen: e.lastSeen ?? undefined });
  s.secrets.forEach((found, i) => pod.withPullSecret(`secret-${i}`, found));
  if (s.registry) pod.registry('app', s.registry);
  return pod.build();
}

describe('diagnosePod on arbitrary evidence', () => {
  it('never throws and always names a valid cause', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const diagnosis = diagnosePod(build(s), NOW);
        for (const verdict of diagnosis.containers) {
          expect(isCause(verdict.cause)).toBe(true);
          expect(['high', 'medium', 'low']).toContain(verdict.confidence);
          expect(verdict.summary.length).toBeGreaterThan(0);
        }
        expect(diagnosis.healthy).toBe(diagnosis.containers.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});

/** Ways a password sits in a secret: each must stay out of the rendered diagnosis. */
const WRAPPINGS: ((server: string, user: string, pass: string) => SecretFacts)[] = [
  dockerConfigSecret,
  (server, user, pass) =>
    rawSecret('kubernetes.io/dockerconfigjson', {
      '.dockerconfigjson': base64(
        JSON.stringify({ auths: { [server]: { auth: base64(`${user}:${pass}`) } } }),
      ),
    }),
  (server, user, pass) =>
    rawSecret('kubernetes.io/dockercfg', {
      '.dockercfg': base64(JSON.stringify({ [server]: { username: user, password: pass } })),
    }),
  (server, _user, pass) =>
    rawSecret('Opaque', {
      '.dockerconfigjson': base64(JSON.stringify({ auths: { [server]: { password: pass } } })),
    }),
  // Not JSON the kubelet accepts: the decoder must not quote it back.
  (server, _user, pass) =>
    rawSecret('kubernetes.io/dockerconfigjson', {
      '.dockerconfigjson': base64(`{"auths":{"${server}":{"password":"${pass}","username":7}}}`),
    }),
  (server, _user, pass) =>
    rawSecret('kubernetes.io/dockerconfigjson', {
      '.dockerconfigjson': base64(`{"auths":{"${server}":{"password":"${pass}"`),
    }),
  (server, user, pass) =>
    rawSecret('kubernetes.io/dockerconfigjson', {
      '.dockerconfigjson': base64(
        JSON.stringify({ auths: { [server]: { auth: `${user}:${pass}` } } }),
      ),
    }),
];

describe('diagnosePod never renders a password', () => {
  it('does read the secret: the username it matched is shown', () => {
    const evidence = aPod()
      .container('app', 'registry.example.com/team/app:1')
      .waiting('ErrImagePull', '401 Unauthorized')
      .withPullSecret('regcred', dockerConfigSecret('registry.example.com', 'ci-bot', 'pw-s3cret'))
      .build();
    const rendered = JSON.stringify(diagnosePod(evidence, NOW));
    expect(rendered).toContain('"username":"ci-bot"');
    expect(rendered).not.toContain('pw-s3cret');
  });

  it('keeps every password (and its auth field) out of the JSON', () => {
    const password = fc.stringMatching(/^[A-Za-z0-9!#%&*+.=?@^_~-]{10,40}$/).map((p) => `pw-${p}`);
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom(
          'registry.example.com',
          'registry.example.com:5000',
          'docker.io',
          'ghcr.io',
        ),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
        password,
        fc.integer({ min: 0, max: WRAPPINGS.length - 1 }),
        fc.boolean(),
        (s, server, user, pass, wrapping, viaServiceAccount) => {
          const evidence = build({ ...s, secrets: [] });
          const withSecret: PodEvidence = {
            ...evidence,
            pod: { ...evidence.pod, imagePullSecrets: ['regcred'] },
            secrets: {
              regcred: { status: 'found', value: WRAPPINGS[wrapping]!(server, user, pass) },
            },
            serviceAccount: {
              status: 'found',
              value: { imagePullSecrets: viaServiceAccount ? ['regcred'] : [] },
            },
          };
          const rendered = JSON.stringify(diagnosePod(withSecret, NOW));
          expect(rendered).not.toContain(pass);
          expect(rendered).not.toContain(base64(`${user}:${pass}`));
        },
      ),
      { numRuns: 300 },
    );
  });
});
