import type { Rule } from './rule.js';

/** A full disk: tried early, because every unpack error around it only reports the write. */
export const DISK_RULES: readonly Rule[] = [
  {
    id: 'no-space',
    family: 'storage',
    cause: 'disk',
    confidence: 'high',
    pattern:
      /no space left on device|disk quota exceeded|\bENOSPC\b|There is not enough space on the disk|thin pool [^\n]{0,120}?(?:free data blocks|is full)[^\n]{0,60}|low on resource: ephemeral-storage|DiskPressure/i,
  },
  {
    id: 'io-error',
    family: 'storage',
    cause: 'disk',
    confidence: 'medium',
    alternatives: ['runtime'],
    pattern: /(?:write|mount|open|mkdir) [^\s]{1,1000}: input\/output error/i,
    detail:
      'an I/O error while writing layers: a full thin pool or VM disk (which reports EIO, not ' +
      'ENOSPC), or a failing disk.',
  },
];

/**
 * The node could not unpack or store the image: the layer arrived, the runtime's storage (overlay,
 * snapshotter, graph driver, windowsfilter) refused it. Tried after the network rules, because a
 * layer stream cut by the network fails inside the same unpack step ("Untar ...: unexpected EOF").
 */
export const UNPACK_RULES: readonly Rule[] = [
  {
    // The manifest and the config disagree: a bad image as often as a bad local store.
    id: 'layers-config-mismatch',
    family: 'storage',
    cause: 'registry-error',
    confidence: 'medium',
    alternatives: ['runtime'],
    pattern: /layers from manifest don't match image configuration/i,
    detail:
      "the image's manifest and configuration list different layers: a malformed image, or " +
      "stale metadata in the runtime's own image store.",
  },
  {
    // The config's diff IDs do not match the unpacked layers: a badly built image, or a runtime
    // too old for the layer format.
    id: 'diff-id-mismatch',
    family: 'storage',
    cause: 'registry-error',
    confidence: 'medium',
    alternatives: ['runtime'],
    pattern:
      /wrong diff id calculated on extraction[^\n]{0,80}|does not match config's DiffID[^\n]{0,80}/i,
    detail:
      "the unpacked layers do not match the diff IDs in the image's configuration: a badly built " +
      'image (some build tools and compression bugs), or a runtime too old for its layer format.',
  },
  {
    id: 'snapshot-missing',
    family: 'storage',
    cause: 'runtime',
    confidence: 'high',
    pattern:
      /failed to prepare extraction (?:snapshot|layer)[^\n]{0,300}|missing parent bucket|parent snapshot [^\s]{1,200} does not exist|failed to (?:create|stat|mount|commit) (?:parent )?snapshot[^\n]{0,160}/i,
    detail:
      "the runtime's snapshotter lost track of a layer it had; it is the node, not the image.",
  },
  {
    id: 'rootfs-mismatch',
    family: 'storage',
    cause: 'runtime',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern: /mismatched image rootfs and manifest layers/i,
    detail:
      "containerd's unpacker and the image disagree on its layers: an old containerd with layer " +
      'types it cannot unpack (e.g. wasm), a stale content store, or a malformed image.',
  },
  {
    id: 'unpack-failed',
    family: 'storage',
    cause: 'runtime',
    confidence: 'high',
    pattern:
      /failed to register layer[^\n]{0,200}|failed to extract layer[^\n]{0,200}|failed to unpack image on snapshotter[^\n]{0,120}|failed to apply layer[^\n]{0,160}|ApplyLayer[^\n]{0,160}|(?:Untar )?re-exec error[^\n]{0,160}|Error processing tar file[^\n]{0,160}|error committing the finished image[^\n]{0,200}|error creating layer with ID[^\n]{0,160}|adding layer with blob[^\n]{0,200}|ProcessBaseLayer[^\n]{0,200}|hcsshim::[A-Za-z]{1,40}[^\n]{0,160}|failed to convert whiteout file[^\n]{0,120}|Failed to write to image store[^\n]{0,80}|error storing blob to file[^\n]{0,120}|failed to mount [^\s]{1,300}: [^\n]{0,80}|error creating [a-z]{2,12} mount[^\n]{0,200}|locking ref [^\s]{1,300} failed[^\n]{0,80}|Can not copy signatures to [^\s]{1,300}|error unpacking image[^\n]{0,100}|content digest sha256:[0-9a-f]{6,64}: not found|insufficient UIDs or GIDs[^\n]{0,120}|unpack destination [^\n]{0,200}/i,
    detail:
      'the runtime could not unpack the downloaded layers into its storage (overlay, snapshotter, ' +
      'graph driver): check its storage driver, the filesystem under it, user namespaces and ' +
      'its logs.',
  },
];
