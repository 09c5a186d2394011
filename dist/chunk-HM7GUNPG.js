import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  constructor(message, location) {
    super(location ? `${formatLocation(location)}: ${message}` : message);
    this.location = location;
    this.name = "UserError";
  }
  location;
};
function formatLocation(location) {
  const column = location.column === void 0 ? "" : `:${location.column}`;
  return `${location.file}:${location.line}${column}`;
}
var EXIT = {
  /** The gate passed (or was neutral). */
  pass: 0,
  /** The gate ran and failed: a regression, a threshold breach or a provider error. */
  gateFailed: 1,
  /** The tool could not run: bad config, prompt, dataset, arguments or repository. */
  cannotRun: 2
};

export {
  UserError,
  formatLocation,
  EXIT
};
//# sourceMappingURL=chunk-HM7GUNPG.js.map
