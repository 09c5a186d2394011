#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-ZCEXCAX7.js";
import "./chunk-EFOWPEMQ.js";
import "./chunk-4N64VFDJ.js";

// src/cli.ts
runEngine(new URL("./cli-main.js", import.meta.url));
//# sourceMappingURL=cli.js.map
