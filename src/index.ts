import './memory.js';
import { run } from './main.js';

/* The action's entry point (dist/index.js). */
await run();
