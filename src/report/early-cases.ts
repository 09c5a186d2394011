import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ReportPage } from './html.js';
import { casePiece, type LaidOutCases, shownCase } from './json.js';
import { writeAll } from './write-pieces.js';
import { byteRuns } from '../text-file.js';
import type { CaseOutcome, GateResult } from '../types.js';

/** Where results.json's cases wait, laid out during the run, until the file is written (removed after). */
const CASES_FILE = '.results.json.cases';

/** Where report.html's compressed cases wait until the page is written (removed after). */
export const PAGE_CASES_FILE = '.report.html.cases';

/**
 * Cases are laid out during a run of at most this many planned calls. What the page lists of each
 * case (its columns, some 300 bytes a case) is then held from the first answer instead of from the
 * reports on, beside the run's records and the verdict's lists: a 100,000-case drift check peaked at
 * 317 MB against 284 MB, over the 300 MB a run of that size may take, for 1.19x of the ideal wall time
 * against 1.23x (Node 20, bench/scale.ts). At 10,000 cases the reports were a tenth of the wall time,
 * and laying cases out early raises the peak by 4-10 MB (to 147-158 MB); at 100,000 they are 1-2%.
 */
export const EARLY_MAX_CALLS = 50_000;

/** Laid-out cases are written to their file in runs of about this many characters. */
const WRITE_CHARS = 64 * 1024;

/**
 * Cases laid out for results.json and report.html while the run goes on: each case, once its
 * answers are all scored, masked once, its results.json text appended to a file in the report
 * folder and its listing and compressed text added to the page. The run leaves the engine's thread
 * idle between answers about half the time; this work was the larger part of the reports, done
 * after the last answer. Cases must come in the reports' order (prompt by prompt, each prompt's
 * cases as the verdict lists them); {@link matches} tells whether the verdict lists them so.
 */
export class EarlyCases implements LaidOutCases {
  readonly page: ReportPage;
  readonly #path: string;
  #fd: number | undefined;
  /** Each prompt's laid-out cases, in order. */
  readonly #cases: CaseOutcome[][] = [];
  /** Byte offsets in the file where each prompt's cases start; each ends where the next prompt's start. */
  readonly #starts: number[] = [];
  /** Bytes written to the file: where the last prompt's cases end (after the last one's `,\n`). */
  #position = 0;
  #run: string[] = [];
  #runChars = 0;

  private constructor(dir: string, fd: number) {
    this.#path = join(dir, CASES_FILE);
    this.#fd = fd;
    this.page = new ReportPage(join(dir, PAGE_CASES_FILE));
  }

  /**
   * Cases to be laid out into the report folder `dir` (made if missing), or undefined where its
   * file cannot be made (a file already at its path is never opened): the reports then lay every
   * case out when they are written.
   */
  static open(dir: string): EarlyCases | undefined {
    try {
      mkdirSync(dir, { recursive: true });
      return new EarlyCases(dir, openSync(join(dir, CASES_FILE), 'wx+', 0o600));
    } catch {
      return undefined;
    }
  }

  /** Lays out case `c`, the next case of the reports' prompt `promptIndex`. */
  add(c: CaseOutcome, promptIndex: number): void {
    if (this.#fd === undefined) throw new Error('laid-out cases were added after they were discarded');
    if (promptIndex < this.#cases.length - 1) throw new Error('cases were laid out out of the reports order');
    if (promptIndex >= this.#cases.length) this.#flush();
    while (this.#cases.length <= promptIndex) {
      this.#cases.push([]);
      this.#starts.push(this.#position);
    }
    const shown = shownCase(c);
    this.#cases[promptIndex].push(c);
    this.page.add(shown, promptIndex);
    const text = `${casePiece(shown)},\n`;
    this.#run.push(text);
    this.#runChars += text.length;
    if (this.#runChars >= WRITE_CHARS) this.#flush();
  }

  /** Whether `result` lists every prompt's laid-out cases first, in the order they were laid out. */
  matches(result: GateResult): boolean {
    if (this.#fd === undefined || this.#cases.length > result.prompts.length) return false;
    return this.#cases.every((laid, p) => {
      const { cases } = result.prompts[p];
      return laid.length <= cases.length && laid.every((c, i) => cases[i].caseId === c.caseId);
    });
  }

  /** The outcomes of a prompt's laid-out cases, in order: the verdict takes them as they are (`DecideInput.made`). */
  outcomes(promptIndex: number): readonly CaseOutcome[] {
    return this.#cases[promptIndex] ?? [];
  }

  count(promptIndex: number): number {
    return this.#cases[promptIndex]?.length ?? 0;
  }

  /** The laid-out cases of a prompt as results.json holds them: joined by `,\n`, none after the last. */
  *text(promptIndex: number): Generator<Uint8Array> {
    if (this.#fd === undefined || this.count(promptIndex) === 0) return;
    this.#flush();
    const end = this.#starts[promptIndex + 1] ?? this.#position;
    // The last case's `,\n` (two bytes) is left out.
    yield* byteRuns(this.#fd, this.#starts[promptIndex], end - 2);
  }

  /** Removes the file and the page's, and lets the cases go. */
  discard(): void {
    this.page.discard();
    this.#cases.splice(0);
    const fd = this.#fd;
    this.#fd = undefined;
    this.#run = [];
    if (fd === undefined) return;
    closeSync(fd);
    rmSync(this.#path, { force: true });
  }

  #flush(): void {
    if (this.#runChars === 0 || this.#fd === undefined) return;
    const text = this.#run.join('');
    this.#run = [];
    this.#runChars = 0;
    // Appended at the file's offset (reading it back, by position, leaves that offset alone).
    writeAll(this.#fd, text);
    const length = Buffer.byteLength(text);
    this.#position += length;
  }
}
