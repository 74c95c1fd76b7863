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

/**
 * A slice of a kubelet's /metrics (Prometheus text), in the shape kubelet 1.37 writes: the
 * runtime operation counters by operation_type and the pull-duration histogram by image size.
 * Hand-written in that shape, not captured.
 */
export const KUBELET_METRICS = `# HELP kubelet_runtime_operations_total [ALPHA] Cumulative number of runtime operations by operation type.
# TYPE kubelet_runtime_operations_total counter
kubelet_runtime_operations_total{operation_type="container_status"} 5120
kubelet_runtime_operations_total{operation_type="pull_image"} 42
# HELP kubelet_runtime_operations_errors_total [ALPHA] Cumulative number of runtime operation errors by operation type.
# TYPE kubelet_runtime_operations_errors_total counter
kubelet_runtime_operations_errors_total{operation_type="pull_image"} 17
kubelet_runtime_operations_errors_total{operation_type="remove_container"} 1
# HELP kubelet_image_pull_duration_seconds [ALPHA] Duration in seconds to pull an image.
# TYPE kubelet_image_pull_duration_seconds histogram
kubelet_image_pull_duration_seconds_bucket{image_size_in_bytes="0-10MB",le="1"} 20
kubelet_image_pull_duration_seconds_bucket{image_size_in_bytes="0-10MB",le="+Inf"} 22
kubelet_image_pull_duration_seconds_sum{image_size_in_bytes="0-10MB"} 11.3
kubelet_image_pull_duration_seconds_count{image_size_in_bytes="0-10MB"} 22
kubelet_image_pull_duration_seconds_bucket{image_size_in_bytes="100MB-500MB",le="+Inf"} 3
kubelet_image_pull_duration_seconds_sum{image_size_in_bytes="100MB-500MB"} 301.5
kubelet_image_pull_duration_seconds_count{image_size_in_bytes="100MB-500MB"} 3
`;
