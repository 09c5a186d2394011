/**
 * report.html: one self-contained page (no request of any kind, opened from disk or from the
 * artifact) that holds the JSON report and draws it. Nothing of the report is written into the
 * markup: it sits compressed in a JSON block, and the page's own script (./html/page/) shows every
 * string as text. The Content-Security-Policy runs that script alone, applies that style sheet
 * alone, forbids every request and every HTML string sink (Trusted Types).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import type { JsonReport } from './json.js';
import { textRuns } from '../text-file.js';
import { PAGE_ASSETS } from './html/page-assets.js';
import {
  CASE_CHUNK,
  CaseLister,
  DATA_ELEMENT_ID,
  type ListedReport,
  type PageData,
  type ReportCase,
  caseChunkIds,
  splitCaseTexts,
} from './html/page/data.js';

/** `'sha256-…'`, the CSP source that allows exactly this inline script or style. */
function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * Text given in pieces, gzip-compressed as it comes and base64-encoded: the whole text is never
 * held, only what it compresses to.
 */
async function packedPieces(pieces: Iterable<string>): Promise<string> {
  const encoded: string[] = [];
  await pipeline(Readable.from(pieces), createGzip(), async (chunks: AsyncIterable<Buffer>) => {
    // Encoded as the chunks come, whole groups of three bytes at a time (the same text as encoding
    // them joined), never joined into one buffer: freed, a block of megabytes makes glibc keep
    // later allocations in its arenas (src/text-file.ts).
    let carried: Buffer = Buffer.alloc(0);
    for await (const chunk of chunks) {
      const bytes = carried.length ? Buffer.concat([carried, chunk]) : chunk;
      const whole = bytes.length - (bytes.length % 3);
      encoded.push(bytes.toString('base64', 0, whole));
      carried = bytes.subarray(whole);
    }
    encoded.push(carried.toString('base64'));
  });
  return encoded.join('');
}

/** The page's listing (see {@link ReportPage.listing}), compressed: what its head holds. */
export interface PackedListing {
  readonly packed: string;
}

/** JSON text, gzip-compressed and base64-encoded. */
function packedJson(json: string): string {
  return gzipSync(json).toString('base64');
}

/**
 * report.html built a case at a time, in report order. The page's data blocks: the report as
 * listed, and every case in full in chunks the page inflates as cases are opened or searched
 * (./html/page/data.ts), each chunk's texts and the rest of it in an element each. A chunk is
 * compressed as soon as it is full, so the writer holds one chunk of cases in full, never them all.
 * Compressed, the browser reads a tenth of the bytes (a system prompt repeated in every case's
 * request compresses to nothing); base64 has no `<`, so no `</script>` or `<!--` in an answer can
 * end or bend a block.
 */
export class ReportPage {
  private readonly lister = new CaseLister();
  private readonly blocks: string[] = [];
  /**
   * The JSON of each case waiting for its chunk, its texts and the rest apart: held as text, not as
   * the case's objects. A chunk's cases live across many young-generation collections and are
   * promoted, so what they weigh until packed is what the reports leave for full collections.
   */
  private pending: { texts: string[]; rest: string[] } = { texts: [], rest: [] };
  private chunks = 0;
  /** The file the blocks go to as they are packed, once opened. */
  private spill: { path: string; fd: number } | undefined;

  /**
   * With `spillTo` (a path beside the page), each chunk's blocks are written there as they are
   * packed and read back once as the page is written, then the file is removed: a large report's
   * compressed cases are otherwise held until every case is listed (the page's head comes first and
   * needs them all). The file is created new: where anything already is (a file, a link), it is
   * never written through, and the blocks stay in memory.
   */
  constructor(private spillTo?: string) {}

  /** Adds case `c` of the report's prompt `promptIndex` (already masked, as results.json has it). */
  add(c: ReportCase, promptIndex: number): void {
    this.lister.add(c, promptIndex);
    const { texts, rest } = splitCaseTexts(c);
    this.pending.texts.push(JSON.stringify(texts));
    this.pending.rest.push(JSON.stringify(rest));
    if (this.pending.texts.length === CASE_CHUNK) this.pack();
  }

  /** The page for `report` (its prompts without their cases, masked) with every case added. */
  async html(report: Omit<ListedReport, 'cases' | 'checkLabels'>): Promise<string> {
    return [...this.pieces(await this.listing(report))].join('');
  }

