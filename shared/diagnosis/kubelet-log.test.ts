import { describe, expect, it } from 'vitest';
import {
  KUBELET_LOG_MAX_LINES,
  KUBELET_LOG_PATTERN,
  kubeletLogLinesAbout,
  needsPlainQuery,
  parseKubeletLog,
} from './kubelet-log.js';
import { diagnosePod } from './diagnose-pod.js';
import type { KubeletEvidence } from './evidence.js';
import { aPod, NOW, pullFailed } from './testing/evidence-builders.js';

const IMAGE = 'registry.corp.test:5000/kip/multi-broken:v1';
const REPO = 'registry.corp.test:5000/kip/multi-broken';
// klog's structured form as kubelet 1.37 wrote it on the test cluster: a multi-line err value
// (`err=<`, a tab-indented line, ` > key=value`), and the image named without its tag.
const PROVIDER_FAILED_RAW = [
  'E1204 18:58:24.917423   15027 plugin.go:418] "Failed to provide credentials for image" err=<',
  `\tfailed to get credential from external registry credential provider: error execing credential provider plugin kip-test-provider for image ${REPO}: exit status 1: kip-test-provider: token service unavailable: dial tcp 10.213.0.99:443: connect: connection refused`,
  ` > provider="kip-test-provider" image="${REPO}"`,
].join('\n');
const PROVIDER_FAILED = `E1204 18:58:24.917423   15027 plugin.go:418] "Failed to provide credentials for image" err=< failed to get credential from external registry credential provider: error execing credential provider plugin kip-test-provider for image ${REPO}: exit status 1: kip-test-provider: token service unavailable: dial tcp 10.213.0.99:443: connect: connection refused > provider="kip-test-provider" image="${REPO}"`;
const PULL_FAILED = `E1204 18:40:01.456687   18135 remote_image.go:334] "PullImage from image service failed" err="rpc error: code = Unknown desc = 401 Unauthorized" image="${IMAGE}"`;
const OTHER_IMAGE = PROVIDER_FAILED.replaceAll(REPO, 'registry.corp.test:5000/kip/other');
const UNRELATED = 'I1204 18:40:02.000000   18135 kubelet.go:2500] "SyncLoop (PLEG): event for pod"';

describe('parseKubeletLog', () => {
  it('knows the answer of a kubelet logging to a file, which refuses query options', () => {
    expect(
      needsPlainQuery(
        '\noptions present and query resolved to log files for [kubelet]\ntry without specifying options\n',
      ),
    ).toBe(true);
    expect(needsPlainQuery(PROVIDER_FAILED_RAW)).toBe(false);
  });

  it('reads log text into lines', () => {
    const log = parseKubeletLog(
      `${PROVIDER_FAILED_RAW}\n\n${UNRELATED}\n`,
      'text/plain;charset=UTF-8',
    );
    expect(log).toEqual({ queryEnabled: true, lines: [PROVIDER_FAILED, UNRELATED] });
  });

  it('knows the /var/log listing a kubelet without enableSystemLogQuery serves instead', () => {
    const listing =
      '<!doctype html>\n<meta name="viewport" content="width=device-width">\n<pre>\n<a href="containers/">containers/</a>\n</pre>\n';
    expect(parseKubeletLog(listing, 'text/html; charset=utf-8').queryEnabled).toBe(false);
    // The same listing with a bare content type still gives itself away.
    expect(parseKubeletLog('<pre>\n<a href="pods/">pods/</a>\n</pre>', '').queryEnabled).toBe(
      false,
    );
  });
});

describe('kubeletLogLinesAbout', () => {
  const log = parseKubeletLog(
    [UNRELATED, OTHER_IMAGE, PULL_FAILED, PROVIDER_FAILED_RAW].join('\n'),
    'text/plain',
  );

  it("keeps the credential provider's failure for this image, not the pull error the events already show", () => {
    expect(kubeletLogLinesAbout(log, IMAGE, undefined)).toEqual([PROVIDER_FAILED]);
  });

  it("leaves out another image's lines unless they are about the same registry", () => {
    expect(
      kubeletLogLinesAbout(log, 'registry.plain.test/kip/app:v1', 'registry.plain.test'),
    ).toEqual([]);
    expect(kubeletLogLinesAbout(log, 'x', 'registry.corp.test:5000')).toEqual([
      OTHER_IMAGE,
      PROVIDER_FAILED,
    ]);
  });

  it('keeps the newest few, each cut to a readable length', () => {
    const many = Array.from(
      { length: 20 },
      (_, i) => `${PROVIDER_FAILED} attempt=${i}${'x'.repeat(1000)}`,
    );
    const kept = kubeletLogLinesAbout({ queryEnabled: true, lines: many }, IMAGE, undefined);
    expect(kept).toHaveLength(KUBELET_LOG_MAX_LINES);
    expect(kept.at(-1)).toContain('attempt=19');
    expect(kept.every((l) => l.length <= 601)).toBe(true);
  });

  it('asks journald with a pattern Go and PCRE2 both read', () => {
    expect(() => new RegExp(KUBELET_LOG_PATTERN)).not.toThrow();
    expect(KUBELET_LOG_PATTERN).not.toMatch(/[(){}\\]/);
  });
});

describe('diagnosePod with the kubelet log', () => {
  const failing = () =>
    aPod('web-7d9f8c6b5-x2x4z')
      .onNode('node-1')
      .container('app', IMAGE)
      .waiting('ErrImagePull', `failed to pull: 401 Unauthorized`)
      .withEvent({
        reason: 'Failed',
        message: pullFailed(IMAGE, 'unexpected status: 401 Unauthorized'),
      });
  const kubelet = (log: KubeletEvidence['log']): KubeletEvidence => ({
    config: { status: 'missing' },
    filesystems: { status: 'missing' },
    log,
  });

  it("shows the credential provider's own line as kubelet evidence beside the bare 401", () => {
    const lines = parseKubeletLog([UNRELATED, PROVIDER_FAILED_RAW].join('\n'), 'text/plain');
    const d = diagnosePod(
      failing()
        .kubelet(kubelet({ status: 'found', value: lines }))
        .build(),
      NOW,
    );
    const evidence = d.containers[0]!.evidence;
    expect(evidence).toContainEqual({ source: 'kubelet', text: PROVIDER_FAILED });
    expect(evidence.some((e) => e.text === UNRELATED)).toBe(false);
  });

  it('says how to turn the log query on where it is off, and what grants it where RBAC refuses', () => {
    const off = diagnosePod(
      failing()
        .kubelet(kubelet({ status: 'found', value: { queryEnabled: false, lines: [] } }))
        .build(),
      NOW,
    );
    expect(off.notes.join('\n')).toContain('enableSystemLogQuery: true');
    const refused = diagnosePod(
      failing()
        .kubelet(kubelet({ status: 'forbidden', message: 'forbidden' }))
        .build(),
      NOW,
    );
    expect(refused.notes.join('\n')).toMatch(/kubelet log of node-1.*get on nodes\/proxy/);
    // Either way the verdict itself stands.
    expect(off.containers[0]!.cause).toBe(refused.containers[0]!.cause);
  });
});
