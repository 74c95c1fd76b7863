import { describe, expect, it } from 'vitest';
import {
  kubectlName,
  parsePodArgument,
  parseWorkloadRef,
  type WorkloadKind,
} from './workload-ref.js';

describe('parseWorkloadRef', () => {
  it.each<[string, WorkloadKind, string]>([
    ['web-0', 'Pod', 'web-0'],
    ['pod/web-0', 'Pod', 'web-0'],
    ['po/web-0', 'Pod', 'web-0'],
    ['pods/web-0', 'Pod', 'web-0'],
    ['deploy/web', 'Deployment', 'web'],
    ['deployment/web', 'Deployment', 'web'],
    ['deployments/web', 'Deployment', 'web'],
    ['deployment.apps/web', 'Deployment', 'web'],
    ['Deployment/web', 'Deployment', 'web'],
    ['sts/db', 'StatefulSet', 'db'],
    ['statefulset/db', 'StatefulSet', 'db'],
    ['statefulset.apps/db', 'StatefulSet', 'db'],
    ['ds/agent', 'DaemonSet', 'agent'],
    ['daemonset/agent', 'DaemonSet', 'agent'],
    ['rs/web-7d9f8', 'ReplicaSet', 'web-7d9f8'],
    ['replicaset/web-7d9f8', 'ReplicaSet', 'web-7d9f8'],
    ['job/migrate', 'Job', 'migrate'],
    ['job.batch/migrate', 'Job', 'migrate'],
    ['cronjob/nightly', 'CronJob', 'nightly'],
    ['cj/nightly', 'CronJob', 'nightly'],
    ['cronjob.batch/nightly', 'CronJob', 'nightly'],
    ['rc/legacy', 'ReplicationController', 'legacy'],
    ['replicationcontroller/legacy', 'ReplicationController', 'legacy'],
    ['web.v2-0', 'Pod', 'web.v2-0'],
  ])('%s is %s %s', (text, kind, name) => {
    expect(parseWorkloadRef(text)).toEqual({ ok: true, ref: { kind, name } });
  });

  it.each([
    ['unknown kind', 'svc/web', /"svc" is not a kind/],
    ['empty name', 'deploy/', /names no deployment/],
    ['upper-case name', 'deploy/Web', /not a valid deployment name/],
    ['two slashes', 'deploy/web/x', /not a valid deployment name/],
    ['bare upper-case pod', 'Web', /not a valid pod name/],
    ['leading dash', '-web', /not a valid pod name/],
  ])('%s: %s is refused', (_name, text, reason) => {
    const parsed = parseWorkloadRef(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('names objects as kubectl commands take them', () => {
    expect(kubectlName({ kind: 'Deployment', name: 'web' })).toBe('deployment/web');
    expect(kubectlName({ kind: 'CronJob', name: 'n' })).toBe('cronjob/n');
  });
});

describe('parsePodArgument (reproduce --pod)', () => {
  it.each<[string, string, WorkloadKind, string]>([
    ['web-0', 'dflt', 'Pod', 'web-0'],
    ['shop/web-0', 'shop', 'Pod', 'web-0'],
    ['deploy/web', 'dflt', 'Deployment', 'web'],
    ['shop/deploy/web', 'shop', 'Deployment', 'web'],
    ['shop/cronjob.batch/nightly', 'shop', 'CronJob', 'nightly'],
    ['pod/web-0', 'dflt', 'Pod', 'web-0'],
  ])('%s is %s in %s', (text, namespace, kind, name) => {
    expect(parsePodArgument(text, 'dflt')).toEqual({ ok: true, namespace, ref: { kind, name } });
  });

  it('refuses an unknown kind with a namespace', () => {
    expect(parsePodArgument('shop/svc/web', 'dflt').ok).toBe(false);
  });
});
