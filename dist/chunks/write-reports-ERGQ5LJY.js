import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{c as a}from"./chunk-2MAQRE7P.js";import"./chunk-IBMF7DKZ.js";import"./chunk-HESYPKFJ.js";import"./chunk-4IADW7CK.js";import"./chunk-NNZLPMDB.js";import"./chunk-MHN5D74R.js";import"./chunk-25LTTN6X.js";import"./chunk-F432LZOC.js";export{a as writeReports};
