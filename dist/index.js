import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a as t}from"./chunks/chunk-J76YEM3U.js";import"./chunks/chunk-F432LZOC.js";t();var{run:r}=await import("./chunks/main-TOIUQUZQ.js");await r();
