import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
var e=class extends Error{constructor(r,t){super(t?`${c(t)}: ${r}`:r);this.location=t;this.name="UserError"}location};function c(n){let o=n.column===void 0?"":`:${n.column}`;return`${n.file}:${n.line}${o}`}var s={pass:0,gateFailed:1,cannotRun:2};export{e as a,c as b,s as c};
