import { invalidUtf8 } from '../changes/decode-utf8.js';
import { UserError } from '../errors.js';

/** One line of a text file: its text (without the line end) and where it was. */
export interface Line {
  text: string;
  /** 1-based. */
  line: number;
  /** Bytes the line took in the file, its line end included. */
  bytes: number;
}

/** The first line may start with a byte-order mark, which is dropped; later ones keep U+FEFF as text. */
const firstLine = new TextDecoder('utf-8', { fatal: true });
const laterLine = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Splits a byte stream into lines (LF or CRLF), each decoded as strict UTF-8. Holds at most one line
 * in memory: a line longer than `maxLineBytes` is an error at its number before it is read whole,
 * and invalid UTF-8 is an error at its line.
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let line = 1;
  const finish = (tail: Uint8Array, ended: boolean): Line => {
    const bytes = Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    let text: string;
    try {
      text = (line === 1 ? firstLine : laterLine).decode(bytes.subarray(0, end));
    } catch {
      throw invalidUtf8(file, line);
    }
    return { text, line: line++, bytes: bytes.length + (ended ? 1 : 0) };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      const stop = newline < 0 ? chunk.length : newline;
      if (pendingBytes + stop - start > maxLineBytes) throw lineTooLong(file, line, maxLineBytes);
      if (newline < 0) {
        if (stop > start) {
          pending.push(chunk.subarray(start));
          pendingBytes += stop - start;
        }
        break;
      }
      yield finish(chunk.subarray(start, newline), true);
      start = newline + 1;
    }
  }
  if (pendingBytes > 0) yield finish(new Uint8Array(0), false);
}

function lineTooLong(file: string, line: number, maxLineBytes: number): UserError {
  return new UserError(
    `dataset row is longer than ${maxLineBytes.toLocaleString('en-US')} bytes; expected shorter rows (put long documents in fewer, smaller cases)`,
    { file, line },
  );
}
