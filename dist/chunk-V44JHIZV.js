import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
function n(t,_,o){return t.length<=_?t:t.slice(0,_-o.length)+o}export{n as a};
