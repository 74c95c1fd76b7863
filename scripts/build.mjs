// Bundles the plugin into one executable file, dist/kubectl-imagepull, the file krew installs.
//
// CommonJS rather than ESM: an extensionless file is read as CommonJS outside a "type": "module"
// package, which is where krew puts it; dist/package.json pins the same reading inside this repo.
// Dynamic import() of bundled modules stays lazy: esbuild wraps such modules in init functions
// that run on first import, so heavy clients cost nothing until a command needs them.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const outfile = 'dist/kubectl-imagepull';

await mkdir('dist', { recursive: true });
await writeFile('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
await build({
  entryPoints: ['plugin/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  define: {
    __KUBECTL_IMAGEPULL_VERSION__: JSON.stringify(pkg.version),
  },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
