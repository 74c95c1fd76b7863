import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
// Bundles the plugin into one executable file, dist/kubectl-imagepull, the file krew installs.
//
// CommonJS rather than ESM: an extensionless file is read as CommonJS outside a "type": "module"
// package, which is where krew puts it; dist/package.json pins the same reading inside this repo.
//
// Two bundles in that one file. Node parses the whole of a script before running it, so a lazy
// import() inside one bundle still costs the parse of @kubernetes/client-node (~3 MB) on every
// start, `--help` included. So the rule is: a project module that the plugin reaches only through
// import() (plugin/lazy-cluster.ts, the probe code, and all they import) goes to the heavy half.
// The heavy half is bundled on its own and embedded in the main bundle as a packed string
// literal, which V8 only scans; each such import() becomes a module that compiles the heavy half
// on first use. Modules the main bundle already has are not copied into the heavy half: it is
// handed the main bundle's instances, so `instanceof UserError` holds whichever half threw.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const ENTRY = 'plugin/bin.ts';
// The release build (scripts/release/) writes its own copy elsewhere, with the probe image it built
// pinned by digest as the default; a plain `npm run build` leaves both unset.
const outfile = process.env.KIP_BUILD_OUTFILE || 'dist/kubectl-imagepull';
const probeImage = process.env.KIP_BUILD_PROBE_IMAGE;
/** How the heavy half names a module it borrows from the main bundle. */
const BORROWED = 'kip-main:';
/**
 * Lazily imported files that get an embedded bundle of their own instead of joining the heavy
 * half: `diagnose` reads the API through plugin/lazy-read.ts and must not pay for compiling
 * client-node, which only the heavy half holds. A module both need is bundled into both.
 */
const OWN_HALF = { 'plugin/lazy-read.ts': 'read' };

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
  define: {
    __KUBECTL_IMAGEPULL_VERSION__: JSON.stringify(pkg.version),
    ...(probeImage ? { __KUBECTL_IMAGEPULL_PROBE_IMAGE__: JSON.stringify(probeImage) } : {}),
  },
  logLevel: 'warning',
};

/**
 * Hands every import() in a project file (not a package's) to `replace`, with the imported file
 * relative to the root; `replace` returns an esbuild resolve result, or undefined to bundle it.
 */
function onLazyImport(replace) {
  return {
    name: 'lazy-import',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (resolved.errors.length > 0) return undefined;
        return replace(path.relative(root, resolved.path));
      });
    },
  };
}

/**
 * ssh2 tries two optional native addons (its sshcrypto binding and cpu-features) inside
 * try/catch and falls back to Node's own crypto without them. A single-file plugin cannot carry
 * compiled addons, so each require of one becomes a module that throws, exactly as when the addon
 * failed to build; the fallback is then always the code path, in the repo and when installed.
 */
