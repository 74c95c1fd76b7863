/**
 * Kubelet answers through the API server's node proxy, in the shape a v1.3x kubelet sends them
 * (fields trimmed to a representative subset; values as a kubeadm node reports them).
 */

/** `GET /api/v1/nodes/node-1/proxy/configz` of a kubelet with the default serialised pulls. */
export const CONFIGZ_SERIALISED = {
  kubeletconfig: {
    enableServer: true,
    staticPodPath: '/etc/kubernetes/manifests',
    syncFrequency: '1m0s',
    authentication: {
      x509: { clientCAFile: '/etc/kubernetes/pki/ca.crt' },
      webhook: { enabled: true, cacheTTL: '2m0s' },
      anonymous: { enabled: false },
    },
    authorization: {
      mode: 'Webhook',
      webhook: { cacheAuthorizedTTL: '5m0s', cacheUnauthorizedTTL: '30s' },
    },
    registryPullQPS: 5,
    registryBurst: 10,
    eventRecordQPS: 50,
    imageMinimumGCAge: '2m0s',
    imageMaximumGCAge: '0s',
    imageGCHighThresholdPercent: 85,
    imageGCLowThresholdPercent: 80,
    serializeImagePulls: true,
    evictionHard: {
      'imagefs.available': '15%',
      'imagefs.inodesFree': '5%',
      'memory.available': '100Mi',
      'nodefs.available': '10%',
      'nodefs.inodesFree': '5%',
    },
    evictionPressureTransitionPeriod: '5m0s',
    containerRuntimeEndpoint: 'unix:///run/containerd/containerd.sock',
    imagePullCredentialsVerificationPolicy: 'NeverVerifyPreloadedImages',
  },
};

/** The same kubelet configured for parallel pulls with a limit (maxParallelImagePulls, GA 1.35). */
export const CONFIGZ_PARALLEL = {
  kubeletconfig: {
    ...CONFIGZ_SERIALISED.kubeletconfig,
    serializeImagePulls: false,
    maxParallelImagePulls: 2,
  },
};

/** `GET /api/v1/nodes/node-1/proxy/stats/summary` of a node whose imagefs is nearly full. */
export const STATS_SUMMARY_IMAGEFS_FULL = {
  node: {
    nodeName: 'node-1',
    systemContainers: [{ name: 'kubelet', startTime: '2026-12-01T08:00:00Z' }],
    startTime: '2026-12-01T07:59:12Z',
    cpu: {
      time: '2026-12-01T10:04:51Z',
      usageNanoCores: 182731521,
      usageCoreNanoSeconds: 912387123871,
    },
    memory: {
      time: '2026-12-01T10:04:51Z',
      availableBytes: 1532780544,
      usageBytes: 2510528512,
      workingSetBytes: 1890123776,
    },
    fs: {
      time: '2026-12-01T10:04:51Z',
      availableBytes: 4212334592,
      capacityBytes: 20956397568,
      usedBytes: 15671885824,
      inodesFree: 1203845,
      inodes: 1310720,
      inodesUsed: 106875,
    },
    runtime: {
      imageFs: {
        time: '2026-12-01T10:04:51Z',
        availableBytes: 518656000,
        capacityBytes: 10726932480,
        usedBytes: 9683714048,
        inodesFree: 643251,
        inodes: 655360,
        inodesUsed: 12109,
      },
      containerFs: {
        time: '2026-12-01T10:04:51Z',
        availableBytes: 518656000,
        capacityBytes: 10726932480,
        usedBytes: 9683714048,
      },
    },
    rlimit: { time: '2026-12-01T10:04:51Z', maxpid: 4194304, curproc: 412 },
  },
  pods: [],
};
