import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-EFOWPEMQ.js";

// src/engine-launch.ts
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
var SEMI_SPACE_MB = YOUNG_GENERATION_MB / 3;
var REEXECUTED = "PROMPTGATE_ENGINE_PROCESS";
var MMAP_THRESHOLD = "MALLOC_MMAP_THRESHOLD_";
var MMAP_THRESHOLD_BYTES = 64 * 1024;
var MALLOC_SET = "PROMPTGATE_MALLOC_SET";
function mallocSettings(env) {
  if (env[MMAP_THRESHOLD] !== void 0 || env.GLIBC_TUNABLES?.includes("glibc.malloc.")) return {};
  return { [MMAP_THRESHOLD]: String(MMAP_THRESHOLD_BYTES), [MALLOC_SET]: "1" };
}
var COMPILER_FLAGS = ["--no-concurrent-recompilation"];
function reexecutedArgv(execPath, execArgv, argv) {
  return [
    execPath,
    ...execArgv,
    `--max-semi-space-size=${SEMI_SPACE_MB}`,
    ...COMPILER_FLAGS,
    ...argv.slice(1)
  ];
}
function runEngine(entry) {
  if (process.env[REEXECUTED] === "1") {
    delete process.env[REEXECUTED];
    if (process.env[MALLOC_SET] === "1") {
      delete process.env[MALLOC_SET];
      delete process.env[MMAP_THRESHOLD];
    }
    runHere(entry);
    return;
  }
  const execve = process.execve;
  if (typeof execve === "function" && process.argv[1]) {
    try {
      execve.call(
        process,
        process.execPath,
        reexecutedArgv(process.execPath, process.execArgv, process.argv),
        {
          ...process.env,
          ...mallocSettings(process.env),
          [REEXECUTED]: "1"
        }
      );
    } catch {
    }
  }
  runInWorker(entry);
}
function runHere(entry) {
  process.on("uncaughtException", (error) => {
    internalError(error);
    process.exit(EXIT.cannotRun);
  });
  import(entry.href).catch(internalError);
}
function runInWorker(entry) {
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
  const worker = new Worker(entry, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  worker.on("error", internalError);
  worker.on("exit", (code) => {
    process.exitCode ??= code;
  });
}
function internalError(error) {
  process.stderr.write(
    `promptgate: internal error: ${error instanceof Error ? error.stack : String(error)}
`
  );
  process.exitCode = EXIT.cannotRun;
}

export {
  runEngine
};
//# sourceMappingURL=chunk-ZCEXCAX7.js.map
