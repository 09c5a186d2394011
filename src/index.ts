import { runInWorker } from './worker-launch.js';

/* The action's entry point (dist/index.js): the action itself (src/action.ts) runs in the engine's worker. */
runInWorker(new URL('./action.js', import.meta.url));
