import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * Much of a run's peak memory is not its data but garbage V8 has not collected yet: calls in flight
 * live across young-generation collections and are promoted, and by default the old generation may
 * grow to several times its live size before the next full collection. The growing factor decides how
 * far: the next full collection comes when the heap has grown by this percentage of what the last one
 * left alive. It is read at each collection, so it is set once the plan's size is known:
 * - a small run's heap grows by half: a 10,000-case edit (20,000 calls, C = 50, bench/scale.ts, Node
 *   20) peaked at 265-290 MB against 425-506 MB with V8's default, at the same CPU time, while a factor
 *   of 1.1 gave 207-252 MB but cost about 40% more CPU (and at C = 50 the runner is CPU-bound);
 * - a large one grows by about HEAP_SLACK_MB instead, down to a fifth of its size: a full collection
 *   of a large heap comes less often per byte allocated, so a smaller factor costs little. A
 *   100,000-case edit (200,000 calls, L = 20 ms, Node 20): a fifth 607 MB against 688 MB with half, CPU
 *   148.9 s against 144.6 s; a tenth 572 MB but 183.0 s of CPU.
 * (Following the live heap after each full collection through a `gc` PerformanceObserver instead cost
 * a 30,000-case edit some 20 MB more at its peak, with the factor unchanged.)
 */
const GROWING_PERCENT_MAX = 50;
const GROWING_PERCENT_MIN = 20;
const HEAP_SLACK_MB = 60;
/** What a run holds before its first call (code, config, tokenizer), and then per planned call at its peak. */
const BASE_HEAP_MB = 35;
const HEAP_PER_CALL_KB = 1.5;

/** The growing factor, in percent, for a run of `calls` planned calls. */
export function growingPercentFor(calls: number): number {
  const liveMb = BASE_HEAP_MB + (calls * HEAP_PER_CALL_KB) / 1024;
  const percent = Math.round((100 * HEAP_SLACK_MB) / liveMb);
  return Math.min(GROWING_PERCENT_MAX, Math.max(GROWING_PERCENT_MIN, percent));
}

/** Sets the growing factor for a run of `calls` planned calls (a merge: the whole plan's). */
export function sizeHeapFor(calls: number): void {
  setFlagsFromString(`--heap-growing-percent=${growingPercentFor(calls)}`);
  collecting = calls >= COLLECT_MIN_CALLS;
}

/*
 * Between a run's phases, and while its reports are written, much of the heap is garbage that was
 * promoted because it lived across two young-generation collections: the plan's parsing, the
 * verdict's lists of a prompt's cases, each case's report text waiting for its chunk. V8 collects the
 * old generation only once it has grown past its limit, and on two cores its concurrent marking lags
 * behind the allocation, so the heap overshoots: a 30,000-case edit's reports promoted 40 MB before
 * the first full collection (`--trace-gc`, Node 20). A full collection at the end of a phase, and
 * during the reports whenever the heap has grown by HEAP_GROWTH_MB (or a tenth) since the last one,
 * holds the peak nearer to what is alive. Each costs under a millisecond per MB alive (about 95 ms
 * at 140 MB, a 100,000-case edit's reports).
 */
const HEAP_GROWTH_MB = 16;
const MB = 1024 * 1024;
/** A smaller run's heap stays small whatever its garbage: it is left to V8 alone. */
const COLLECT_MIN_CALLS = 10_000;

let collecting = false;
let collect: (() => void) | undefined;
let liveAfterCollection = 0;

/** V8's full collection, made callable without a flag on the command line. */
function collector(): () => void {
  if (!collect) {
    // The flag gives `gc` to contexts made while it is set: one context, made here, then unset.
    setFlagsFromString('--expose-gc');
    try {
      collect = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  return collect;
}

/** A full collection now: the end of a phase, whose garbage no later phase should carry. */
export function collectGarbage(): void {
  if (!collecting) return;
  collector()();
  liveAfterCollection = getHeapStatistics().used_heap_size;
}

/** A full collection when the heap has grown by HEAP_GROWTH_MB, or a tenth, since the last one. */
export function collectIfGrown(): void {
  if (!collecting) return;
  const slack = Math.max(HEAP_GROWTH_MB * MB, liveAfterCollection / 10);
  if (getHeapStatistics().used_heap_size > liveAfterCollection + slack) collectGarbage();
}
