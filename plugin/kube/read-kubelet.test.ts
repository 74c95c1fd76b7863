import { describe, expect, it } from 'vitest';
import {
  CONFIGZ_SERIALISED,
  KUBELET_METRICS,
  STATS_SUMMARY_IMAGEFS_FULL,
} from '../../shared/diagnosis/testdata/kubelet-samples.js';
import { ApiStatusError } from './api-status-error.js';
import type { ApiConnection } from './connect.js';
import type { Query, TextAnswer } from './rest-client.js';
import { readKubeletEvidence } from './read-kubelet.js';
import { readNodePulls } from './read-node-pulls.js';

const FORBIDDEN = JSON.stringify({
  kind: 'Status',
  code: 403,
  message:
    'nodes "node-1" is forbidden: User "dev" cannot get resource "nodes/proxy" in API group "" at the cluster scope',
});

/** A connection whose answers a test writes per path (a function may stall or fail). */
function stubApi(answers: Record<string, (query: Query) => Promise<unknown>>) {
  const asked: { path: string; query: Query }[] = [];
  const conn: ApiConnection = {
    namespace: 'shop',
    server: 'https://stub.invalid',
    context: 'stub',
    call: (_what, request) => request(),
    get: <T>(_what: string, path: string, query: Query = {}) => {
      asked.push({ path, query });
      const answer = answers[path];
      if (!answer) return Promise.reject(new ApiStatusError(404, '{}', path));
      return answer(query) as Promise<T>;
    },
    getText: async (_what: string, path: string, query: Query = {}) => {
      asked.push({ path, query });
      const answer = answers[path];
      if (!answer) throw new ApiStatusError(404, '{}', path);
      const value = await answer(query);
      return typeof value === 'string'
        ? { text: value, contentType: 'text/plain; charset=utf-8' }
        : (value as TextAnswer);
    },
  };
  return { conn, asked };
}

const never = () => new Promise<unknown>(() => {});

