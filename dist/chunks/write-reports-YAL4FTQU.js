import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{c as a}from"./chunk-3EZI2BVO.js";import"./chunk-LS3FIMUY.js";import"./chunk-AE2QGUZO.js";import"./chunk-P4YIM7PN.js";import"./chunk-NNZLPMDB.js";import"./chunk-T5LWS6XF.js";import"./chunk-4N5GYYCI.js";import"./chunk-F432LZOC.js";export{a as writeReports};
