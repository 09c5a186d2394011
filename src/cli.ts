#!/usr/bin/env node
import { runEngine } from './engine-launch.js';

/* The CLI's entry point (dist/cli.js): starts the CLI itself (src/cli-main.ts) as the engine (src/engine-launch.ts). */
runEngine(new URL('./cli-main.js', import.meta.url));
