import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type EarlyCases, PAGE_CASES_FILE } from './early-cases.js';
import { ReportPage } from './html.js';
import { junitPieces } from './junit.js';
import { JsonReportPieces } from './json.js';
import { renderReport } from './markdown.js';
import { writePieces } from './write-pieces.js';
import { collectGarbage } from '../heap.js';
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

/** report.md's text, which the CLI also prints. */
export function renderFileReport(result: GateResult): string {
  return renderReport(result, { maxChars: FILE_REPORT_MAX_CHARS, surface: 'summary' });
}

/**
 * Writes report.md, results.json, junit.xml and report.html into `dir` and returns their paths.
 * results.json, junit.xml and report.html are written a case at a time: each case masked once for
 * results.json and the page, the page's cases compressed a chunk at a time, never the whole text of
 * any of them in memory. The cases `early` laid out during the run are copied from its file and
 * page, not laid out again, when the verdict lists them as they were laid out; `early` is discarded.
 */
export async function writeReports(
  result: GateResult,
  dir: string,
  early?: EarlyCases,
): Promise<ReportFiles> {
  const laidOut = early?.matches(result) ? early : undefined;
  // Its page's file first: the page made instead is spilled to the same path.
  if (!laidOut) early?.discard();
  try {
    return await writeAll(result, dir, laidOut);
  } finally {
    laidOut?.discard();
  }
}

async function writeAll(
  result: GateResult,
  dir: string,
  early: EarlyCases | undefined,
): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  // The verdict's working lists are garbage now: not carried into the reports' peak.
  collectGarbage();
  const files: ReportFiles = {
    dir,
    markdown: join(dir, 'report.md'),
    json: join(dir, 'results.json'),
    junit: join(dir, 'junit.xml'),
    html: join(dir, 'report.html'),
  };
  const json = new JsonReportPieces(result);
  // The page's compressed cases wait on disk, not in memory, until every case is listed.
  const page = early?.page ?? new ReportPage(join(dir, PAGE_CASES_FILE));
  try {
    // In runs (writePieces), not through one buffer of the whole text: freed, a block of megabytes
    // makes glibc keep later allocations in its arenas (src/text-file.ts).
    writePieces(files.markdown, [renderFileReport(result)]);
    writePieces(files.junit, junitPieces(result));
    writePieces(
      files.json,
      json.pieces((shown, promptIndex) => page.add(shown, promptIndex), early),
    );
    const prompts = json.report.prompts.map(({ cases: _cases, ...prompt }) => prompt);
    writePieces(files.html, page.pieces(await page.listing({ ...json.report, prompts })));
  } finally {
    page.discard();
  }
  return files;
}