const nativeAddonsAbsent = {
  name: 'native-addons-absent',
  setup(b) {
    b.onResolve({ filter: /\.node$|^cpu-features$/ }, (args) => ({
      path: args.path,
      namespace: 'native-addon',
    }));
    b.onLoad({ filter: /.*/, namespace: 'native-addon' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`native addon ${args.path} is not bundled`)});`,
      loader: 'js',
    }));
  },
};

/**
 * `punycode` is a deprecated builtin that Node 22 warns about on first require (DEP0040); the
 * dependencies that ask for it (whatwg-url's tr46) get the userland package of the same name
 * instead, bundled like any other. The trailing slash is Node's own way to name the package
 * rather than the builtin.
 */
const userlandPunycode = {
  name: 'userland-punycode',
  setup(b) {
    b.onResolve({ filter: /^(node:)?punycode$/ }, (args) =>
      b.resolve('punycode/', { kind: args.kind, resolveDir: root }),
    );
  },
};

/** The main bundle's own files when every import() is left out, and what those import()s load. */
async function splitModules() {
  const lazy = new Set();
  const result = await build({
    ...common,
    entryPoints: [ENTRY],
    write: false,
    metafile: true,
    plugins: [
      nativeAddonsAbsent,
      userlandPunycode,
      onLazyImport((file) => (lazy.add(file), { path: file, external: true })),
    ],
  });
  const inMain = new Set(Object.keys(result.metafile.inputs));
  const halves = {};
  for (const file of [...lazy].filter((f) => !inMain.has(f)).sort())
    (halves[OWN_HALF[file] ?? 'heavy'] ??= []).push(file);
  return { inMain, halves };
}

/** Bundles one half; its imports of main-bundle files become `require('kip-main:<file>')`. */
async function halfBundle(name, heavy, inMain) {
  const borrowed = new Set();
  const borrowFromMain = {
    name: 'borrow-from-main',
    setup(b) {
      // Only relative .js imports from project files: client-node alone makes thousands of
      // imports, and a round trip to this plugin for each would cost seconds.
      b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        // The project imports its TypeScript files by their .js names (NodeNext resolution).
        const file = path
          .relative(root, path.resolve(args.resolveDir, args.path))
          .replace(/\.js$/, '.ts');
        if (!inMain.has(file)) return undefined;
        borrowed.add(file);
        return { path: BORROWED + file, external: true };
      });
    },
  };
  const entry = [
    ...heavy.map((f, i) => `import * as m${i} from ${JSON.stringify(`./${f}`)};`),
    `export const modules = { ${heavy.map((f, i) => `${JSON.stringify(f)}: m${i}`).join(', ')} };`,
  ].join('\n');
  const result = await build({
    ...common,
    stdin: { contents: entry, resolveDir: root, sourcefile: 'heavy-entry.js', loader: 'js' },
    write: false,
    plugins: [nativeAddonsAbsent, userlandPunycode, borrowFromMain],
  });
  const text = result.outputFiles[0].text;
  if (/\bimport\(/.test(text)) throw new Error(`the ${name} half has an import() left unbundled`);
  return { name, text, borrowed: [...borrowed].sort() };
}

/**
 * The loader text both kinds of embedded code share: compile `source` (a variable in scope) with
 * V8's code cache from $XDG_CACHE_HOME/kubectl-imagepull/FILE, and write the cache at exit when
 * there was none or V8 refused it, removing caches of other builds (names starting `prefix`), so
 * an upgrade does not leave old ones behind forever. Needs fs, os, path and Script in scope; any
 * cache failure just compiles.
 */
function cachedScript(fileExpr, filenameExpr, prefix) {
  return `const cacheDir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kubectl-imagepull');
const cacheFile = path.join(cacheDir, ${fileExpr});
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: ${filenameExpr}, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so functions compiled on first use are in the cache too.
  process.once('exit', () => {
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(cacheFile + '.' + process.pid, script.createCachedData());
      fs.renameSync(cacheFile + '.' + process.pid, cacheFile);
      for (const old of fs.readdirSync(cacheDir))
        if (old.startsWith(${JSON.stringify(prefix)}) && old !== path.basename(cacheFile)) fs.rmSync(path.join(cacheDir, old), { force: true });
    } catch {}
  });
}`;
}

/**
 * The module that compiles the heavy half, once: CommonJS, so esbuild runs it only when first
 * required. The text is brotli-compressed and base64-encoded: V8 scans a 3.5 MB string literal in
 * ~25 ms on every start, the 0.4 MB it packs into in ~1 ms, and unpacking on first use takes
 * ~6 ms. vm.compileFunction is the CommonJS wrapper without the file lookup.
 */
function heavyLoaderSource({ name, text, borrowed }) {
  const packed = brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  }).toString('base64');
  const shared = borrowed
    .map((f) => `  ${JSON.stringify(BORROWED + f)}: require(${JSON.stringify(`./${f}`)}),`)
    .join('\n');
  const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `const { createRequire } = require('node:module');
