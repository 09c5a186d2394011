import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Answers at least this long wait on disk once scored; shorter ones stay in memory, where they cost
 * about what their place on disk would (an answer's handle and its offset are some 50 bytes).
 */
export const SPILL_MIN_CHARS = 256;

/** Written to the file once this many bytes of answers wait in memory. */
const FLUSH_BYTES = 1 << 20;

/** A spill file is closed (and, where it could not be unlinked while open, removed) once nothing reads it. */
const closer = new FinalizationRegistry<{ fd: number; dir?: string }>(({ fd, dir }) => {
  try {
    closeSync(fd);
    if (dir) rmSync(dir, { recursive: true, force: true });
  } catch {
    // Already closed, or the folder is gone: nothing to free.
  }
});

/**
 * An answer's text kept in a spill file ({@link AnswerSpill}), read back each time it is shown. It
 * stands where the text stood in a record: `String(text)` and `JSON.stringify` give the text (a shard
 * file or results.json holds the answer itself, never a handle).
 */
export class SpilledText {
  constructor(
    private readonly spill: AnswerSpill,
    private readonly id: number,
  ) {}

  toString(): string {
    return this.spill.read(this.id);
  }

  toJSON(): string {
    return this.spill.read(this.id);
  }
}

/** An answer's text, whether it waits in memory or on disk. */
export type AnswerText = string | SpilledText;

/** The text itself (read from disk when it was spilled). */
export function answerText(text: AnswerText): string;
export function answerText(text: AnswerText | undefined): string | undefined;
export function answerText(text: AnswerText | undefined): string | undefined {
  return text === undefined || typeof text === 'string' ? text : text.toString();
}

/**
 * Where a run's long answers wait once scored, until the reports show them: a file in a private
 * folder of the system's temporary one, created with the first long answer and unlinked at once (it
 * lives while the process holds it open, and nothing is left behind however the run ends). Answers
 * are the part of a run that grows with what the model writes: 200,000 answers of a thousand
 * characters are 200 MB in memory, a few bytes each here. Where no file can be made, answers stay in
 * memory, as before.
 */
export class AnswerSpill {
  #fd: number | undefined;
  #failed = false;
  /** Bytes written to the file. */
  #written = 0;
  /** Each answer's offset and length in bytes, by id. */
  #offsets = new Float64Array(1024);
  #lengths = new Uint32Array(1024);
  #count = 0;
  /** Answers not written yet, from id `#firstPending` on. */
  #pending: string[] = [];
  #pendingBytes = 0;
  #firstPending = 0;
  #buffer = Buffer.alloc(64 * 1024);

  /**
   * `dir`: the folder the spill's own folder is made in (the system's temporary one by default);
   * `flushBytes`: how many bytes of answers wait in memory before they are written.
   */
  constructor(private readonly options: { dir?: string; flushBytes?: number } = {}) {}

  /** The text, or a handle to it on disk when it is long enough to be worth the read. */
  keep(text: string): AnswerText {
    if (text.length < SPILL_MIN_CHARS || !this.open()) return text;
    const id = this.#count++;
    if (id === this.#offsets.length) this.grow();
    const bytes = Buffer.byteLength(text);
    this.#offsets[id] = this.#written + this.#pendingBytes;
    this.#lengths[id] = bytes;
    this.#pending.push(text);
    this.#pendingBytes += bytes;
    if (this.#pendingBytes >= (this.options.flushBytes ?? FLUSH_BYTES)) this.flush();
    return new SpilledText(this, id);
  }

  read(id: number): string {
    if (id >= this.#firstPending) return this.#pending[id - this.#firstPending];
    const length = this.#lengths[id];
    if (length > this.#buffer.length) this.#buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const got = readSync(this.#fd as number, this.#buffer, done, length - done, this.#offsets[id] + done);
      if (got === 0) throw new Error(`answer spill: answer ${id} is cut short on disk`);
      done += got;
    }
    return this.#buffer.toString('utf8', 0, length);
  }

  private flush(): void {
    const chunk = Buffer.from(this.#pending.join(''), 'utf8');
    let done = 0;
    while (done < chunk.length)
      done += writeSync(this.#fd as number, chunk, done, chunk.length - done, this.#written + done);
    this.#written += chunk.length;
    this.#firstPending += this.#pending.length;
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  private grow(): void {
    const offsets = new Float64Array(this.#offsets.length * 2);
    offsets.set(this.#offsets);
    this.#offsets = offsets;
    const lengths = new Uint32Array(this.#lengths.length * 2);
    lengths.set(this.#lengths);
    this.#lengths = lengths;
  }

  /** Opens the file the first time a long answer comes; false when it cannot be (answers stay in memory). */
  private open(): boolean {
    if (this.#fd !== undefined) return true;
    if (this.#failed) return false;
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(this.options.dir ?? tmpdir(), 'promptgate-answers-'));
      const file = join(dir, 'answers');
      // Exclusive and private: the folder is new, and nothing else may write what the run reads back.
      this.#fd = openSync(file, 'wx+', 0o600);
      let left: string | undefined = dir;
      try {
        unlinkSync(file);
        rmSync(dir, { recursive: true, force: true });
        left = undefined;
      } catch {
        // Where an open file cannot be unlinked (Windows), the folder is removed once the file is closed.
      }
      closer.register(this, { fd: this.#fd, dir: left });
      return true;
    } catch {
      this.#failed = true;
      if (dir) rmSync(dir, { recursive: true, force: true });
      return false;
    }
  }
}
