/**
 * The stable cause IDs of an image pull failure. Scripts read these from `-o json`, so an ID is
 * never renamed or reused; finer detail goes into a classification's facts instead.
 */
export const CAUSES = [
  'not-found',
  'auth',
  'auth-or-not-found',
  'rate-limit',
  'dns',
  'network',
  'tls',
  'platform',
  'disk',
  'invalid-reference',
  'never-pull',
  'secret-missing',
  'policy',
  'kubelet-throttle',
  'registry-error',
  'runtime',
  'pulling',
  'pull-queued',
  'pull-slow',
  'pull-stuck',
  'unknown',
] as const;

/** One named cause of an image pull failure. */
export type Cause = (typeof CAUSES)[number];

/**
 * Causes of a pull that has not failed (yet): decided from the pod's and its node's Pulling and
 * Pulled events, the kubelet's configuration and the clock, never from an error's wording, so the
 * classifier's corpus has no messages for them.
 */
export const PULL_PROGRESS_CAUSES: ReadonlySet<Cause> = new Set<Cause>([
  'pulling',
  'pull-queued',
  'pull-slow',
  'pull-stuck',
]);

/** How sure a classification is: high when the wording names one cause only. */
export type Confidence = 'high' | 'medium' | 'low';

/** What a cause is called, what it means and what generally fixes it. */
export interface CauseInfo {
  readonly title: string;
  readonly meaning: string;
  readonly fix: string;
}

