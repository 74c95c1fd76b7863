// A small CRI client: unary gRPC calls over HTTP/2 on the runtime's unix socket, the way the
// kubelet talks to containerd, CRI-O or cri-dockerd. Talking gRPC ourselves (rather than running
// `crictl pull --creds`) keeps credentials out of any process's argv.
import http2 from 'node:http2';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import {
  decodeImageFsInfoResponse,
  decodeImageStatusResponse,
  decodePullImageResponse,
  decodeStatusResponse,
  decodeVersionResponse,
  encodeImageFsInfoRequest,
  encodeImageStatusRequest,
  encodePullImageRequest,
  encodeRemoveImageRequest,
  encodeStatusRequest,
  encodeVersionRequest,
  type CriAuth,
  type CriFilesystem,
  type CriImage,
  type CriCondition,
  type CriVersion,
} from './messages.js';

const GRPC_CODES = [
  'OK',
  'Canceled',
  'Unknown',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Internal',
  'Unavailable',
  'DataLoss',
  'Unauthenticated',
] as const;

/** A call the runtime answered with a non-OK gRPC status; `message` is the runtime's text verbatim. */
export class CriCallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'CriCallError';
  }
  /** The status name as gRPC spells it (`Unknown`, `NotFound`, ...). */
  get codeName(): string {
    return GRPC_CODES[this.code] ?? `code ${this.code}`;
  }
}

/** gRPC's length-prefixed message framing: 1 byte "compressed" flag, 4 bytes big-endian length. */
function frame(body: Uint8Array): Buffer {
  const out = Buffer.alloc(5 + body.length);
  out.writeUInt32BE(body.length, 1);
  out.set(body, 5);
  return out;
}

function unframe(data: Buffer): Uint8Array {
  if (data.length < 5) return new Uint8Array(0);
  if (data[0] !== 0)
    throw new Error('runtime sent a compressed gRPC message, which was not asked for');
  return data.subarray(5, 5 + data.readUInt32BE(1));
}

// grpc-message is percent-encoded on the wire.
function decodeGrpcMessage(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The gRPC status from response headers (a trailers-only answer) or trailers, if present. */
function statusOf(
  headers: http2.IncomingHttpHeaders,
): { code: number; message: string } | undefined {
  const code = headers['grpc-status'];
  if (code === undefined) return undefined;
  return { code: Number(code), message: decodeGrpcMessage(String(headers['grpc-message'] ?? '')) };
}

const requestHeaders = (path: string, timeoutMs: number): http2.OutgoingHttpHeaders => ({
  ':method': 'POST',
  ':path': path,
  'content-type': 'application/grpc',
  te: 'trailers',
  'grpc-timeout': `${Math.max(1, Math.round(timeoutMs))}m`,
});

/** One unary call; rejects with CriCallError for a gRPC status, or a transport Error. */
function unary(
  session: http2.ClientHttp2Session,
  path: string,
  body: Uint8Array,
  timeoutMs: number,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const stream = session.request(requestHeaders(path, timeoutMs));
    const chunks: Buffer[] = [];
    let status: { code: number; message: string } | undefined;
    // The runtime honours grpc-timeout; this only guards against a runtime that hangs outright.
    const timer = setTimeout(() => {
      stream.close(http2.constants.NGHTTP2_CANCEL);
      reject(new CriCallError(4, `no answer from the runtime within ${timeoutMs} ms`));
    }, timeoutMs + 2000);
    stream.on('response', (headers) => (status = statusOf(headers) ?? status));
    stream.on('trailers', (headers) => (status = statusOf(headers) ?? status));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    stream.on('close', () => {
      clearTimeout(timer);
      if (status === undefined)
        reject(new Error(`runtime closed the call ${path} without a gRPC status`));
      else if (status.code !== 0) reject(new CriCallError(status.code, status.message));
      else resolve(unframe(Buffer.concat(chunks)));
    });
    stream.end(frame(body));
  });
}

