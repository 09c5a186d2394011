import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-ZCEXCAX7.js";
import "./chunk-EFOWPEMQ.js";
import "./chunk-4N64VFDJ.js";

// src/index.ts
runEngine(new URL("./action.js", import.meta.url));
//# sourceMappingURL=index.js.map
