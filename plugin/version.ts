// Replaced by the build (scripts/build.mjs) and by vitest.config.ts with package.json's version.
declare const __KUBECTL_IMAGEPULL_VERSION__: string | undefined;

/** The plugin's version, from package.json, fixed at build time so nothing is read at start-up. */
export const VERSION: string =
  typeof __KUBECTL_IMAGEPULL_VERSION__ === 'string' ? __KUBECTL_IMAGEPULL_VERSION__ : '0.0.0-dev';
