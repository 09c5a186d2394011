import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * How much of a file is read at a time. Node makes a longer text from bytes outside the heap, in
 * memory the C library rarely gives back once freed (in a worker, 120 MB read back a megabyte at a
 * time raised RSS by 16 MB, 64 KB at a time by 1 MB). And a file read whole is one block as large as
 * the file: once glibc has freed a block that large it raises its mmap threshold to match
 * (src/engine-launch.ts), and later allocations up to that size stay in its arenas.
 */
const READ_BYTES = 64 * 1024;

/** The UTF-8 text of the open file `fd` from its start, a run of about 64 KB at a time. */
export function* textRuns(fd: number): Generator<string> {
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  const decoder = new StringDecoder('utf8');
  for (let position = 0; ;) {
    const read = readSync(fd, buffer, 0, buffer.length, position);
    if (read === 0) break;
    position += read;
    yield decoder.write(buffer.subarray(0, read));
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Bytes `from` to `to` of the open file `fd`, about 64 KB at a time, as they are (never decoded):
 * what is copied into another file unchanged. Each run is read into the same buffer: it holds until
 * the next run is asked for (a buffer a run, each freed only by a collection, raised the copy's RSS).
 */
export function* byteRuns(fd: number, from: number, to: number): Generator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(Math.min(READ_BYTES, Math.max(0, to - from)));
  for (let position = from; position < to;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, to - position), position);
    if (read === 0) throw new Error(`a file ended at byte ${position}, before byte ${to}`);
    position += read;
    yield buffer.subarray(0, read);
  }
}

/** What `read` makes of a file's UTF-8 text, handed to it in runs (see READ_BYTES); the file is closed after. */
export function readRuns<T>(file: string, read: (runs: Iterable<string>) => T): T {
  const fd = openSync(file, 'r');
  try {
    return read(textRuns(fd));
  } finally {
    closeSync(fd);
  }
}

/** A file's UTF-8 text, as `readFileSync(file, 'utf8')` gives it, read in runs (see READ_BYTES). */
export function readText(file: string): string {
  return readRuns(file, (runs) => [...runs].join(''));
}
