/**
 * report.html: one self-contained page (no request of any kind, opened from disk or from the
 * artifact) that holds the JSON report and draws it. Nothing of the report is written into the
 * markup: it sits compressed in a JSON block, and the page's own script (./html/page/) shows every
 * string as text. The Content-Security-Policy runs that script alone, applies that style sheet
 * alone, forbids every request and every HTML string sink (Trusted Types).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { JsonReport } from './json.js';
import { PAGE_ASSETS } from './html/page-assets.js';
import {
  CASE_CHUNK,
  DATA_ELEMENT_ID,
  type PageData,
  caseChunkIds,
  splitCaseTexts,
  splitReport,
} from './html/page/data.js';

/** `'sha256-…'`, the CSP source that allows exactly this inline script or style. */
function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** `value` as JSON, gzip-compressed and base64-encoded. */
function packed(value: unknown): string {
  return gzipSync(JSON.stringify(value)).toString('base64');
}

/**
 * The page's data blocks: the report as listed, and every case in full in chunks the page inflates
 * as cases are opened or searched (./html/page/data.ts), each chunk's texts and the rest of it in
 * an element each. Compressed, the browser reads a tenth of the bytes (a system prompt repeated in
 * every case's request compresses to nothing); base64 has no `<`, so no `</script>` or `<!--` in
 * an answer can end or bend a block.
 */
export function pageData(report: JsonReport): { listed: string; cases: string[] } {
  const { listed, cases } = splitReport(report);
  const blocks: string[] = [];
  let chunks = 0;
  for (let from = 0; from < cases.length; from += CASE_CHUNK, chunks++) {
    const split = cases.slice(from, from + CASE_CHUNK).map(splitCaseTexts);
    const ids = caseChunkIds(chunks);
    blocks.push(
      `<script type="text/plain" id="${ids.texts}">${packed(split.map((c) => c.texts))}</script>`,
      `<script type="text/plain" id="${ids.rest}">${packed(split.map((c) => c.rest))}</script>`,
    );
  }
  const data: PageData = { encoding: 'gzip+base64', report: packed(listed), chunks };
  return {
    listed: `<script type="application/json" id="${DATA_ELEMENT_ID}">${JSON.stringify(data)}</script>`,
    cases: blocks,
  };
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
export function renderHtml(report: JsonReport): string {
  const data = pageData(report);
  return [
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
    data.listed,
    `<script>${PAGE_ASSETS.script}</script>`,
    // After the script: the browser reads them while the page draws the list (./html/page/main.ts).
    ...data.cases,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
