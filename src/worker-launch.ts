import { Worker } from 'node:worker_threads';
import { EXIT } from './errors.js';

/*
 * Both entry points (dist/index.js, dist/cli.js) run the engine in a worker thread started with a
 * bounded young generation. A run's calls in flight survive young-generation collections, and Node 24,
 * the action's runtime, lets that generation grow far past what a run needs: a 1,000-case edit peaked
 * at 305 MB RSS on the main thread, 214 MB in a worker whose young generation is held to 24 MB, and a
 * 10,000-case edit at 357-369 MB against 269-274 MB, at the same wall time (bench/scale.ts). Smaller
 * young generations saved little more on Node 24 and cost Node 20 about 30% more CPU (6 MB: 166 MB at
 * 1,000 cases, but 28-33 s of CPU against 23-25 s at 10,000). The flag that does this for a whole
 * process (--max-semi-space-size) cannot be set once it runs, and the runner starts
 * `node dist/index.js` with none; a worker's resource limits are set here. The worker shares the
 * process's environment, working folder and file descriptors; its standard output and error are
 * passed on in order, and its exit code becomes the process's.
 */
const YOUNG_GENERATION_MB = 24;

/** Runs `entry` (a bundled module beside this one) in the engine's worker; the process ends with it. */
export function runInWorker(entry: URL): void {
  const worker = new Worker(entry, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // An error the entry did not catch: a defect, never a verdict. Its stack is printed as thrown.
  worker.on('error', (error: unknown) => {
    process.stderr.write(
      `promptgate: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = EXIT.cannotRun;
  });
  worker.on('exit', (code) => {
    process.exitCode ??= code;
  });
}
