import sourceMapSupport from 'source-map-support';
import { run } from './main.js';

// Stack traces name src/ files and lines, from the maps in dist/, read only when a stack is printed.
// Installed once the modules have loaded: one inspects an Error's stack as it loads, and mapping it
// then would read every map first (about 0.3 s of start-up).
sourceMapSupport.install();

/* The action's entry point (dist/index.js). */
await run();
