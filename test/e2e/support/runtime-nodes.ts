/**
 * The runtime matrix as end-to-end files iterate it: every scenario runs once per node, and each
 * node has a peer (another runtime) for the "fails here, works there" scenarios. Read from the
 * harness layout, so `describe.each` can name the runtime before the cluster is read.
 */
import { CONTAINERD_VERSION, CRIO_VERSION, NODES, type NodeRuntime } from '../../cluster/layout.js';

/** One node of the matrix with the names a test title uses. */
export interface RuntimeNode {
  readonly name: string;
  readonly runtime: NodeRuntime;
  /** e.g. `node-3 (cri-o v1.36.1)`, for test titles. */
  readonly label: string;
  /** Another node, on another runtime. */
  readonly peer: string;
}

/** What a runtime is called in titles and the matrix table. */
export function runtimeTitle(runtime: NodeRuntime): string {
  if (runtime === 'cri-o') return `cri-o ${CRIO_VERSION}`;
  return runtime === 'containerd' ? `containerd ${CONTAINERD_VERSION}` : 'containerd 1.6 (Debian)';
}

/** Every node of the test cluster, in layout order. */
export const RUNTIME_NODES: readonly RuntimeNode[] = NODES.map((node, i) => ({
  name: node.name,
  runtime: node.runtime,
  label: `${node.name} (${runtimeTitle(node.runtime)})`,
  peer: NODES[(i + 1) % NODES.length]!.name,
}));
