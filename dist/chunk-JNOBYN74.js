import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a as e}from"./chunk-AWZAK5T2.js";function o(i,r){let t=Number(r.trim().replace(/^\$/,""));if(r.trim()===""||!Number.isFinite(t)||t<0)throw new e(`Invalid ${i} '${r}'. Expected a dollar amount >= 0, such as 5 or 0.50.`);return t}export{o as a};
