/**
 * The heavy half of the plugin: everything that needs @kubernetes/client-node or talks to a
 * registry. scripts/build.mjs bundles it, with every other module reached only through import(),
 * apart from the main bundle and embeds it in the executable as text that is compiled only when a
 * command needs the cluster. Reach it only through `loadCluster()`.
 */
export { connect } from './kube/connect.js';
export { toUserError } from './kube/api-errors.js';
export { gatherPodEvidence, readPod } from './kube/gather-pod.js';
export { forEachPodPage } from './kube/list-pods.js';
export { toEventFacts, toPodFacts } from './kube/to-facts.js';
export { podRegistryProbe } from './registry/pod-registry-probe.js';
