import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { EXIT } from './errors.js';

/*
 * Both entry points (dist/index.js, dist/cli.js) run the engine with a bounded young generation. A
 * run's calls in flight survive young-generation collections, and Node 24, the action's runtime,
 * lets that generation grow far past what a run needs: a 1,000-case edit peaked at 305 MB RSS
 * unbounded, 214 MB with the young generation held to 24 MB, and a 10,000-case edit at 357-369 MB
 * against 269-274 MB, at the same wall time (bench/scale.ts). Smaller young generations saved little
 * more on Node 24 and cost Node 20 about 30% more CPU (6 MB: 166 MB at 1,000 cases, but 28-33 s of
 * CPU against 23-25 s at 10,000). The flag that does this (--max-semi-space-size) cannot be set once
 * a process runs, and the runner starts `node dist/index.js` with none. So:
 * - where Node can replace the running process (`process.execve`: Node 22.15 and later, not on
 *   Windows), the entry point re-executes itself with the flag, as the same process (same pid,
 *   standard streams, environment and working folder), and then runs the engine in it. No second
 *   isolate: a worker's own costs 10 MB on Node 20 and 20 MB on Node 24.
 * - elsewhere (Node 20, Windows) the engine runs in a worker thread whose young generation is held
 *   to the same size by its resource limits; its output is passed on in order, its exit code
 *   becomes the process's.
 * Either way an error the engine did not catch is a defect, never a verdict: its stack is printed
 * and the process exits 2.
 */
const YOUNG_GENERATION_MB = 24;

/** The young generation is three semi-spaces' worth (two semi-spaces and the space for large objects). */
const SEMI_SPACE_MB = YOUNG_GENERATION_MB / 3;

/** Set on the re-executed process, and removed as soon as it starts: the engine never sees it. */
const REEXECUTED = 'PROMPTGATE_ENGINE_PROCESS';

/*
 * glibc serves an allocation of at least its mmap threshold (128 KB) with a mapping of its own,
 * returned to the system when freed, and a smaller one from its arenas, where freed memory mostly
 * stays resident. But the first time it frees such a mapping larger than the threshold, it raises
 * the threshold to that size (up to 32 MB): loading the bundle's largest module (a 3.8 MB source
 * text) lifts it to 3.8 MB at start-up, and from then on V8's compiler zones, write buffers and
 * decoded texts of up to that size land in the arenas and stay. Held at the default instead (a
 * threshold that is set is never raised), a 100,000-case drift check peaked at 274 MB against
 * 309 MB (Node 20, the same build, the variable set by hand, one run each). So the re-executed
 * process starts with the threshold set, unless the user chose malloc settings of their own. On
 * Node 20 (no `execve`) the engine's worker runs in a process that has started already: the
 * threshold climbs there, and only the code's own large blocks are avoided (src/text-file.ts).
 * It is set at 64 KB, half glibc's default: zlib's state for each of report.html's compressed
 * chunks is four blocks of just over 64 KB, made and freed a chunk at a time between buffers that
 * live until the next collection. The main arena grew by 8.5 MB during a 100,000-case drift check's
 * reports (`/proc/<pid>/smaps`, Node 24); at 30,000 cases, results.json and the page's chunks grew
 * it by 4.3 MB with the threshold at 128 KB, by 0 MB at 64 KB (those blocks mapped, and returned
 * as they are freed), at the same wall time.
 */
const MMAP_THRESHOLD = 'MALLOC_MMAP_THRESHOLD_';
const MMAP_THRESHOLD_BYTES = 64 * 1024;
/** Marks a threshold this launcher set (removed with it), not one the user set. */
const MALLOC_SET = 'PROMPTGATE_MALLOC_SET';

/** What the re-executed process gets beside `env`: glibc's mmap threshold held, when the user set no malloc tunable. */
export function mallocSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env[MMAP_THRESHOLD] !== undefined || env.GLIBC_TUNABLES?.includes('glibc.malloc.')) return {};
  return { [MMAP_THRESHOLD]: String(MMAP_THRESHOLD_BYTES), [MALLOC_SET]: '1' };
}

/*
 * The re-executed engine optimizes hot functions on its own thread, not V8's background threads.
 * What those compile jobs allocate with malloc stays resident in the threads' glibc arenas: during a
 * 100,000-case config edit on Node 24 they grew from 5 to 19-22 MB and stayed so to the end
 * (`/proc/<pid>/smaps` at marks between phases), and `MALLOC_ARENA_MAX=1` only moved the same growth
 * into the main arena. With optimizing compilation on the main thread the arenas stayed at 4-5 MB:
 * the run peaked at 247-248 MB against 260-265 MB, and the drift check at 284 MB against 296-297 MB,
 * at 1.15x against 1.12-1.14x of the ideal wall time (bench/scale.ts, one run each). It costs some
 * time in a shorter run: a 10,000-case add 1.28-1.31x against 1.24-1.25x. Node 20's worker keeps
 * V8's default: set before the worker starts, the flag cost it more (1.33-1.37x against 1.28-1.29x).
 */
const COMPILER_FLAGS = ['--no-concurrent-recompilation'];

/** The command line the entry point re-executes itself with: its own, plus the engine's V8 flags. */
export function reexecutedArgv(execPath: string, execArgv: string[], argv: string[]): string[] {
  return [
    execPath,
    ...execArgv,
    `--max-semi-space-size=${SEMI_SPACE_MB}`,
    ...COMPILER_FLAGS,
    ...argv.slice(1),
  ];
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/** Runs `entry` (a bundled module beside this one) as the engine; the process ends with it. */
export function runEngine(entry: URL): void {
  if (process.env[REEXECUTED] === '1') {
    delete process.env[REEXECUTED];
    // Read by the C library as the process started; not passed on to git or anything else started.
    if (process.env[MALLOC_SET] === '1') {
      delete process.env[MALLOC_SET];
      delete process.env[MMAP_THRESHOLD];
    }
    runHere(entry);
    return;
  }
  const execve = (process as { execve?: Execve }).execve;
  if (typeof execve === 'function' && process.argv[1]) {
    try {
      execve.call(
        process,
        process.execPath,
        reexecutedArgv(process.execPath, process.execArgv, process.argv),
        {
          ...process.env,
          ...mallocSettings(process.env),
          [REEXECUTED]: '1',
        },
      );
    } catch {
      // The system refused to replace the process (permissions, limits): the worker does the same job.
    }
  }
  runInWorker(entry);
}

/** In this process, after re-executing with the young generation bounded. */
function runHere(entry: URL): void {
  // Thrown outside the engine's own handling: what state it left is unknown, so the process ends.
  process.on('uncaughtException', (error) => {
    internalError(error);
    process.exit(EXIT.cannotRun);
  });
  import(entry.href).catch(internalError);
}

function runInWorker(entry: URL): void {
  // The worker's young generation starts at its full size. Left to grow from V8's smallest, its
  // first collections promote much of start-up's short-lived data. Over two runs of each 1,000-case
  // mode on Node 20 (bench/scale.ts) the peak was 140-151 MB against 144-154 MB, and a 10,000-case
  // run 159-196 MB against 162-204 MB. Not set on the re-executed process: on Node 24 it raised a
  // 10,000-case edit from 197-205 to 195-217 MB.
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
  const worker = new Worker(entry, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  worker.on('error', internalError);
  worker.on('exit', (code) => {
    process.exitCode ??= code;
  });
}

/** An error the engine did not catch: a defect, never a verdict. Its stack is printed as thrown. */
function internalError(error: unknown): void {
  process.stderr.write(
    `promptgate: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = EXIT.cannotRun;
}
