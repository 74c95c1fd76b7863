/** Which newer Node.js versions the release warns of, from what the registry lists per package. */
import { describe, expect, it } from 'vitest';
import { newerCoveringVersions, type RegistryPackage } from './registry-check.js';
import { NODE_VERSION, RUNTIMES } from './runtimes.js';

/** The six pinned packages, each listing `versions` plus the pinned one, or `extra` for one. */
function registry(versions: string[], extra: Record<string, string[]> = {}): RegistryPackage[] {
  return RUNTIMES.map((pin) => ({
    pin,
    integrity: pin.integrity,
    versions: [NODE_VERSION, ...versions, ...(extra[pin.target] ?? [])],
  }));
}

describe('newerCoveringVersions', () => {
  it.each<[string, RegistryPackage[], { version: string; kind: string }[]]>([
    ['nothing newer anywhere', registry(['20.19.0', '22.1.0']), []],
    [
      'a newer release of the pinned line on every target',
      registry(['22.23.9', '22.24.0']),
      [{ version: '22.24.0', kind: 'same-line' }],
    ],
    [
      'a newer even line on every target',
      registry(['24.1.0', '24.2.0', '26.0.0']),
      [
        { version: '24.2.0', kind: 'newer-line' },
        { version: '26.0.0', kind: 'newer-line' },
      ],
    ],
    ['an odd line (never LTS)', registry(['23.11.1', '25.9.0']), []],
    [
      'a newer version missing from one target',
      registry([], { 'linux-x64': ['22.23.5', '26.12.1'], 'darwin-arm64': ['26.12.1'] }),
      [],
    ],
    ['pre-releases', registry(['24.0.0-rc.1']), []],
  ])('%s', (_what, packages, want) => {
    expect(newerCoveringVersions(packages)).toEqual(want);
  });
});
