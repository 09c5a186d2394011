import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a,b}from"./chunk-GF7NMFF6.js";import"./chunk-IJSN5QYR.js";import"./chunk-4IADW7CK.js";import"./chunk-NNZLPMDB.js";import"./chunk-MHN5D74R.js";import"./chunk-F432LZOC.js";export{a as decide,b as gateFails};
