import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by both entry points (dist/index.js, dist/cli.js). Much of a run's peak memory is not
 * its data but garbage V8 has not collected yet: calls in flight live across young-generation
 * collections and are promoted, and by default the old generation may grow to several times its live
 * size before the next full collection. A growing factor of 1.5 collects sooner. bench/scale.ts, a
 * 10,000-case edit (20,000 calls, C = 50), Node 20: peak RSS 265-290 MB against 425-506 MB, CPU time
 * 23-27 s against 23-25 s. A factor of 1.1 gave 207-252 MB but cost about 40% more CPU, and at C = 50
 * the runner is CPU-bound, so wall time grew with it. Heap limits cannot change once the process
 * runs; this factor is read at each collection.
 */
setFlagsFromString('--heap-growing-percent=50');

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
