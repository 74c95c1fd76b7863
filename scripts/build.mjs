// Bundles the plugin into one executable file, dist/kubectl-imagepull, the file krew installs.
//
// CommonJS rather than ESM: an extensionless file is read as CommonJS outside a "type": "module"
// package, which is where krew puts it; dist/package.json pins the same reading inside this repo.
//
// Two bundles in that one file. Node parses the whole of a script before running it, so a lazy
// import() inside one bundle still costs the parse of @kubernetes/client-node (~3 MB) on every
// start, `--help` included. The heavy half (plugin/lazy-cluster.ts: kube and registry code) is
// therefore bundled on its own and embedded in the main bundle as a string literal, which V8 only
// scans; plugin/lazy.ts's import() of it becomes a module that compiles that text on first use.
// Modules the main bundle already has are not copied into the heavy half: it is handed the main
// bundle's instances, so `instanceof UserError` holds whichever half threw.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const outfile = 'dist/kubectl-imagepull';
const HEAVY_ENTRY = 'plugin/lazy-cluster.ts';
const LOADER = 'plugin/lazy.ts';
/** How the heavy half names a module it borrows from the main bundle. */
const SHARED_PREFIX = 'kip-main:';

/** Options both halves are built with. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  define: { __KUBECTL_IMAGEPULL_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

/** Calls `replace` for the loader's import of the heavy entry, and only for that one. */
function onHeavyImport(replace) {
  return {
    name: 'heavy-import',
    setup(b) {
      b.onResolve({ filter: /\/lazy-cluster\.js$/ }, (args) =>
        path.relative(root, args.importer) === LOADER ? replace(args) : undefined,
      );
    },
  };
}

/** The project's own source files the main bundle contains when the heavy half is left out. */
async function mainModules() {
  const result = await build({
    ...common,
    entryPoints: ['plugin/bin.ts'],
    write: false,
    metafile: true,
    plugins: [onHeavyImport(() => ({ path: 'heavy', external: true }))],
  });
  return new Set(Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')));
}

/** Bundles the heavy half; imports of main-bundle modules stay `require('kip-main:<file>')`. */
async function heavyBundle(inMain) {
  const borrowed = new Set();
  const borrowFromMain = {
    name: 'borrow-from-main',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        if (args.importer.includes('/node_modules/')) return undefined;
        // The project imports its TypeScript files by their .js names (NodeNext resolution).
        const file = path
          .relative(root, path.resolve(args.resolveDir, args.path))
          .replace(/\.js$/, '.ts');
        if (!inMain.has(file)) return undefined;
        borrowed.add(file);
        return { path: SHARED_PREFIX + file, external: true };
      });
    },
  };
  const result = await build({
    ...common,
    entryPoints: [HEAVY_ENTRY],
    write: false,
    plugins: [borrowFromMain],
  });
  const text = result.outputFiles[0].text;
  if (/\bimport\(/.test(text)) throw new Error(`${HEAVY_ENTRY}: an import() was left unbundled`);
  return { text, borrowed: [...borrowed].sort() };
}

/**
 * The module that stands in for the heavy entry in the main bundle: CommonJS, so esbuild runs it
 * only on first import(). The text is brotli-compressed and base64-encoded: V8 scans a 3.5 MB
 * string literal in ~25 ms on every start, the 0.4 MB it packs into in ~1 ms, and unpacking on
 * first use takes ~6 ms. vm.compileFunction is the CommonJS wrapper without the file lookup.
 */
function heavyLoaderSource({ text, borrowed }) {
  const packed = brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  }).toString('base64');
  const shared = borrowed
    .map((f) => `  ${JSON.stringify(SHARED_PREFIX + f)}: require(${JSON.stringify(`./${f}`)}),`)
    .join('\n');
  return `const { createRequire } = require('node:module');
const { compileFunction } = require('node:vm');
const { brotliDecompressSync } = require('node:zlib');
const shared = {
${shared}
};
const requireFromDisk = createRequire(__filename);
const packed = ${JSON.stringify(packed)};
const source = brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8');
const params = ['exports', 'require', 'module', '__filename', '__dirname'];
compileFunction(source, params, { filename: __filename + '#cluster' }).call(
  module.exports,
  module.exports,
  (id) => (Object.hasOwn(shared, id) ? shared[id] : requireFromDisk(id)),
  module,
  __filename,
  __dirname,
);
`;
}

const heavy = await heavyBundle(await mainModules());
await mkdir('dist', { recursive: true });
await writeFile('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
await build({
  ...common,
  entryPoints: ['plugin/bin.ts'],
  outfile,
  banner: { js: '#!/usr/bin/env node' },
  plugins: [
    onHeavyImport(() => ({ path: 'embedded', namespace: 'heavy' })),
    {
      name: 'embedded-heavy',
      setup(b) {
        b.onLoad({ filter: /.*/, namespace: 'heavy' }, () => ({
          contents: heavyLoaderSource(heavy),
          loader: 'js',
          resolveDir: root,
        }));
      },
    },
  ],
});
await chmod(outfile, 0o755);
