import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
function t(e){return e.catch(()=>{}),e}export{t as a};