/** Opens a byte stream to the runtime's socket (a local path, or a forwarded SSH channel). */
export type SocketDialer = () => Promise<Duplex>;

/** A CRI client for one runtime socket. Call close() when done. */
export class CriClient {
  private session: Promise<http2.ClientHttp2Session> | undefined;
  private apiPackage = 'runtime.v1';
  private readonly dial: SocketDialer;

  /** `socket` is a unix socket path on this machine, or a dialer for one elsewhere. */
  constructor(socket: string | SocketDialer) {
    this.dial = typeof socket === 'string' ? () => Promise.resolve(net.connect(socket)) : socket;
  }

  private async open(): Promise<http2.ClientHttp2Session> {
    const stream = await this.dial();
    const session = http2.connect('http://localhost', { createConnection: () => stream });
    // Connection failures also fail every pending stream, which is where callers see them.
    session.on('error', () => undefined);
    return session;
  }

  private async connect(): Promise<http2.ClientHttp2Session> {
    const current = await this.session?.catch(() => undefined);
    if (current && !current.closed && !current.destroyed) return current;
    this.session = this.open();
    return this.session;
  }

  private async call(
    service: string,
    method: string,
    body: Uint8Array,
    timeoutMs: number,
  ): Promise<Uint8Array> {
    const session = await this.connect();
    return unary(session, `/${this.apiPackage}.${service}/${method}`, body, timeoutMs);
  }

  /** RuntimeService.Version; falls back to CRI v1alpha2 for runtimes older than CRI v1. */
  async version(timeoutMs: number): Promise<CriVersion> {
    try {
      return decodeVersionResponse(
        await this.call('RuntimeService', 'Version', encodeVersionRequest(), timeoutMs),
      );
    } catch (err) {
      if (
        !(err instanceof CriCallError) ||
        err.codeName !== 'Unimplemented' ||
        this.apiPackage !== 'runtime.v1'
      )
        throw err;
      this.apiPackage = 'runtime.v1alpha2';
      return decodeVersionResponse(
        await this.call('RuntimeService', 'Version', encodeVersionRequest(), timeoutMs),
      );
    }
  }

  /** ImageService.ImageStatus: the image, or undefined when the runtime does not have it. */
  async imageStatus(image: string, timeoutMs: number): Promise<CriImage | undefined> {
    return decodeImageStatusResponse(
      await this.call('ImageService', 'ImageStatus', encodeImageStatusRequest(image), timeoutMs),
    );
  }

  /** ImageService.PullImage; returns the image ref (id) the runtime stored. */
  async pullImage(image: string, auth: CriAuth | undefined, timeoutMs: number): Promise<string> {
    return decodePullImageResponse(
      await this.call('ImageService', 'PullImage', encodePullImageRequest(image, auth), timeoutMs),
    );
  }

  /** ImageService.RemoveImage. */
  async removeImage(image: string, timeoutMs: number): Promise<void> {
    await this.call('ImageService', 'RemoveImage', encodeRemoveImageRequest(image), timeoutMs);
  }

  /** RuntimeService.Status: the runtime's conditions (RuntimeReady, NetworkReady). */
  async status(timeoutMs: number): Promise<CriCondition[]> {
    return decodeStatusResponse(
      await this.call('RuntimeService', 'Status', encodeStatusRequest(), timeoutMs),
    );
  }

  /** ImageService.ImageFsInfo: the runtime's image filesystems. */
  async imageFsInfo(timeoutMs: number): Promise<CriFilesystem[]> {
    return decodeImageFsInfoResponse(
      await this.call('ImageService', 'ImageFsInfo', encodeImageFsInfoRequest(), timeoutMs),
    );
  }

  /** Closes the connection. */
  close(): void {
    void this.session?.then(
      (s) => s.close(),
      () => undefined,
    );
    this.session = undefined;
  }
}
