import { UserError } from '../errors.js';

/** Strict: an invalid byte throws rather than becoming U+FFFD. A leading byte-order mark is dropped. */
const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as UTF-8. Invalid UTF-8 is an error at its line, never text silently
 * replaced; a byte-order mark is accepted and dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw invalidUtf8(file, invalidLine(bytes));
  }
}

/** The error for a line that is not UTF-8. */
export function invalidUtf8(file: string, line: number): UserError {
  return new UserError('invalid UTF-8: the file must be saved as UTF-8 text', { file, line });
}

/** 1-based line of the first invalid sequence (a sequence never spans a newline byte). */
function invalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      strict.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end < 0) return line;
    line++;
    start = end + 1;
  }
}
