// The bundle's entry point (scripts/build.mjs); everything else lives in main.ts.
import { runAsProcess } from './main.js';

void runAsProcess();
