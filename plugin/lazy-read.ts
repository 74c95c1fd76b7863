/**
 * The read half: what `diagnose` needs to read the API server and ask the registry, without
 * @kubernetes/client-node. scripts/build.mjs embeds it as its own small bundle, so a diagnosis
 * pays neither for parsing client-node nor for starting it. Reach it only through
 * `loadReadPath()` in lazy.ts.
 */
export { connectApi } from './kube/connect-api.js';
export { toUserError } from './kube/api-errors.js';
export { gatherPodEvidence, readPod, startEarlyReads } from './kube/gather-pod.js';
export { forEachPodPage } from './kube/list-pods.js';
export { toEventFacts, toPodFacts } from './kube/to-facts.js';
export { podRegistryProbe } from './registry/pod-registry-probe.js';
export { listNames } from './kube/list-names.js';
export { findWorkloadPods } from './kube/workload-pods.js';
export { readWorkload } from './kube/workload-objects.js';
export { readManifests } from './check/read-manifests.js';
export { checkSources } from './check/check-sources.js';
export { runCheck } from './check/run-check.js';
