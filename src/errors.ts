import type { SourceLocation } from './types.js';

/**
 * An error in the user's input (config, prompt, dataset, arguments): the tool could not run.
 * The message says what was wrong and what was expected; `location` says where.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly location?: SourceLocation,
  ) {
    super(location ? `${formatLocation(location)}: ${message}` : message);
    this.name = 'UserError';
  }
}

/** `file:line:column`, the form editors and GitHub annotations understand. */
export function formatLocation(location: SourceLocation): string {
  const column = location.column === undefined ? '' : `:${location.column}`;
  return `${location.file}:${location.line}${column}`;
}

/** Exit codes shared by the CLI and the action. */
export const EXIT = {
  /** The gate passed (or was neutral). */
  pass: 0,
  /** The gate ran and failed: a regression, a threshold breach or a provider error. */
  gateFailed: 1,
  /** The tool could not run: bad config, prompt, dataset, arguments or repository. */
  cannotRun: 2,
} as const;

/**
 * A JSON.parse error in `file` as a user error: where the text stops being JSON (Node 22 and later
 * name the line and column, Node 20 most often the character's position), else the file alone.
 */
export function jsonError(text: string, error: unknown, file: string, message: string): UserError {
  const reason = error instanceof Error ? error.message : String(error);
  const named = /\(line (\d+) column (\d+)\)/.exec(reason);
  if (named) return new UserError(message, { file, line: Number(named[1]), column: Number(named[2]) });
  const position = /at position (\d+)/.exec(reason);
  if (!position) return new UserError(`${file}: ${message}`);
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return new UserError(message, { file, line, column: before.length - before.lastIndexOf('\n') });
}
