import { closeSync, openSync, writeSync } from 'node:fs';
import { collectIfGrown } from '../heap.js';

/** A piece is a case's text or less: written in runs of about 64 KB, not a write each. */
const WRITE_CHARS = 64 * 1024;

/**
 * Writes `pieces` to `file` (created, or emptied) in order, in runs of about 64 KB, with
 * synchronous writes of the text itself. A stream would turn each run into a buffer that lives until
 * the next collection (at 100,000 cases some 20-30 MB of written buffers were still held when the
 * reports ended); here the text is encoded into the write and nothing outlives it. Nothing else
 * runs while the reports are written, so the writes wait on nothing.
 */
export function writePieces(file: string, pieces: Iterable<string | Uint8Array>): void {
  const fd = openSync(file, 'w');
  let run: string[] = [];
  let chars = 0;
  const flush = (): void => {
    writeAll(fd, run.join(''));
    run = [];
    chars = 0;
    // What made the run (each case masked, laid out, packed) is garbage now; some was promoted.
    collectIfGrown();
  };
  try {
    for (const piece of pieces) {
      if (typeof piece !== 'string') {
        // Bytes already encoded (a part of another file, copied): written as they are, in order.
        flush();
        writeAll(fd, piece);
        continue;
      }
      if (piece.length >= WRITE_CHARS) {
        // A long piece (report.html's listing) is written in runs of its own, never copied into one.
        flush();
        for (const part of runsOf(piece)) writeAll(fd, part);
        continue;
      }
      run.push(piece);
      chars += piece.length;
      if (chars >= WRITE_CHARS) flush();
    }
    writeAll(fd, run.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Writes all of `text` at the file's current offset (a text is encoded by the write itself). */
export function writeAll(fd: number, text: string | Uint8Array): void {
  const written = typeof text === 'string' ? writeSync(fd, text) : writeSync(fd, text, 0, text.length);
  const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
  if (written === length) return;
  // A file's write takes it all but on a full disk or an interrupted call: the rest then as bytes.
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let at = written; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/** `text` cut into runs of about WRITE_CHARS characters, never between the halves of a surrogate pair. */
function* runsOf(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + WRITE_CHARS, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}
