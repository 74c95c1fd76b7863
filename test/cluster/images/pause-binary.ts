// Compiles test/cluster/images/pause into a static binary; no image registry
// is reachable, so the sandbox image has to be built from source.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './run-command.js';

/** Directory holding the pause program (its own Go module). */
export const PAUSE_SOURCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pause');

/** Builds the pause binary to `outFile`, keeping Go's build cache under `goCacheDir`. */
export async function buildPauseBinary(
  goBin: string,
  outFile: string,
  goCacheDir: string,
): Promise<void> {
  await runCommand(goBin, ['build', '-trimpath', '-ldflags=-s -w -buildid=', '-o', outFile, '.'], {
    cwd: PAUSE_SOURCE_DIR,
    env: {
      CGO_ENABLED: '0', // static: the image has no libc
      GOTOOLCHAIN: 'local', // never try to download another toolchain
      GOOS: 'linux',
      GOARCH: 'amd64',
      GOFLAGS: '',
      GOCACHE: goCacheDir, // keep the build's writes inside the cache dir
      GOPATH: path.join(goCacheDir, 'gopath'),
    },
  });
}
