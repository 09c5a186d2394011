import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-5FJ5KYBA.js";
import "./chunk-HM7GUNPG.js";
import "./chunk-4N64VFDJ.js";

// src/index.ts
runEngine(new URL("./action.js", import.meta.url));
//# sourceMappingURL=index.js.map
