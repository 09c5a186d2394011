import { UserError, formatLocation } from '../errors.js';
import { MAX_CASES_PER_PROMPT, MAX_DATASET_BYTES_PER_PROMPT } from '../limits.js';
import type { Case, SourceLocation } from '../types.js';

/**
 * The cases of one prompt as its datasets are read: a case id used twice is an error naming both
 * rows (their answers would be confused), and past `MAX_CASES_PER_PROMPT` cases or
 * `MAX_DATASET_BYTES_PER_PROMPT` bytes of rows reading stops with an error, before any call.
 */
export class CaseTally {
  private readonly ids = new Map<string, SourceLocation | undefined>();
  private bytes = 0;

  /** Counts bytes of rows as they are read; `at` is where the limit would be crossed. */
  addBytes(bytes: number, at: SourceLocation): void {
    this.bytes += bytes;
    if (this.bytes > MAX_DATASET_BYTES_PER_PROMPT)
      throw new UserError(
        `the prompt's datasets hold more than ${mib(MAX_DATASET_BYTES_PER_PROMPT)} of rows; expected at most that per prompt (split the cases over several runs, or sample them)`,
        at,
      );
  }

  /** Admits one case, or throws for a duplicate id or one case too many. */
  admit(c: Case): void {
    if (this.ids.has(c.id)) {
      const first = this.ids.get(c.id);
      throw new UserError(
        `duplicate case id "${c.id}"${first ? `, first used at ${formatLocation(first)}` : ''}; expected every case of a prompt to have its own id`,
        c.source,
      );
    }
    if (this.ids.size >= MAX_CASES_PER_PROMPT)
      throw new UserError(
        `the prompt has more than ${MAX_CASES_PER_PROMPT.toLocaleString('en-US')} cases; expected at most that many per prompt (split the cases over several runs, or sample them)`,
        c.source,
      );
    this.ids.set(c.id, c.source);
  }
}

function mib(bytes: number): string {
  return `${bytes / (1024 * 1024)} MiB`;
}
