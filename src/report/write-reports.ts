import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderHtml } from './html.js';
import { renderJUnit } from './junit.js';
import { buildJsonReport, jsonText } from './json.js';
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

/** Writes report.md, results.json, junit.xml and report.html into `dir` and returns their paths. */
export async function writeReports(result: GateResult, dir: string): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files: ReportFiles = {
    dir,
    markdown: join(dir, 'report.md'),
    json: join(dir, 'results.json'),
    junit: join(dir, 'junit.xml'),
    html: join(dir, 'report.html'),
  };
  // Masked once: results.json and the page hold the same report.
  const report = buildJsonReport(result);
  await Promise.all([
    writeFile(files.markdown, renderReport(result, { maxChars: FILE_REPORT_MAX_CHARS, surface: 'summary' })),
    writeFile(files.json, jsonText(report)),
    writeFile(files.junit, renderJUnit(result)),
    writeFile(files.html, renderHtml(report)),
  ]);
  return files;
}