const { Script } = require('node:vm');
const { brotliDecompressSync } = require('node:zlib');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const shared = {
${shared}
};
const requireFromDisk = createRequire(__filename);
const packed = ${JSON.stringify(packed)};
const source = brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8');
// V8's code cache for the heavy half, kept per user and per build: compiling client-node is most
// of a cold \`diagnose\`, and the cache brings it down to a fraction. Any failure just compiles.
${cachedScript(`'${name}-${key}.v8'`, `__filename + '#${name}'`, `${name}-`)}
script.runInThisContext().call(
  module.exports,
  module.exports,
  (id) => (Object.hasOwn(shared, id) ? shared[id] : requireFromDisk(id)),
  module,
  __filename,
  __dirname,
);
`;
}

const MAIN_MARKER = '/*KIP-MAIN-BUNDLE\n';

/**
 * The executable as a small loader plus the main bundle in a trailing comment. Node compiles a
 * script of its own from scratch on every start (~11 ms for the main bundle, more for functions
 * compiled on first use), with no cache before Node 22. The loader reads the bundle back from its
 * own file and compiles it with vm.Script and V8's code cache, kept per user, build and V8 version
 * next to the halves' caches; V8 scans the comment in ~1 ms. A comment cannot hold `*\/`, so each
 * one in the bundle (inside strings and regular expressions) is stored with a NUL between its two
 * characters, which minified esbuild output never contains, and restored on load. Any cache
 * failure just compiles.
 */
function codeCachedSource(text, help) {
  if (text.includes('\0')) throw new Error('the main bundle contains a NUL: cannot embed it');
  const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const loader = `#!/usr/bin/env node
"use strict";
${nodeVersionCheck()}
${helpShortcut(help)} else {
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { Script } = require('node:vm');
// plugin/bin.ts sets this flag too; V8 stamps its flags into a code cache and rejects a cache made
// under other flags, so it must already be set when the cache is read, as when it was written.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const own = fs.readFileSync(__filename, 'utf8');
const source = own.slice(own.indexOf(${JSON.stringify(MAIN_MARKER)}) + ${MAIN_MARKER.length}, own.lastIndexOf('\\n*\\/')).replaceAll('*\\0/', '*\\/');
${cachedScript(`'main-${key}-' + process.versions.v8 + '.v8'`, '__filename', 'main-')}
script.runInThisContext().call(module.exports, module.exports, require, module, __filename, __dirname);
}
return;
`;
  return `${loader}${MAIN_MARKER}${text.replaceAll('*/', '*\0/')}\n*/\n`;
}

/**
 * The main script of the single executable: it reads the bundle from the SEA's `main.js` asset
 * (the plain build, shebang and all) and compiles it with the code cache. Deterministic, so the
 * archive stays reproducible, unlike the SEA config's own useCodeCache.
 */
function seaLoaderSource(text, help) {
  const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `"use strict";
