import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{c as a}from"./chunk-CB6FOPJM.js";import"./chunk-ITQCTN54.js";import"./chunk-MGQQGHSH.js";import"./chunk-LFDWURQY.js";import"./chunk-HN7TNVLG.js";import"./chunk-MG4PFB6Z.js";import"./chunk-O3EUGTK4.js";import"./chunk-5SILH6BQ.js";export{a as writeReports};