/** The human text for every cause; `explain`, `diagnose` and the README all print from here. */
export const CAUSE_INFO: Readonly<Record<Cause, CauseInfo>> = {
  'not-found': {
    title: 'Image not found',
    meaning: 'The registry answered, but has no such repository, tag or digest.',
    fix: 'Correct the image name or tag, or push the missing tag; list the repository tags to compare.',
  },
  auth: {
    title: 'Registry refused the credentials',
    meaning:
      'The registry requires credentials the node did not send, or rejected the ones it sent.',
    fix: "Give the pod a dockerconfigjson pull secret for the image's exact registry host, in its namespace.",
  },
  'auth-or-not-found': {
    title: 'Image missing or access denied (registry will not say which)',
    meaning: 'The registry answers the same way for a missing repository and for a private one.',
    fix: 'Check the image name first, then the pull secret; query the registry with and without credentials.',
  },
  'rate-limit': {
    title: 'Registry rate limit',
    meaning:
      'The registry refused further pulls from this client or source IP for a while (HTTP 429).',
    fix: 'Pull with authenticated credentials, use a mirror or pull-through cache, or wait for the window.',
  },
  dns: {
    title: 'Registry host name does not resolve',
    meaning:
      "The node's resolver could not turn the registry (or blob/CDN) host name into an address.",
    fix: "Check the host name spelling and the node's /etc/resolv.conf and DNS server (not the cluster DNS).",
  },
  network: {
    title: 'Registry unreachable over the network',
    meaning: 'The node resolved the host but could not open or keep a connection to it.',
    fix: "Test TCP to the registry host:port from the node; check firewalls, NAT/egress and the runtime's proxy.",
  },
  tls: {
    title: 'TLS trust or protocol mismatch',
    meaning:
      "The registry's certificate is not trusted or does not match, or it does not speak HTTPS.",
    fix: "Add the registry's CA to the runtime on every node (e.g. containerd certs.d), or fix its certificate.",
  },
  platform: {
    title: 'No image for the node platform',
    meaning: "The image exists, but has no variant for the node's OS/architecture (e.g. arm64).",
    fix: 'Build and push a multi-arch image, or schedule the pod onto nodes of a platform the image has.',
  },
  disk: {
    title: 'Node out of disk space',
    meaning: "The node ran out of bytes or inodes while writing or unpacking the image's layers.",
    fix: "Free space on the runtime's image filesystem (prune unused images) or give the node more disk.",
  },
  'invalid-reference': {
    title: 'Image reference does not parse',
    meaning: 'The image field is not a valid reference, so nothing was pulled (InvalidImageName).',
    fix: 'Fix the image field: lowercase repository, no scheme like https://, a non-empty tag after ":".',
  },
  'never-pull': {
    title: 'Pull policy Never and image absent',
    meaning:
      'imagePullPolicy is Never and the image is not already on this node (ErrImageNeverPull).',
    fix: 'Load the image onto the node first, or set imagePullPolicy to IfNotPresent.',
  },
  'secret-missing': {
    title: 'Referenced pull secret does not exist',
    meaning:
      "A pull secret named by the pod or its service account is absent from the pod's namespace.",
    fix: "Create the secret in the pod's namespace (secrets never cross namespaces), or fix the name.",
  },
  policy: {
    title: 'Rejected by an image policy',
    meaning:
      'A signature or admission policy, or an allow list on the way, refused the image (not its credentials).',
    fix: 'Sign the image or use an allowed registry as the policy requires, or change the policy for it.',
  },
  'kubelet-throttle': {
    title: 'Kubelet pull rate limit',
    meaning:
      'The kubelet itself throttled pulls (registryPullQPS/registryBurst); the registry was not asked.',
    fix: 'Usually transient: it retries. Raise registryPullQPS/registryBurst if many pulls start together.',
  },
  'registry-error': {
    title: 'Registry-side error',
    meaning:
      'The registry failed (5xx), or served content that is missing or does not match its digest.',
    fix: "Retry later and check the registry's status; re-push the image if blobs are missing or corrupt.",
  },
  runtime: {
    title: 'Container runtime failed',
    meaning:
      'The runtime did not answer the kubelet, or could not unpack the image into its own storage.',
    fix: 'Check the runtime service on the node (systemctl status containerd or crio), its storage and logs.',
  },
  pulling: {
    title: 'Still pulling, at a normal rate',
    meaning:
      "The image is being pulled and the pull is not slower than this node's recent pulls suggest.",
    fix: 'Wait; to start pods faster next time, pre-pull large images (a DaemonSet or image puller) or use a mirror nearby.',
  },
  'pull-queued': {
    title: 'Queued behind another pull on the node',
    meaning:
      'The kubelet pulls one image at a time (serializeImagePulls: true, the default) or has reached maxParallelImagePulls; this pull waits for the one ahead.',
    fix: 'Set serializeImagePulls: false and a maxParallelImagePulls limit in the kubelet configuration, or pre-pull the large image ahead.',
  },
  'pull-slow': {
    title: 'Pull slower than the registry and network should allow',
    meaning:
      "The pull has taken several times longer than the image's size and this node's recent pull rate predict.",
    fix: 'Pull from a registry mirror or pull-through cache close to the nodes, or pre-pull the image (DaemonSet or image puller).',
  },
  'pull-stuck': {
    title: 'Pull stuck without progress',
    meaning:
      'The pull made no progress: the runtime cancelled it (containerd image_pull_progress_timeout, CRI-O pull_progress_timeout) or it has run past that timeout with no Pulled event.',
    fix: 'Check the path to the registry from the node (kubectl imagepull reproduce); use a mirror, or set CRI-O pull_progress_timeout so a stall fails rather than hangs.',
  },
  unknown: {
    title: 'No pull problem recognised',
    meaning: 'The text names no known image pull failure, or not enough of it to say which.',
    fix: 'Explain the full Failed event text (kubectl get events), not only the waiting reason.',
  },
};

/** What tells the alternatives of an ambiguous classification apart, keyed by its cause. */
export const DISAMBIGUATION: Readonly<Partial<Record<Cause, string>>> = {
  'auth-or-not-found':
    'list the repository tags with and without credentials: found with credentials means auth; ' +
    'absent even with valid credentials means not-found.',
  auth:
    'pull the image on the node with the pod\'s credentials (kubectl imagepull reproduce): if that ' +
    'works, the credentials are the cause; otherwise the network path or the policy named.',
  network:
    'try the same pull on the node (kubectl imagepull reproduce); a stalled or cut download fails ' +
    'again on the same host, a corrupt blob fails everywhere with the same digest.',
  unknown:
    'find the Failed event for the pod (kubectl get events --field-selector involvedObject.name=POD) ' +
    'and explain its full message; a timeout alone does not say which step stalled.',
};

/** Narrows any value to a cause ID. */
export function isCause(value: unknown): value is Cause {
  return CAUSES.some((cause) => cause === value);
}
