#!/usr/bin/env node
import { runInWorker } from './worker-launch.js';

/* The CLI's entry point (dist/cli.js): the CLI itself (src/cli-main.ts) runs in the engine's worker. */
runInWorker(new URL('./cli-main.js', import.meta.url));
