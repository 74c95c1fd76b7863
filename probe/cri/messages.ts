// The CRI (k8s.io/cri-api, package runtime.v1) messages the probe sends and reads, written here
// by hand with the API's public field numbers: ImageService PullImage, ImageStatus, RemoveImage,
// ImageFsInfo and RuntimeService Version. Only the fields the probe uses are listed.
import {
  MessageWriter,
  messagesField,
  readFields,
  stringField,
  stringsField,
  varintField,
} from './wire.js';

/** AuthConfig: what the kubelet passes for a credentialed pull. */
export interface CriAuth {
  readonly username?: string;
  readonly password?: string;
  readonly auth?: string;
  readonly serverAddress?: string;
}

/** Image as ImageStatus returns it. */
export interface CriImage {
  readonly id: string;
  readonly repoTags: readonly string[];
  readonly repoDigests: readonly string[];
  readonly size: bigint;
}

/** RuntimeService.Version's answer. */
export interface CriVersion {
  readonly version: string;
  readonly runtimeName: string;
  readonly runtimeVersion: string;
  readonly runtimeApiVersion: string;
}

/** One image filesystem from ImageFsInfo. */
export interface CriFilesystem {
  readonly mountpoint: string;
  readonly usedBytes?: bigint;
  readonly inodesUsed?: bigint;
}

// ImageSpec { string image = 1; }
const imageSpec = (image: string): Uint8Array => new MessageWriter().string(1, image).finish();

// AuthConfig { username = 1; password = 2; auth = 3; server_address = 4; }
function authConfig(auth: CriAuth): Uint8Array {
  return new MessageWriter()
    .string(1, auth.username)
    .string(2, auth.password)
    .string(3, auth.auth)
    .string(4, auth.serverAddress)
    .finish();
}

/** PullImageRequest { ImageSpec image = 1; AuthConfig auth = 2; PodSandboxConfig sandbox_config = 3; } */
export const encodePullImageRequest = (image: string, auth?: CriAuth): Uint8Array =>
  new MessageWriter()
    .bytes(1, imageSpec(image))
    .bytes(2, auth === undefined ? undefined : authConfig(auth))
    .finish();

/** PullImageResponse { string image_ref = 1; } */
export const decodePullImageResponse = (buf: Uint8Array): string => stringField(readFields(buf), 1);

/** ImageStatusRequest { ImageSpec image = 1; bool verbose = 2; } */
export const encodeImageStatusRequest = (image: string): Uint8Array =>
  new MessageWriter().bytes(1, imageSpec(image)).finish();

/** ImageStatusResponse { Image image = 1; } with Image { id = 1; repo_tags = 2; repo_digests = 3; uint64 size = 4; } */
export function decodeImageStatusResponse(buf: Uint8Array): CriImage | undefined {
  const image = messagesField(readFields(buf), 1)[0];
  if (image === undefined) return undefined;
  return {
    id: stringField(image, 1),
    repoTags: stringsField(image, 2),
    repoDigests: stringsField(image, 3),
    size: varintField(image, 4),
  };
}

/** RemoveImageRequest { ImageSpec image = 1; } */
export const encodeRemoveImageRequest = (image: string): Uint8Array =>
  new MessageWriter().bytes(1, imageSpec(image)).finish();

/** ImageFsInfoRequest {} */
export const encodeImageFsInfoRequest = (): Uint8Array => new Uint8Array(0);

// FilesystemUsage { int64 timestamp = 1; FilesystemIdentifier fs_id = 2; UInt64Value used_bytes = 3;
// UInt64Value inodes_used = 4; } FilesystemIdentifier { string mountpoint = 1; } UInt64Value { uint64 value = 1; }
/** ImageFsInfoResponse { repeated FilesystemUsage image_filesystems = 1; } */
export function decodeImageFsInfoResponse(buf: Uint8Array): CriFilesystem[] {
  return messagesField(readFields(buf), 1).map((usage) => {
    const fsId = messagesField(usage, 2)[0];
    const used = messagesField(usage, 3)[0];
    const inodes = messagesField(usage, 4)[0];
    return {
      mountpoint: fsId === undefined ? '' : stringField(fsId, 1),
      ...(used === undefined ? {} : { usedBytes: varintField(used, 1) }),
      ...(inodes === undefined ? {} : { inodesUsed: varintField(inodes, 1) }),
    };
  });
}

/** VersionRequest { string version = 1; } */
export const encodeVersionRequest = (): Uint8Array => new MessageWriter().string(1, 'v1').finish();

/** VersionResponse { version = 1; runtime_name = 2; runtime_version = 3; runtime_api_version = 4; } */
export function decodeVersionResponse(buf: Uint8Array): CriVersion {
  const fields = readFields(buf);
  return {
    version: stringField(fields, 1),
    runtimeName: stringField(fields, 2),
    runtimeVersion: stringField(fields, 3),
    runtimeApiVersion: stringField(fields, 4),
  };
}

/** One condition of the runtime's status: RuntimeReady, NetworkReady, or a runtime's own. */
export interface CriCondition {
  readonly type: string;
  readonly status: boolean;
  readonly reason: string;
  readonly message: string;
}

/** StatusRequest { bool verbose = 1; }: not verbose, the info map is not wanted. */
export const encodeStatusRequest = (): Uint8Array => new Uint8Array(0);

// RuntimeStatus { repeated RuntimeCondition conditions = 1; }
// RuntimeCondition { string type = 1; bool status = 2; string reason = 3; string message = 4; }
/** StatusResponse { RuntimeStatus status = 1; map<string, string> info = 2; ... } */
export function decodeStatusResponse(buf: Uint8Array): CriCondition[] {
  const status = messagesField(readFields(buf), 1)[0];
  if (status === undefined) return [];
  return messagesField(status, 1).map((c) => ({
    type: stringField(c, 1),
    status: varintField(c, 2) !== 0n,
    reason: stringField(c, 3),
    message: stringField(c, 4),
  }));
}
