import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{c as a}from"./chunk-KT6H5HX5.js";import"./chunk-NV5MCP7Y.js";import"./chunk-HESYPKFJ.js";import"./chunk-4IADW7CK.js";import"./chunk-NNZLPMDB.js";import"./chunk-MHN5D74R.js";import"./chunk-4N5GYYCI.js";import"./chunk-F432LZOC.js";export{a as writeReports};
