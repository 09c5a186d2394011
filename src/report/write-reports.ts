import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReportPage } from './html.js';
import { junitPieces } from './junit.js';
import { JsonReportPieces } from './json.js';
import { renderReport } from './markdown.js';
import type { GateResult } from '../types.js';

/** Paths of the report files one run writes. */
export interface ReportFiles {
  /** The folder that holds them all. */
  dir: string;
  markdown: string;
  json: string;
  junit: string;
  html: string;
}

// A file on disk (or the CLI's output) has no platform cap; this only keeps a runaway report readable.
export const FILE_REPORT_MAX_CHARS = 4 * 1024 * 1024;

/**
 * Writes report.md, results.json, junit.xml and report.html into `dir` and returns their paths.
 * results.json, junit.xml and report.html are written a case at a time: each case masked once for
 * results.json and the page, the page's cases compressed a chunk at a time, never the whole text of
 * any of them in memory.
 */
export async function writeReports(result: GateResult, dir: string): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files: ReportFiles = {
    dir,
    markdown: join(dir, 'report.md'),
    json: join(dir, 'results.json'),
    junit: join(dir, 'junit.xml'),
    html: join(dir, 'report.html'),
  };
  const json = new JsonReportPieces(result);
  // The page's compressed cases wait on disk, not in memory, until every case is listed.
  const page = new ReportPage(join(dir, SPILL_FILE));
  try {
    await Promise.all([
      writeFile(
        files.markdown,
        renderReport(result, { maxChars: FILE_REPORT_MAX_CHARS, surface: 'summary' }),
      ),
      pipeline(Readable.from(joined(junitPieces(result))), createWriteStream(files.junit)),
      pipeline(
        Readable.from(joined(json.pieces((shown, promptIndex) => page.add(shown, promptIndex)))),
        createWriteStream(files.json),
      ),
    ]);
    const prompts = json.report.prompts.map(({ cases: _cases, ...prompt }) => prompt);
    await pipeline(Readable.from(page.pieces({ ...json.report, prompts })), createWriteStream(files.html));
  } finally {
    page.discard();
  }
  return files;
}

/** Where report.html's compressed cases wait while results.json is written (removed after). */
const SPILL_FILE = '.report.html.cases';

/** A case's piece is a few hundred characters: written in runs of about 64 KB, not a write each. */
const WRITE_CHARS = 64 * 1024;

/** `pieces` joined into runs of at least {@link WRITE_CHARS} characters (the last may be shorter). */
function* joined(pieces: Iterable<string>): Generator<string> {
  let run: string[] = [];
  let chars = 0;
  for (const piece of pieces) {
    run.push(piece);
    chars += piece.length;
    if (chars < WRITE_CHARS) continue;
    yield run.join('');
    run = [];
    chars = 0;
  }
  if (run.length > 0) yield run.join('');
}
