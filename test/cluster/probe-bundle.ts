/** Where the built probe bundle is; the test cluster bakes it into the probe image its nodes cache. */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The probe bundle `npm run build` writes, or undefined when it has not been built. */
export async function probeBundlePath(): Promise<string | undefined> {
  const bundle = path.join(ROOT, 'dist', 'probe', 'kip-probe.cjs');
  return access(bundle).then(
    () => bundle,
    () => undefined,
  );
}
