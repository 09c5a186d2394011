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
