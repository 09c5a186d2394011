import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{j as t}from"./chunk-JZJEHM4L.js";t();function u(e){return e.catch(()=>{}),e}export{u as a};
