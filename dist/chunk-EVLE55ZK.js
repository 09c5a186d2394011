import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-HM7GUNPG.js";

// src/worker-launch.ts
import { Worker } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
function runInWorker(entry) {
  const worker = new Worker(entry, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  worker.on("error", (error) => {
    process.stderr.write(
      `promptgate: internal error: ${error instanceof Error ? error.stack : String(error)}
`
    );
    process.exitCode = EXIT.cannotRun;
  });
  worker.on("exit", (code) => {
    process.exitCode ??= code;
  });
}

export {
  runInWorker
};
//# sourceMappingURL=chunk-EVLE55ZK.js.map
