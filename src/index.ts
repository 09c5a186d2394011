import { startTokenizer } from './providers/usage.js';

/* The action's entry point (dist/index.js). */
// Before anything else loads: the tokenizer's tables then load on another core while this thread
// compiles the rest of the action, which is why main.js is imported dynamically.
startTokenizer();
const { run } = await import('./main.js');
await run();
