import './memory.js';
import { run } from './main.js';

/* The action, run by its entry point (src/index.ts, dist/index.js) in the engine's worker. */
await run();
