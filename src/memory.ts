import { setFlagsFromString } from 'node:v8';
import { sizeHeapFor } from './heap.js';

// Imported first by both entry points (dist/index.js, dist/cli.js): V8's settings for the engine.

// Until the plan is made, the heap of a small run (src/heap.ts).
sizeHeapFor(0);

/*
 * Maglev, the mid-tier optimizing compiler Node 22 and later run, compiles each function called 400
 * times: in a run of a thousand cases that is most of the engine, and its compilations were 15-20 MB
 * of a 1,000-case run's peak on Node 24. At 4,000 calls the functions a run spends its time in still
 * get compiled. bench/scale.ts, Node 24, two runs alternating: 1,000 cases 139-161 MB against
 * 144-175 MB at the same CPU time, 10,000 cases 1.33-1.36x against 1.34-1.44x (CPU 14.2-15.9 s
 * against 16.4-16.7 s). `--no-maglev` saved as much but cost 10-20% more CPU at 10,000 cases. Node 20
 * has no Maglev; raising its TurboFan budget (`--interrupt-budget`) cost it 20% more CPU at 10,000.
 */
setFlagsFromString('--invocation-count-for-maglev=4000');
