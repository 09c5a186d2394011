import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderJUnit } from './junit.js';
import { renderJson } from './json.js';
import { renderReport } from './markdown.js';
import type { GateResult } from '../types.js';

/** Paths of the report files one run writes. */
export interface ReportFiles {
  markdown: string;
  json: string;
  junit: string;
}

// A file on disk has no platform cap; this only keeps a runaway report readable.
const FILE_REPORT_MAX_CHARS = 4 * 1024 * 1024;

/** Writes report.md, results.json and junit.xml into `dir` and returns their paths. */
export async function writeReports(result: GateResult, dir: string): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files: ReportFiles = {
    markdown: join(dir, 'report.md'),
    json: join(dir, 'results.json'),
    junit: join(dir, 'junit.xml'),
  };
  await Promise.all([
    writeFile(files.markdown, renderReport(result, { maxChars: FILE_REPORT_MAX_CHARS, surface: 'summary' })),
    writeFile(files.json, renderJson(result)),
    writeFile(files.junit, renderJUnit(result)),
  ]);
  return files;
}
