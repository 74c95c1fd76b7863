import { describe, expect, it } from 'vitest';
import { diagnosePod } from './diagnose-pod.js';
import { aPod, NOW } from './testing/evidence-builders.js';

const IMAGE = 'registry.example.com/shop/web:v2';
// The kubelet's Ready condition when it lost its runtime, as `kubectl describe node` shows it.
const RUNTIME_DOWN = 'KubeletNotReady: container runtime is down';
const PLEG =
  'KubeletNotReady: PLEG is not healthy: pleg was last seen active 3m5.2s ago; threshold is 3m0s';
const CNI =
  'KubeletNotReady: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';
const SANDBOX_REFUSED =
  'Failed to create pod sandbox: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused"';

const creating = (readyMessage?: string) =>
  aPod('web-7d9f8c6b5-x2x4z')
    .onNode('node-3', {
      ready: readyMessage === undefined,
      ...(readyMessage ? { readyMessage } : {}),
    })
    .container('web', IMAGE)
    .waiting('ContainerCreating');

describe('diagnose a pod held by a runtime that does not answer', () => {
  it.each([RUNTIME_DOWN, PLEG])(
    'the node says %j: cause runtime, with the kubelet’s words',
    (message) => {
      const d = diagnosePod(creating(message).build(), NOW);
      expect(d.healthy).toBe(false);
      const c = d.containers[0]!;
      expect(c.cause).toBe('runtime');
      expect(c.evidence).toContainEqual({
        source: 'node',
        text: `node node-3 is NotReady: ${message}`,
      });
      expect(c.reproduce).toBeDefined();
    },
  );

  it('the pod’s sandbox cannot be made because the CRI socket refuses: runtime, high, the event as evidence', () => {
    const d = diagnosePod(
      creating()
        .withPodEvent({ reason: 'FailedCreatePodSandBox', message: SANDBOX_REFUSED })
        .build(),
      NOW,
    );
    const c = d.containers[0]!;
    expect(c).toMatchObject({ cause: 'runtime', confidence: 'high' });
    expect(c.evidence.map((e) => e.text)).toContain(SANDBOX_REFUSED);
  });

  it('a node NotReady for its network plugin is not a pull problem: no verdict for the pod', () => {
    const d = diagnosePod(creating(CNI).build(), NOW);
    expect(d.containers).toEqual([]);
    expect(d.node).toMatchObject({ ready: false });
  });
});