describe('readKubeletEvidence (stubbed API answers)', () => {
  it('reads configz and stats/summary through the node proxy', async () => {
    const { conn, asked } = stubApi({
      '/api/v1/nodes/node-1/proxy/configz': () => Promise.resolve(CONFIGZ_SERIALISED),
      '/api/v1/nodes/node-1/proxy/stats/summary': () => Promise.resolve(STATS_SUMMARY_IMAGEFS_FULL),
      '/api/v1/nodes/node-1/proxy/metrics': () => Promise.resolve(KUBELET_METRICS),
    });
    const kubelet = await readKubeletEvidence(conn, 'node-1');
    expect(kubelet.metrics).toMatchObject({
      status: 'found',
      value: { pulls: 42, pullErrors: 17 },
    });
    expect(kubelet.config).toMatchObject({ status: 'found', value: { serializeImagePulls: true } });
    expect(kubelet.filesystems).toMatchObject({
      status: 'found',
      value: { imageFs: { availableBytes: 518656000 } },
    });
    expect(asked.map((a) => a.path).sort()).toEqual([
      '/api/v1/nodes/node-1/proxy/configz',
      '/api/v1/nodes/node-1/proxy/metrics',
      '/api/v1/nodes/node-1/proxy/stats/summary',
    ]);
  });

  it("asks each node's kubelet once per run, however many of its pods are diagnosed", async () => {
    const { conn, asked } = stubApi({
      '/api/v1/nodes/node-1/proxy/configz': () => Promise.resolve(CONFIGZ_SERIALISED),
      '/api/v1/nodes/node-1/proxy/stats/summary': () => Promise.resolve(STATS_SUMMARY_IMAGEFS_FULL),
      '/api/v1/nodes/node-1/proxy/metrics': () => Promise.resolve(KUBELET_METRICS),
    });
    const [a, b] = await Promise.all([
      readKubeletEvidence(conn, 'node-1'),
      readKubeletEvidence(conn, 'node-1'),
    ]);
    expect(a).toEqual(b);
    expect(asked.filter((q) => q.path.endsWith('/configz'))).toHaveLength(1);
    expect(asked.filter((q) => q.path.endsWith('/metrics'))).toHaveLength(1);
  });

  it('records RBAC refusal as forbidden, and a silent kubelet as a timeout, without throwing', async () => {
    const { conn } = stubApi({
      '/api/v1/nodes/node-1/proxy/configz': () =>
        Promise.reject(new ApiStatusError(403, FORBIDDEN, 'configz')),
      '/api/v1/nodes/node-1/proxy/stats/summary': never,
    });
    const started = Date.now();
    const kubelet = await readKubeletEvidence(conn, 'node-1', { timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(kubelet.config).toEqual({
      status: 'forbidden',
      message: expect.stringContaining('cannot get resource "nodes/proxy"'),
    });
    expect(kubelet.filesystems).toEqual({
      status: 'error',
      message: expect.stringMatching(/timed out after 0.05s/),
    });
  });

  it('a kubelet the API server cannot reach (502 from the proxy) is an error lookup', async () => {
    const { conn } = stubApi({
      '/api/v1/nodes/node-1/proxy/configz': () =>
        Promise.reject(
          new ApiStatusError(
            502,
            JSON.stringify({
              kind: 'Status',
              code: 502,
              message:
                'error trying to reach service: dial tcp 10.0.0.11:10250: connect: connection refused',
            }),
            'configz',
          ),
        ),
    });
    const kubelet = await readKubeletEvidence(conn, 'node-1');
    expect(kubelet.config).toEqual({
      status: 'error',
      message: expect.stringContaining('connection refused'),
    });
    expect(kubelet.filesystems).toEqual({ status: 'missing' });
  });
});

describe('readKubeletEvidence: the kubelet log (stubbed API answers)', () => {
  const LOG = '/api/v1/nodes/node-1/proxy/logs/';
  const LINE =
    'E1204 18:40:01.123456   18135 plugin.go:418] "Failed to provide credentials for image" err="exit status 1" provider="ecr" image="r.io/app:1"';

  it('asks NodeLogQuery for the kubelet since the given time, with the pattern, only when asked', async () => {
    const { conn, asked } = stubApi({ [LOG]: () => Promise.resolve(`${LINE}\n`) });
    const without = await readKubeletEvidence(conn, 'node-1');
    expect(without.log).toBeUndefined();
    expect(asked.some((a) => a.path === LOG)).toBe(false);
    const kubelet = await readKubeletEvidence(conn, 'node-1', { logSince: '2026-12-04T18:39:00Z' });
    expect(kubelet.log).toEqual({ status: 'found', value: { queryEnabled: true, lines: [LINE] } });
    expect(asked.find((a) => a.path === LOG)?.query).toMatchObject({
      query: 'kubelet',
      sinceTime: '2026-12-04T18:39:00Z',
      pattern: expect.stringContaining('credential provider'),
    });
  });

  it('asks again without options when the kubelet logs to a file (it refuses them there)', async () => {
    const { conn, asked } = stubApi({
      [LOG]: (query) =>
        Promise.resolve(
          query['pattern'] !== undefined
            ? '\noptions present and query resolved to log files for [kubelet]\ntry without specifying options\n'
            : `I1204 noise\n${LINE}\n`,
        ),
    });
    const kubelet = await readKubeletEvidence(conn, 'node-1', { logSince: '2026-12-04T18:39:00Z' });
    expect(kubelet.log).toEqual({
      status: 'found',
      value: { queryEnabled: true, lines: ['I1204 noise', LINE] },
    });
    expect(asked.filter((a) => a.path === LOG).map((a) => a.query)).toEqual([
      expect.objectContaining({ sinceTime: '2026-12-04T18:39:00Z' }),
      { query: 'kubelet' },
    ]);
  });

  it('a kubelet without enableSystemLogQuery (its /var/log listing) and a refusal are lookups, not errors', async () => {
    const listing = {
      text: '<pre>\n<a href="pods/">pods/</a>\n</pre>\n',
      contentType: 'text/html; charset=utf-8',
    };
    const off = stubApi({ [LOG]: () => Promise.resolve(listing) });
    expect((await readKubeletEvidence(off.conn, 'node-1', { logSince: 'x' })).log).toEqual({
      status: 'found',
      value: { queryEnabled: false, lines: [] },
    });
    const refused = stubApi({
      [LOG]: () => Promise.reject(new ApiStatusError(403, FORBIDDEN, 'logs')),
    });
    expect(
      (await readKubeletEvidence(refused.conn, 'node-1', { logSince: 'x' })).log,
    ).toMatchObject({
      status: 'forbidden',
    });
  });
});

describe('readNodePulls (stubbed API answers)', () => {
  const event = (reason: string, message: string, host: string, name = 'trainer-0') => ({
    metadata: { name: `${name}.18a2`, namespace: 'ml' },
    involvedObject: { kind: 'Pod', namespace: 'ml', name, fieldPath: 'spec.containers{main}' },
    reason,
    message,
    source: { component: 'kubelet', host },
    count: 1,
    lastTimestamp: '2026-12-01T10:00:00Z',
  });

  it('lists each reason once, bounded, and keeps the events of this node only', async () => {
    const items: Record<string, unknown[]> = {
      Pulling: [
        event('Pulling', 'Pulling image "r.io/big:1"', 'node-1'),
        event('Pulling', 'Pulling image "r.io/other:1"', 'node-2', 'elsewhere-0'),
      ],
      Pulled: [],
      Failed: [event('Failed', 'Error: ErrImagePull', 'node-1')],
    };
    const { conn, asked } = stubApi({
      '/api/v1/events': (query) =>
        Promise.resolve({ items: items[String(query['fieldSelector']).split('reason=')[1]!] }),
    });
    const read = await readNodePulls(conn, 'node-1');
    expect(read.status).toBe('found');
    const events = read.status === 'found' ? read.value : [];
    expect(events.map((e) => [e.pod, e.reason, e.message])).toEqual([
      ['trainer-0', 'Pulling', 'Pulling image "r.io/big:1"'],
    ]);
    expect(asked.map((a) => a.query)).toEqual([
      { fieldSelector: 'involvedObject.kind=Pod,reason=Pulling', limit: 500 },
      { fieldSelector: 'involvedObject.kind=Pod,reason=Pulled', limit: 500 },
      { fieldSelector: 'involvedObject.kind=Pod,reason=Failed', limit: 500 },
    ]);
  });

  it('is forbidden as a whole when listing events cluster-wide is refused', async () => {
    const { conn } = stubApi({
      '/api/v1/events': () => Promise.reject(new ApiStatusError(403, FORBIDDEN, 'events')),
    });
    expect((await readNodePulls(conn, 'node-1')).status).toBe('forbidden');
  });
});
