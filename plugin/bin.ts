// The bundle's entry point (scripts/build.mjs); everything else lives in main.ts.
import { setFlagsFromString } from 'node:v8';
import { runAsProcess } from './main.js';

// V8 runs a regular expression through its bytecode interpreter once, then compiles it to machine
// code on the second use. The classifier's few dozen patterns each run a handful of times per
// command, so that second compile was pure cost (~5 ms of a `diagnose`); compile once instead.
// Set before anything is compiled: code caches (scripts/build.mjs) are only valid under the flags
// they were made with.
setFlagsFromString('--no-regexp-tier-up');

void runAsProcess();
