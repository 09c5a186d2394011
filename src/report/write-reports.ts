import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReportPage } from './html.js';
import { renderJUnit } from './junit.js';
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

// A file on disk has no platform cap; this only keeps a runaway report readable.
const FILE_REPORT_MAX_CHARS = 4 * 1024 * 1024;
// results.json is written in pieces of about this many characters.
const WRITE_CHARS = 1024 * 1024;

/**
 * Writes report.md, results.json, junit.xml and report.html into `dir` and returns their paths.
 * results.json and report.html are written a case at a time: each case masked once for both, the
 * page's cases compressed a chunk at a time, never the whole text of either in memory.
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
  const page = new ReportPage();
  await Promise.all([
    writeFile(files.markdown, renderReport(result, { maxChars: FILE_REPORT_MAX_CHARS, surface: 'summary' })),
    writeFile(files.junit, renderJUnit(result)),
    writePieces(
      files.json,
      json.pieces((shown, promptIndex) => page.add(shown, promptIndex)),
    ),
  ]);
  const prompts = json.report.prompts.map(({ cases: _cases, ...prompt }) => prompt);
  await writeFile(files.html, page.html({ ...json.report, prompts }));
  return files;
}

/** Writes text made of pieces, about a megabyte at a time. */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length < WRITE_CHARS) continue;
      await file.write(pending);
      pending = '';
    }
    await file.write(pending);
  } finally {
    await file.close();
  }
}
