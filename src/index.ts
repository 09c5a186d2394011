import { runEngine } from './engine-launch.js';

/* The action's entry point (dist/index.js): starts the action itself (src/action.ts) as the engine (src/engine-launch.ts). */
runEngine(new URL('./action.js', import.meta.url));
