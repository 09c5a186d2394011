import sourceMapSupport from 'source-map-support';
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
 * An unexpected error's stack, naming src/ files and lines through dist's source maps. The maps are
 * read here, when a stack is printed, and not installed for the whole run: libraries format stacks in
 * passing (undici's web streams do, on every run), and each time the maps were read, about 30 MB of
 * mappings stayed in memory for the rest of the run. V8 formats a stack when it is first read, so an
 * error whose stack nothing read before names src/ lines.
 */
export function mappedStack(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  sourceMapSupport.install();
  return error.stack ?? String(error);
}