${helpShortcut(help)} else {
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { Script } = require('node:vm');
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const source = require('node:sea').getAsset('main.js', 'utf8').replace(/^#!.*\\n/, '');
${cachedScript(`'sea-${key}-' + process.versions.v8 + '.v8'`, 'process.execPath', 'sea-')}
script.runInThisContext().call(module.exports, module.exports, require, module, __filename, __dirname);
}
`;
}

/**
 * The help and version texts (plugin/help-table.ts), rendered by running the plugin's own code:
 * bundled without its lazy halves, which help never reaches, and fed to node on stdin.
 */
async function renderHelpTable() {
  const result = await build({
    ...common,
    stdin: {
      contents: `import { renderHelpTable } from './plugin/help-table.ts';
renderHelpTable().then((table) => process.stdout.write(JSON.stringify(table)));`,
      resolveDir: root,
      sourcefile: 'help-table-entry.js',
      loader: 'ts',
    },
    write: false,
    plugins: [
      nativeAddonsAbsent,
      userlandPunycode,
      onLazyImport((file) => ({ path: file, external: true })),
    ],
  });
  const json = execFileSync(process.execPath, ['-'], { input: result.outputFiles[0].text });
  return JSON.parse(json.toString('utf8'));
}

/** The oldest Node.js major the plugin runs on, from package.json's `engines` (">=20"). */
function minNodeMajor() {
  const match = /^>=(\d+)$/.exec(pkg.engines?.node ?? '');
  if (!match)
    throw new Error(`package.json engines.node must read ">=MAJOR", not ${pkg.engines?.node}`);
  return Number(match[1]);
}

/**
 * The file loader's first statement: on an older Node.js, one line and exit 127, the code a shell
 * gives a command it cannot run. Only `dist/kubectl-imagepull`, run by the node on PATH, needs it:
 * the release's executables carry their own Node.js. Written in syntax any Node.js since 10
 * parses; the bundle it guards sits in a comment, unparsed.
 */
function nodeVersionCheck() {
  const min = minNodeMajor();
  return `if (Number(process.versions.node.split('.')[0]) < ${min}) {
  process.stderr.write('error: kubectl-imagepull needs Node.js >= ${min}, and \`node\` on PATH is v' + process.versions.node + ' (install a newer Node.js from https://nodejs.org or your package manager)\\n');
  process.exit(127);
}`;
}

/**
 * The start of a loader: when the arguments are exactly a help or version invocation, print the
 * text rendered at build time and stop, before reading or compiling the bundle. Such a loader
 * continues with `else {`, which the caller writes.
 */
function helpShortcut(help) {
  return `// \`--help\`, \`diagnose --help\`, \`--version\`...: rendered at build time (plugin/help-table.ts).
const help = ${JSON.stringify(help)};
const asked = process.argv.slice(2).join('\\0');
if (Object.hasOwn(help, asked)) process.stdout.write(help[asked]);`;
}

/** In the main bundle, each import() of a lazy file becomes that file's namespace in its half. */
function embedHalves(bundles) {
  const halfOf = new Map(bundles.flatMap((h) => h.files.map((f) => [f, h.name])));
  return {
    name: 'embed-halves',
    setup(b) {
      b.onResolve({ filter: /^kip-half-loader:/ }, (args) => ({
        path: args.path.slice('kip-half-loader:'.length),
        namespace: 'half-loader',
      }));
      b.onLoad({ filter: /.*/, namespace: 'half-loader' }, (args) => ({
        contents: heavyLoaderSource(bundles.find((h) => h.name === args.path)),
        loader: 'js',
        resolveDir: root,
      }));
      b.onLoad({ filter: /.*/, namespace: 'half-module' }, (args) => ({
        contents: `module.exports = require('kip-half-loader:${halfOf.get(args.path)}').modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
        resolveDir: root,
      }));
      onLazyImport((file) =>
        halfOf.has(file) ? { path: file, namespace: 'half-module' } : undefined,
      ).setup(b);
    },
  };
}

const split = await splitModules();
const bundles = await Promise.all(
  Object.entries(split.halves).map(async ([name, files]) => ({
    ...(await halfBundle(name, files, split.inMain)),
    files,
  })),
);
await mkdir(path.dirname(path.resolve(root, outfile)), { recursive: true });
await mkdir('dist', { recursive: true });
await writeFile('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
const main = await build({
  ...common,
  entryPoints: [ENTRY],
  write: false,
  outfile,
  plugins: [nativeAddonsAbsent, userlandPunycode, embedHalves(bundles)],
});
const mainText = main.outputFiles[0].text;
const helpTable = await renderHelpTable();
// A Node.js single executable cannot read its own script back, so the release's SEA build asks
// for the plain bundle (KIP_BUILD_CODE_CACHE=0), which goes in as an asset behind the SEA loader.
const withCache = process.env.KIP_BUILD_CODE_CACHE !== '0';
await writeFile(
  outfile,
  withCache ? codeCachedSource(mainText, helpTable) : `#!/usr/bin/env node\n${mainText}`,
);
await chmod(outfile, 0o755);
// The single executable's own loader (scripts/release/sea.ts): the plain bundle goes in as an
// asset and the loader compiles it with the code cache, as the file loader does for `node`.
if (process.env.KIP_BUILD_SEA_LOADER)
  await writeFile(process.env.KIP_BUILD_SEA_LOADER, seaLoaderSource(mainText, helpTable));

// kubectl completes `kubectl imagepull ...` through an executable named kubectl_complete-imagepull
// on PATH. The plugin prints that script itself (`completion`), so there is one copy of it.
const completeFile = 'dist/kubectl_complete-imagepull';
await writeFile(completeFile, execFileSync(process.execPath, [outfile, 'completion']));
await chmod(completeFile, 0o755);
