import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSES, CAUSE_INFO, isCause, PULL_PROGRESS_CAUSES, type Cause } from './causes.js';
import { FAMILY_IDS } from './classify-families.js';
import { classifyMessage } from './classify.js';
import { RULES } from './classify-rules/index.js';
import { MESSAGES } from './testdata/messages.js';

describe('classifyMessage on the corpus of real messages', () => {
  it.each(MESSAGES.map((entry) => ({ ...entry, name: `${entry.cause} from ${entry.source}` })))(
    '$name',
    ({ message, cause, runtime, family }) => {
      const result = classifyMessage(message);
      expect(result.cause).toBe(cause);
      if (family !== undefined) expect(result.family).toBe(family);
      for (const fragment of result.evidence) expect(message).toContain(fragment);
      if (cause !== 'unknown') expect(result.evidence.length).toBeGreaterThan(0);
      if (runtime !== undefined) expect(result.runtime).toBe(runtime);
    },
  );

  // Pull-progress causes come from events and the clock, never from a message's wording.
  const worded = CAUSES.filter((cause) => !PULL_PROGRESS_CAUSES.has(cause));
  it.each(worded.map((cause) => ({ cause })))('covers $cause at least twice', ({ cause }) => {
    expect(MESSAGES.filter((entry) => entry.cause === cause).length).toBeGreaterThanOrEqual(2);
  });

  it.each(['containerd', 'cri-o', 'docker', 'kubelet'] as const)(
    'has messages in %s wording',
    (runtime) => {
      expect(MESSAGES.filter((entry) => entry.runtime === runtime).length).toBeGreaterThan(2);
    },
  );
});

describe('classifyMessage precedence', () => {
  it.each([
    {
      name: 'DNS beats the dial tcp and i/o timeout around it',
      text: 'Get "https://r.example/v2/": dial tcp: lookup r.example on 10.0.0.2:53: read udp 10.0.0.5:4000->10.0.0.2:53: i/o timeout',
      cause: 'dns',
    },
    {
      name: 'Docker Hub ambiguity beats the word denied',
      text: 'pull access denied for acme/app, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      cause: 'auth-or-not-found',
    },
    {
      name: 'a resolve failure ending in not found is not-found',
      text: 'failed to resolve reference "r.example/a:1": r.example/a:1: not found',
      cause: 'not-found',
    },
    {
      name: 'a resolve failure ending in no such host is dns',
      text: 'failed to resolve reference "r.example/a:1": failed to do request: Head "https://r.example/v2/a/manifests/1": dial tcp: lookup r.example: no such host',
      cause: 'dns',
    },
    {
      name: 'a token fetch that timed out is network, not auth',
      text: 'failed to authorize: failed to fetch anonymous token: Get "https://auth.example/token": dial tcp 10.1.1.1:443: i/o timeout',
      cause: 'network',
    },
    {
      name: 'no match for platform beats its trailing not found',
      text: 'failed to pull and unpack image "r.example/a:1": no match for platform in manifest: not found',
      cause: 'platform',
    },
    {
      name: 'a refused CRI socket is the runtime, not the registry',
      text: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused"',
      cause: 'runtime',
    },
    {
      name: 'a 429 inside unexpected status code is a rate limit',
      text: 'failed to copy: httpReadSeeker: failed open: unexpected status code https://r.example/v2/a/manifests/sha256:1: 429 Too Many Requests',
      cause: 'rate-limit',
    },
    {
      name: 'a missing blob is a registry error even though it says not found',
      text: 'failed to copy: httpReadSeeker: failed open: content at https://r.example/v2/a/blobs/sha256:ab: not found',
      cause: 'registry-error',
    },
    {
      name: 'a missing secret explains the 401 beside it',
      text: 'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.\nFailed to pull image "r.example/a:1": failed to resolve reference "r.example/a:1": pulling from host r.example failed with status code [manifests 1]: 401 Unauthorized',
      cause: 'secret-missing',
    },
    {
      name: 'a missing secret does not hide the DNS failure beside it',
      text: 'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.\nFailed to pull image "r.example/a:1": dial tcp: lookup r.example on 10.0.0.2:53: no such host',
      cause: 'dns',
    },
    {
      name: 'permission denied on a file is the runtime unpacking, not a registry refusal',
      text: 'failed to extract layer sha256:ab: open /var/lib/containerd/tmp: permission denied',
      cause: 'runtime',
    },
    {
      name: 'exec format error is a start failure, not a pull failure',
      text: 'exec /usr/local/bin/app: exec format error',
      cause: 'unknown',
    },
  ] satisfies { name: string; text: string; cause: Cause }[])('$name', ({ text, cause }) => {
    expect(classifyMessage(text).cause).toBe(cause);
  });
});

