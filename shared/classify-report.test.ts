import { describe, expect, it } from 'vitest';
import { CAUSES } from './causes.js';
import { FAMILY_IDS } from './classify-families.js';
import { classifyMessage } from './classify.js';
import { formatAccuracy, scoreCorpus } from './testdata/accuracy.js';
import { COLLECTED_MESSAGES } from './testdata/messages-collected.js';
import { MESSAGES } from './testdata/messages.js';

describe('the accuracy report over the labelled corpus', () => {
  const tables = scoreCorpus(MESSAGES, classifyMessage);

  it('prints accuracy per cause, per family and per runtime, and is 100 % on every row', () => {
    // The report is the point of this test: it shows in the unit run's output.
    // eslint-disable-next-line no-console
    console.log(`classifier accuracy on ${MESSAGES.length} messages\n\n${formatAccuracy(tables)}`);
    for (const { by, rows } of tables) {
      for (const row of rows) expect(row.exact, `${by} ${row.group}`).toBe(row.total);
    }
  });

  it('holds at least 400 messages, every one with a source', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(400);
    for (const entry of MESSAGES) expect(entry.source.trim()).not.toBe('');
    // Collected messages name their thread: owner/repo#number or a URL.
    for (const entry of COLLECTED_MESSAGES)
      expect(entry.source).toMatch(/^(?:https?:\/\/\S+|[\w.-]+\/[\w.-]+#\d+)$/);
  });

  it('labels only known causes and families, with no message twice', () => {
    expect(new Set(MESSAGES.map((e) => e.message)).size).toBe(MESSAGES.length);
    for (const entry of MESSAGES) expect(CAUSES).toContain(entry.cause);
    for (const entry of COLLECTED_MESSAGES) expect(FAMILY_IDS).toContain(entry.family);
  });

  it.each(['containerd', 'cri-o', 'docker', 'kubelet'] as const)(
    'has collected messages in %s wording',
    (runtime) => {
      expect(COLLECTED_MESSAGES.filter((e) => e.runtime === runtime).length).toBeGreaterThan(10);
    },
  );

  it.each([
    'registry-credentials',
    'credential-provider',
    'admission-policy',
    'storage',
    'broken-download',
    'deadline',
    'platform',
  ] as const)('covers the %s family of issue 10 with real messages', (family) => {
    expect(COLLECTED_MESSAGES.filter((e) => e.family === family).length).toBeGreaterThan(5);
  });
});
