import { closeSync, openSync, writeSync } from 'node:fs';

/** A piece is a case's text or less: written in runs of about 64 KB, not a write each. */
const WRITE_CHARS = 64 * 1024;

/**
 * Writes `pieces` to `file` (created, or emptied) in order, in runs of about 64 KB, with
 * synchronous writes of the text itself. A stream would turn each run into a buffer that lives until
 * the next collection (at 100,000 cases some 20-30 MB of written buffers were still held when the
 * reports ended); here the text is encoded into the write and nothing outlives it. Nothing else
 * runs while the reports are written, so the writes wait on nothing.
 */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let run: string[] = [];
    let chars = 0;
    for (const piece of pieces) {
      run.push(piece);
      chars += piece.length;
      if (chars < WRITE_CHARS) continue;
      writeAll(fd, run.join(''));
      run = [];
      chars = 0;
    }
    writeAll(fd, run.join(''));
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, text: string): void {
  const written = writeSync(fd, text);
  if (written === Buffer.byteLength(text)) return;
  // A file's write takes it all but on a full disk or an interrupted call: the rest then as bytes.
  const bytes = Buffer.from(text);
  for (let at = written; at < bytes.length;) at += writeSync(fd, bytes, at);
}
