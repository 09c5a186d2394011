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
function jsonError(text, error, file, message) {
  const reason = error instanceof Error ? error.message : String(error);
  const named = /\(line (\d+) column (\d+)\)/.exec(reason);
  if (named) return new UserError(message, { file, line: Number(named[1]), column: Number(named[2]) });
  const position = /at position (\d+)/.exec(reason);
  if (!position) return new UserError(`${file}: ${message}`);
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  return new UserError(message, { file, line, column: before.length - before.lastIndexOf("\n") });
}

export {
  UserError,
  formatLocation,
  EXIT,
  jsonError
};
//# sourceMappingURL=chunk-EFOWPEMQ.js.map
