import type { Rule } from './rule.js';

/** The image exists but not for this node's OS, architecture or Windows build. */
export const PLATFORM_RULES: readonly Rule[] = [
  {
    id: 'exec-format',
    family: 'platform',
    cause: 'unknown',
    confidence: 'low',
    alternatives: ['platform'],
    pattern: /exec format error/i,
    detail:
      'exec format error happens when a pulled image starts on the wrong CPU architecture; the pull ' +
      'itself succeeded. Check the image platform against the node architecture.',
  },
  {
    id: 'platform-mismatch',
    family: 'platform',
    cause: 'platform',
    confidence: 'high',
    pattern:
      /no matching manifest (?:for|from) [^\n]{1,120}? in the manifest list entries|no match for (?:current )?platform[^\n]{0,120}?in manifest|does not match the specified platform[^\n]{0,80}|no image found in (?:manifest list|image index) for architecture[^\n]{0,60}|image's platform \([^)\n]{1,60}\) does not match the detected host platform(?: \([^)\n]{1,60}\))?/i,
  },
  {
    id: 'os-mismatch',
    family: 'platform',
    cause: 'platform',
    confidence: 'high',
    pattern:
      /image operating system \\?"?\w{1,20}\\?"? cannot be used on this platform|(?:container operating system|operating system of the container) does not match (?:the )?(?:host operating system|operating system of the host)|Windows version [^\s]{1,30}-based image is incompatible with a [^\s]{1,30} host|unknown operating system or architecture[^\n"]{0,40}/i,
  },
  {
    // Windows fails to import a layer of a Linux image (or of another Windows build) this way.
    id: 'windows-base-layer',
    family: 'platform',
    cause: 'platform',
    confidence: 'medium',
    alternatives: ['runtime'],
    pattern: /Process(?:BaseLayer|UtilityVMImage)[^\n]{0,200}/,
    detail:
      'Windows could not import a base layer: most often a Linux image, or a Windows image of ' +
      "another Windows build, on a Windows node; otherwise the node's windowsfilter storage.",
  },
  {
    // Windows base layers ("foreign" layers, a Files/ tree) unpacked by a Linux snapshotter.
    id: 'windows-layer-on-linux',
    family: 'platform',
    cause: 'platform',
    confidence: 'medium',
    alternatives: ['runtime'],
    pattern:
      /\/fs\/Files\/(?:Program Files|Windows)\/[^\n]{0,120}|rootfs\.foreign\.diff[^\n]{0,200}?overlayfs/i,
    detail:
      'a Windows image (its layers hold a Files/ tree) is being unpacked on a Linux node or ' +
      'snapshotter: schedule it onto Windows nodes, or pull the Linux variant.',
  },
  {
    // containerd 2.x no longer reads Docker schema 1; the image must be rebuilt, not re-pulled.
    id: 'schema1-unsupported',
    family: 'platform',
    cause: 'platform',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern:
      /schema 1 support has been removed[^\n]{0,80}|manifest\.v1\+(?:prettyjws|json)[^\n]{0,40}?(?:not|un)supported|(?:not|un)supported[^\n]{0,80}?manifest\.v1\+(?:prettyjws|json)[^\n]{0,60}/i,
    detail:
      'the image is in the Docker schema 1 format, which current runtimes (containerd 2.x) no ' +
      'longer pull; rebuild and push it as an OCI or Docker schema 2 image.',
  },
];
