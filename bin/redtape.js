#!/usr/bin/env node
// The redtape command: a thin shim over the compiled CLI, so `npm ci` (which runs `prepare`) yields a working bin.
import { runMain } from '../dist/src/cli/main.js';

await runMain(process.argv);
