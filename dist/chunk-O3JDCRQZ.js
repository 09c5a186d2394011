import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{i as t}from"./chunk-BUV77EY6.js";t();function o(e){return e.catch(()=>{}),e}export{o as a};
