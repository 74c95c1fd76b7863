import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeImageFsInfoResponse,
  decodeImageStatusResponse,
  decodeStatusResponse,
  decodeVersionResponse,
  encodePullImageRequest,
} from './messages.js';
import { MessageWriter, messagesField, readFields, stringField, varintField } from './wire.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('MessageWriter', () => {
  it('encodes strings, nested messages and varints as protobuf does', () => {
    // field 1 "ab" -> 0a 02 61 62; field 2 varint 300 -> 10 ac 02
    expect(hex(new MessageWriter().string(1, 'ab').varint(2, 300n).finish())).toBe(
      '0a0261621 0ac02'.replace(' ', ''),
    );
  });

  it('leaves out default values', () => {
    expect(new MessageWriter().string(1, '').varint(2, 0n).varint(3, false).finish()).toHaveLength(
      0,
    );
  });

  it('encodes a PullImageRequest with auth', () => {
    const fields = readFields(encodePullImageRequest('r.io/a:1', { username: 'u', password: 'p' }));
    const image = messagesField(fields, 1)[0];
    const auth = messagesField(fields, 2)[0];
    expect(image && stringField(image, 1)).toBe('r.io/a:1');
    expect(auth && [stringField(auth, 1), stringField(auth, 2), stringField(auth, 3)]).toEqual([
      'u',
      'p',
      '',
    ]);
  });
});

describe('decoding CRI answers', () => {
  const uint64Value = (v: bigint): Uint8Array => new MessageWriter().varint(1, v).finish();

  it('reads ImageFsInfo with wrapped counters and a fixed64 field it does not know', () => {
    const usage = new MessageWriter()
      .varint(1, 1_700_000_000_000_000_000n)
      .bytes(
        2,
        new MessageWriter()
          .string(1, '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs')
          .finish(),
      )
      .bytes(3, uint64Value(123_456_789_012n))
      .bytes(4, uint64Value(42n))
      .finish();
    const unknownFixed = Uint8Array.from([0x29, 1, 2, 3, 4, 5, 6, 7, 8]);
    const body = new MessageWriter().bytes(1, usage).finish();
    expect(decodeImageFsInfoResponse(Uint8Array.from([...body, ...unknownFixed]))).toEqual([
      {
        mountpoint: '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs',
        usedBytes: 123_456_789_012n,
        inodesUsed: 42n,
      },
    ]);
  });

  it('reads an absent image as undefined and a present one with its tags', () => {
    expect(decodeImageStatusResponse(new Uint8Array(0))).toBeUndefined();
    const image = new MessageWriter()
      .string(1, 'sha256:abc')
      .string(2, 'r.io/a:1')
      .string(2, 'r.io/a:2')
      .varint(4, 7n)
      .finish();
    expect(decodeImageStatusResponse(new MessageWriter().bytes(1, image).finish())).toEqual({
      id: 'sha256:abc',
      repoTags: ['r.io/a:1', 'r.io/a:2'],
      repoDigests: [],
      size: 7n,
    });
  });

  it('reads a Version answer', () => {
    const body = new MessageWriter()
      .string(1, '0.1.0')
      .string(2, 'containerd')
      .string(3, 'v1.6.20')
      .string(4, 'v1')
      .finish();
    expect(decodeVersionResponse(body)).toEqual({
      version: '0.1.0',
      runtimeName: 'containerd',
      runtimeVersion: 'v1.6.20',
      runtimeApiVersion: 'v1',
    });
  });

  it('reads a Status answer: each condition, a false one with its reason, the info map ignored', () => {
    const condition = (type: string, status: boolean, reason = '', message = '') =>
      new MessageWriter()
        .string(1, type)
        .varint(2, status)
        .string(3, reason)
        .string(4, message)
        .finish();
    const status = new MessageWriter()
      .bytes(1, condition('RuntimeReady', true))
      .bytes(
        1,
        condition('NetworkReady', false, 'NetworkPluginNotReady', 'cni config uninitialized'),
      )
      .finish();
    const info = new MessageWriter().string(1, 'config').string(2, '{}').finish();
    const body = new MessageWriter().bytes(1, status).bytes(2, info).finish();
    expect(decodeStatusResponse(body)).toEqual([
      { type: 'RuntimeReady', status: true, reason: '', message: '' },
      {
        type: 'NetworkReady',
        status: false,
        reason: 'NetworkPluginNotReady',
        message: 'cni config uninitialized',
      },
    ]);
    expect(decodeStatusResponse(new Uint8Array(0))).toEqual([]);
  });

  it('round-trips any 64-bit varint', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (v) => {
        expect(varintField(readFields(new MessageWriter().varint(5, v).finish()), 5)).toBe(v);
      }),
    );
  });

  it('throws only its own error on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          readFields(bytes);
        } catch (err) {
          expect((err as Error).message).toMatch(/^malformed protobuf/);
        }
      }),
    );
  });
});
