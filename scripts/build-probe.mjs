// Bundles the node-side probe into one self-contained file, dist/probe/kip-probe.cjs, that the
// probe image runs with a plain `node`. Nothing may stay external except Node's own modules: the
// probe image has no node_modules. The build fails if anything else is left as a require().
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outfile = 'dist/probe/kip-probe.cjs';
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const result = await build({
  absWorkingDir: root,
  entryPoints: ['probe/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const external = Object.values(result.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((imported) => imported.external && !builtins.has(imported.path))
  .map((imported) => imported.path);
if (external.length > 0) {
  throw new Error(
    `${outfile} still requires non-builtin modules: ${[...new Set(external)].join(', ')}`,
  );
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
process.stdout.write(`${outfile}: ${(bytes / 1024).toFixed(1)} KiB\n`);
