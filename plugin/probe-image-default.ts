// Replaced by the release build (scripts/release/) with the probe image it built, pinned by digest.
declare const __KUBECTL_IMAGEPULL_PROBE_IMAGE__: string | undefined;

/**
 * The probe image `reproduce` launches when neither --probe-image nor KUBECTL_IMAGEPULL_PROBE_IMAGE
 * names one. A release pins it by digest, so a tag moved on the registry cannot change what runs
 * privileged on a node; a development build names the version's tag.
 */
export const DEFAULT_PROBE_IMAGE: string =
  typeof __KUBECTL_IMAGEPULL_PROBE_IMAGE__ === 'string'
    ? __KUBECTL_IMAGEPULL_PROBE_IMAGE__
    : 'ghcr.io/kubectl-imagepull/imagepull-probe:v0.1.0';
