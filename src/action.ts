import './memory.js';
import { run } from './main.js';

/* The action, started by its entry point (src/index.ts, dist/index.js) as the engine (src/engine-launch.ts). */
await run();