describe('classifyMessage results', () => {
  it('never guesses between auth and not-found on Docker Hub', () => {
    const result = classifyMessage(
      `Error response from daemon: pull access denied for acme/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    );
    expect(result).toMatchObject({
      cause: 'auth-or-not-found',
      confidence: 'medium',
      alternatives: ['auth', 'not-found'],
      runtime: 'docker',
      facts: { image: 'acme/app' },
    });
  });

  it('reports a bare back-off as unknown, keeps the image and asks for the event text', () => {
    const result = classifyMessage('Back-off pulling image "registry.example/shop/web:1.4"');
    expect(result).toMatchObject({
      cause: 'unknown',
      confidence: 'low',
      rule: 'backoff-only',
      facts: { image: 'registry.example/shop/web:1.4', host: 'registry.example' },
    });
    expect(result.facts.detail).toMatch(/Failed event/);
  });

  it('says unknown with low confidence when nothing matches', () => {
    expect(classifyMessage('the weather is fine')).toEqual({
      cause: 'unknown',
      confidence: 'low',
      evidence: [],
      rule: 'no-match',
      family: 'unrecognised',
      facts: {},
    });
  });

  it.each([
    {
      name: 'host, address and status of a containerd 429',
      text: 'Failed to pull image "busybox": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:50: 429 Too Many Requests',
      facts: { image: 'busybox', host: 'registry-1.docker.io', httpStatus: 429 },
    },
    {
      name: 'resolver and host of a DNS failure',
      text: 'dial tcp: lookup registry.k8s.io on 192.168.98.2:53: no such host',
      facts: { host: 'registry.k8s.io', resolver: '192.168.98.2:53' },
    },
    {
      name: 'an IPv6 address',
      text: 'Get "https://registry-1.docker.io/v2/": dial tcp [2600:1f18::1]:443: connect: network is unreachable',
      facts: { host: 'registry-1.docker.io', address: '[2600:1f18::1]:443' },
    },
    {
      name: 'the wanted platform',
      text: 'no matching manifest for linux/arm64/v8 in the manifest list entries',
      facts: { platform: 'linux/arm64/v8' },
    },
    {
      name: 'every named pull secret',
      text: 'Unable to retrieve some image pull secrets (regcred, other-cred); attempting to pull the image may not succeed.',
      facts: { secretNames: ['regcred', 'other-cred'] },
    },
    {
      name: 'an image quoted with JSON escapes',
      text: String.raw`err="failed to pull and unpack image \"r.example/a:1\": failed to resolve reference \"r.example/a:1\": r.example/a:1: not found"`,
      facts: { image: 'r.example/a:1', host: 'r.example' },
    },
  ])('extracts $name', ({ text, facts }) => {
    expect(classifyMessage(text).facts).toMatchObject(facts);
  });

  it('gives every rule a unique id and a documented cause', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(CAUSE_INFO[rule.cause].title).not.toBe('');
  });
});

describe('classifyMessage on arbitrary input', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    // Splices of real messages exercise the rules far more than random text does.
    fc
      .tuple(
        fc.constantFrom(...MESSAGES.map((entry) => entry.message)),
        fc.string({ maxLength: 40 }),
        fc.nat(),
      )
      .map(([message, noise, at]) => {
        const cut = at % (message.length + 1);
        return message.slice(0, cut) + noise + message.slice(cut);
      }),
    fc.constantFrom('(((((((((((', '\\', '$&', '.*+?^${}()|[]\\/', '\u0000\u202e\ud800', ''),
  );

  it('never throws, always returns a valid cause and family, and verbatim evidence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = classifyMessage(text);
        expect(isCause(result.cause)).toBe(true);
        expect(FAMILY_IDS).toContain(result.family);
        for (const fragment of result.evidence) expect(text).toContain(fragment);
        // An honest ambiguity is never stated with high confidence, nor lists its own cause.
        if (result.alternatives !== undefined) {
          expect(result.confidence).not.toBe('high');
          expect(result.alternatives).not.toContain(result.cause);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stays under a second on 10 MB of random text', () => {
    // A fixed-seed generator: the same 10 MB every run, with the characters error texts use.
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 :/."-_\\\n@=()[]{}<>,;\'';
    let seed = 42;
    const chars: string[] = [];
    for (let i = 0; i < 10_000_000; i += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      chars.push(alphabet.charAt(seed % alphabet.length));
    }
    const text = chars.join('');
    const started = performance.now();
    classifyMessage(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('stays under a second on the whole corpus run together on one line', () => {
    const text = MESSAGES.map((entry) => entry.message.replace(/\n/g, ' ')).join(' ');
    const started = performance.now();
    const result = classifyMessage(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    for (const fragment of result.evidence) expect(text).toContain(fragment);
  });

  it.each(RULES.map((rule) => ({ id: rule.id, rule })))(
    'rule $id stays linear on 200 kB of its own repeated fragments',
    ({ rule }) => {
      // Repeating the literal words a pattern looks for, with no ending, is what makes a
      // backtracking pattern blow up; a bounded one scans it quickly.
      const words = rule.pattern.source.replace(/[^A-Za-z :/"-]/g, ' ').slice(0, 60);
      const text = words.repeat(Math.ceil(200_000 / Math.max(words.length, 1)));
      const started = performance.now();
      rule.pattern.exec(text);
      rule.requires?.exec(text);
      expect(performance.now() - started).toBeLessThan(500);
    },
  );

  it.each([
    { name: 'a megabyte of one letter', text: 'a'.repeat(1_000_000) },
    {
      name: 'a megabyte without spaces before ": not found"',
      text: `${'x'.repeat(1_000_000)}: not found`,
    },
    { name: 'many repeated lookups', text: 'lookup '.repeat(100_000) },
    { name: 'many repeated dials', text: 'dial tcp '.repeat(100_000) },
  ])('stays fast on $name', ({ text }) => {
    const started = performance.now();
    const result = classifyMessage(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    for (const fragment of result.evidence) expect(text).toContain(fragment);
  });

  it('does not throw on values that are not strings', () => {
    const notText = {
      toString: (): string => {
        throw new Error('no');
      },
    } as unknown as string;
    expect(classifyMessage(notText).cause).toBe('unknown');
  });
});