  /**
   * `report` (its prompts without their cases, masked) as the page lists it, with every case added,
   * compressed as its text is made: a large report's listing is tens of megabytes of JSON.
   */
  async listing(report: Omit<ListedReport, 'cases' | 'checkLabels'>): Promise<PackedListing> {
    this.pack();
    return { packed: await packedPieces(this.lister.listedJson(report)) };
  }

  /**
   * {@link html}'s text in pieces, a line or a chunk of cases each, so a large page is written to its
   * file without being held whole a second time; `listing` is {@link listing}'s, made once every
   * case was added. The page's chunks are let go as they are given, so a page is written once (by
   * this or {@link html}).
   */
  *pieces(listing: PackedListing): Generator<string> {
    // The listing's base64 needs no escape in JSON: given as it is, not copied into the data's text.
    const data = JSON.stringify({
      encoding: 'gzip+base64',
      report: '',
      chunks: this.chunks,
    } satisfies PageData);
    const at = data.indexOf('"report":""') + '"report":"'.length;
    const head = [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="referrer" content="no-referrer">',
      '<title>Promptgate report</title>',
      `<style>${PAGE_ASSETS.style}</style>`,
      '</head>',
      '<body>',
      '<noscript>This report is drawn by its own script; results.json beside it holds the same data.</noscript>',
    ];
    for (const line of head) yield `${line}\n`;
    yield `<script type="application/json" id="${DATA_ELEMENT_ID}">${data.slice(0, at)}`;
    yield listing.packed;
    yield `${data.slice(at)}</script>\n`;
    yield `<script>${PAGE_ASSETS.script}</script>\n`;
    // After the script: the browser reads them while the page draws the list (./html/page/main.ts).
    yield* this.spilled();
    const blocks = this.blocks.splice(0);
    for (let i = 0; i < blocks.length; i++) {
      yield `${blocks[i]}\n`;
      blocks[i] = '';
    }
    yield '</body>\n';
    yield '</html>\n';
  }

  /** Removes the spill file, if one was opened and not yet read back (a write that failed midway). */
  discard(): void {
    const spill = this.spill;
    this.spill = undefined;
    if (!spill) return;
    closeSync(spill.fd);
    rmSync(spill.path, { force: true });
  }

  /** The spilled blocks, read back a run at a time; the file is removed once read. */
  private *spilled(): Generator<string> {
    const spill = this.spill;
    if (!spill) return;
    try {
      // Read in runs well under a megabyte, never whole (src/text-file.ts says why).
      yield* textRuns(spill.fd);
    } finally {
      this.discard();
    }
  }

  /** Where packed blocks go: the spill file (opened on the first chunk), else memory. */
  private keep(block: string): void {
    if (this.spillTo !== undefined && !this.spill) {
      const path = this.spillTo;
      this.spillTo = undefined;
      try {
        // Exclusive: an existing file or link at the path is never opened.
        this.spill = { path, fd: openSync(path, 'wx+', 0o600) };
      } catch {
        // The blocks stay in memory.
      }
    }
    if (this.spill) writeSync(this.spill.fd, `${block}\n`);
    else this.blocks.push(block);
  }

  private pack(): void {
    const { texts, rest } = this.pending;
    if (texts.length === 0) return;
    const ids = caseChunkIds(this.chunks++);
    // A list's JSON is its elements' JSON joined: what packing the list itself gives.
    this.keep(`<script type="text/plain" id="${ids.texts}">${packedJson(`[${texts.join(',')}]`)}</script>`);
    this.keep(`<script type="text/plain" id="${ids.rest}">${packedJson(`[${rest.join(',')}]`)}</script>`);
    this.pending = { texts: [], rest: [] };
  }
}

/** The page's Content-Security-Policy: its own script and style only, no request, no HTML sink. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `script-src ${hashSource(PAGE_ASSETS.script)}`,
    `style-src ${hashSource(PAGE_ASSETS.style)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** report.html for the JSON report (already masked: the page holds what results.json holds). */
export function renderHtml(report: JsonReport): Promise<string> {
  const page = new ReportPage();
  const prompts = report.prompts.map(({ cases, ...prompt }, promptIndex) => {
    for (const c of cases) page.add(c, promptIndex);
    return prompt;
  });
  return page.html({ ...report, prompts });
}
