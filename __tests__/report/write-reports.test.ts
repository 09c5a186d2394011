import { describe, expect, it } from '@jest/globals';
import { renderJUnit } from '../../src/report/junit.js';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ReportPage, renderHtml } from '../../src/report/html.js';
import { buildJsonReport, renderJson } from '../../src/report/json.js';
import { writeReports } from '../../src/report/write-reports.js';
import type { GateResult } from '../../src/types.js';
import { largeResult } from '../helpers/large-run.js';

const SECRET = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd';

/**
 * Two prompts, the second with no case; answers that carry a secret and workflow commands; more
 * distinct texts than the writer's mask memo holds, so it is emptied midway.
 */
function hostileResult(): GateResult {
  const result = largeResult(5200);
  const [first] = result.prompts;
  const answers = first.cases.flatMap((c) => [
    ...(c.trace?.base?.answers ?? []),
    ...(c.trace?.head?.answers ?? []),
  ]);
  answers[0].output = `the key is ${SECRET}`;
  answers[1].output = '##[error]fake\n::warning::fake\n  ::set-output name=x::y';
  answers[answers.length - 1].output = `last ${SECRET} ##[group]`;
  first.cases[3].caseId = '::stop-commands::x';
  return { ...result, prompts: [first, { ...first, prompt: 'prompts/empty.md', cases: [] }] };
}

describe('writeReports', () => {
  it('writes, a case at a time, the same results.json and report.html as the whole report renders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-reports-'));
    try {
      const result = hostileResult();
      const files = await writeReports(result, dir);
      const json = readFileSync(files.json, 'utf8');
      expect(json).toBe(renderJson(result));
      expect(readFileSync(files.html, 'utf8')).toBe(await renderHtml(buildJsonReport(result)));
      expect(readFileSync(files.junit, 'utf8')).toBe(renderJUnit(result));
      // What the comparison rests on: masked, defused, and the same data back.
      expect(json).not.toContain(SECRET);
      expect(json).not.toContain('##[');
      expect(json).toContain('\\u0023#[error]fake');
      const parsed = JSON.parse(json) as { prompts: { cases: unknown[] }[] };
      expect(parsed.prompts.map((p) => p.cases.length)).toEqual([5200, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a run with no prompt as the whole report renders it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-reports-'));
    try {
      const result: GateResult = { ...largeResult(1), prompts: [] };
      const files = await writeReports(result, dir);
      expect(readFileSync(files.json, 'utf8')).toBe(renderJson(result));
      expect(readFileSync(files.html, 'utf8')).toBe(await renderHtml(buildJsonReport(result)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps report.html's compressed cases in a file until the page is written, then removes it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-reports-'));
    try {
      const report = buildJsonReport(largeResult(250));
      const spill = join(dir, 'cases.part');
      const page = new ReportPage(spill);
      const prompts = report.prompts.map(({ cases, ...prompt }, promptIndex) => {
        for (const c of cases) page.add(c, promptIndex);
        return prompt;
      });
      // Two full chunks of cases are packed: on disk, not in memory.
      expect(readFileSync(spill, 'utf8')).toMatch(/^<script type="text\/plain" id=/);
      expect(await page.html({ ...report, prompts })).toBe(await renderHtml(report));
      expect(existsSync(spill)).toBe(false);

      const files = await writeReports(largeResult(250), dir);
      expect(readdirSync(dir).sort()).toEqual(
        [files.html, files.json, files.junit, files.markdown].map((f) => basename(f)).sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never writes through a file or link already where the cases would wait: they stay in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-reports-'));
    const outside = mkdtempSync(join(tmpdir(), 'promptgate-outside-'));
    try {
      const target = join(outside, 'kept.txt');
      writeFileSync(target, 'kept');
      symlinkSync(target, join(dir, '.report.html.cases'));
      const result = largeResult(250);
      const files = await writeReports(result, dir);
      expect(readFileSync(target, 'utf8')).toBe('kept');
      expect(readFileSync(files.html, 'utf8')).toBe(await renderHtml(buildJsonReport(result)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
