import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { contentSecurityPolicy, renderHtml } from '../../src/report/html.js';
import {
  CASE_CHUNK,
  type CaseTexts,
  type PageData,
  type ReportCase,
  caseChunkIds,
  joinCaseTexts,
  splitReport,
} from '../../src/report/html/page/data.js';
import { buildJsonReport } from '../../src/report/json.js';
import { largeResult } from '../helpers/large-run.js';

/** The page's inline elements and meta tags, as a browser would find them. */
function parts(html: string): {
  scripts: string[];
  styles: string[];
  csp: string;
  data: PageData;
  chunks: { texts: string; rest: string }[];
} {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
  const block = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const data = JSON.parse(block ?? 'null') as PageData;
  const element = (id: string): string =>
    new RegExp(`<script type="text/plain" id="${id}">([^<]*)</script>`).exec(html)?.[1] ?? '';
  const chunks = Array.from({ length: data.chunks }, (_, i) => {
    const ids = caseChunkIds(i);
    return { texts: element(ids.texts), rest: element(ids.rest) };
  });
  return { scripts, styles, csp, data, chunks };
}

const inflate = <T>(packed: string): T =>
  JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as T;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64');

/** A report whose answers carry markup and a marker that must never reach the markup as text. */
function hostileReport() {
  const result = largeResult(3);
  const hostile = '</script><script>alert(1)</script><!--<img src=x onerror=alert(2)> MARKER-7f3a';
  for (const c of result.prompts[0].cases)
    for (const answer of c.trace?.head?.answers ?? []) answer.output = hostile;
  result.prompts[0].cases[0].caseId = `</SCRIPT ${hostile}`;
  return buildJsonReport(result);
}

describe('renderHtml', () => {
  const report = hostileReport();
  let html = '';
  let { scripts, styles, csp, data, chunks } = {
    scripts: [''],
    styles: [''],
    csp: '',
    data: {} as PageData,
    chunks: [] as { texts: string; rest: string }[],
  };
  beforeAll(async () => {
    html = await renderHtml(report);
    ({ scripts, styles, csp, data, chunks } = parts(html));
  });

  it('runs its one script and applies its one style sheet, by their hashes, and allows nothing else', () => {
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toBe(contentSecurityPolicy());
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives).toEqual({
      'default-src': ["'none'"],
      'script-src': [`'sha256-${sha256(scripts[0])}'`],
      'style-src': [`'sha256-${sha256(styles[0])}'`],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'require-trusted-types-for': ["'script'"],
      'trusted-types': ["'none'"],
    });
    // The policy comes first, before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('writes nothing of the report into the markup: a hostile answer cannot end or bend any element', () => {
    expect(html).not.toContain('MARKER-7f3a');
    // The data block, a block per chunk of cases, the page's script: no other element ends.
    expect(html.match(/<\/script>/gi)).toHaveLength(2 + 2 * data.chunks);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/onerror|alert\(/);
  });

  it('holds the whole JSON report: listed in one part, every case in full in chunks, in report order', () => {
    expect(data.encoding).toBe('gzip+base64');
    const { listed, cases } = splitReport(report);
    expect(inflate(data.report)).toEqual(listed);
    const inflated = chunks.flatMap(({ texts, rest }) => {
      const caseTexts = inflate<CaseTexts[]>(texts);
      return inflate<ReportCase[]>(rest).map((c, i) => joinCaseTexts(c, caseTexts[i]));
    });
    expect(inflated).toEqual(cases);
    expect(cases).toEqual(report.prompts.flatMap((p) => p.cases));
    expect(chunks).toHaveLength(Math.ceil(cases.length / CASE_CHUNK));
  });
});
