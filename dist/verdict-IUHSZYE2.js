import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a,b}from"./chunk-SFNZBIJD.js";import"./chunk-HN7TNVLG.js";import"./chunk-WCF5GOZK.js";import"./chunk-MG4PFB6Z.js";import"./chunk-DBSDGFS3.js";import"./chunk-RSTIFRAA.js";import"./chunk-O3EUGTK4.js";import"./chunk-5SILH6BQ.js";export{a as decide,b as gateFails};
