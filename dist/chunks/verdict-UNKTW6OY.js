import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a,b}from"./chunk-ULNOQYFU.js";import"./chunk-2QRMA6AX.js";import"./chunk-P4YIM7PN.js";import"./chunk-NNZLPMDB.js";import"./chunk-T5LWS6XF.js";import"./chunk-F432LZOC.js";export{a as decide,b as gateFails};
