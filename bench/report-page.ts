// Writing the reports of a large run, and reading report.html in a browser. For N cases (made-up
// answers, see __tests__/helpers/large-run.ts): the verdict, then results.json and report.html from
// one masked report, with the time of each step and the size of each file; then the page opened
// from disk in Debian's Chromium (as the browser tests open it) several times, with the median
// main-thread CPU and wall time until it is drawn (verdict, charts, filters, list) and until its
// first case is open too, and of each change of the filters.
// Usage: node scripts/run-ts.mjs bench/report-page.ts [cases=1000,10000] [runs=5]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildJsonReport, jsonText } from '../src/report/json.js';
import { renderHtml } from '../src/report/html.js';
import { largeResult } from '../__tests__/helpers/large-run.js';
import { launchChromium, openReport, timedFilter } from '../__tests__/browser/browser.js';

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 5);

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

const mb = (text: string): string => `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `median (min-max)` of a figure over the runs, in ms. */
function figure(values: number[]): string {
  const ms = (value: number): string => value.toFixed(0);
  return `${ms(median(values))} ms (${ms(Math.min(...values))}-${ms(Math.max(...values))})`;
}

/**
 * The changes of the filters a reader makes first, each timed from the change to the list and
 * charts drawn (a search from the end of the pause after the last key, SEARCH_DELAY_MS in the
 * page's main.ts). The first search comes at once, before the page has gathered the texts it
 * searches in the background; the last once it has.
 */
const FILTERS: [string, (page: Page) => Promise<unknown>][] = [
  ['search "refund" at once', (page) => page.fill('input[type=search]', 'refund')],
  ['search cleared', (page) => page.fill('input[type=search]', '')],
  ['flag regressed', (page) => page.check('input[value=regressed]')],
  ['suite injection', (page) => page.selectOption('select[aria-label=Suite]', 'injection')],
  ['order as in the report', (page) => page.selectOption('select[aria-label=Order]', 'report')],
  ['all again', (page) => page.uncheck('input[value=regressed]')],
  [
    'search "tents", texts gathered',
    async (page) => {
      await page.waitForFunction(() => performance.getEntriesByName('promptgate:cases').length > 0);
      await page.fill('input[type=search]', 'tents');
    },
  ],
];

const scratch = mkdtempSync(join(tmpdir(), 'promptgate-bench-page-'));
const browser = await launchChromium();
try {
  for (const cases of sizes) {
    const [result, decideMs] = timed(() => largeResult(cases));
    const [report, maskMs] = timed(() => buildJsonReport(result));
    const [json, jsonMs] = timed(() => jsonText(report));
    const htmlStarted = performance.now();
    const html = await renderHtml(report);
    const htmlMs = performance.now() - htmlStarted;
    console.log(
      `${cases} cases: verdict ${decideMs.toFixed(0)} ms; masked report ${maskMs.toFixed(0)} ms; ` +
        `results.json ${jsonMs.toFixed(0)} ms, ${mb(json)}; report.html ${htmlMs.toFixed(0)} ms, ${mb(html)}`,
    );
    const file = join(scratch, `report-${cases}.html`);
    writeFileSync(file, html);

    const load = {
      cpu: [] as number[],
      wall: [] as number[],
      caseCpu: [] as number[],
      caseWall: [] as number[],
    };
    const filters = new Map<string, number[]>(FILTERS.map(([name]) => [name, []]));
    for (let run = 0; run < runs; run++) {
      const { page, misdeeds, readyMs, readyCpuMs, caseMs, caseCpuMs } = await openReport(browser, file);
      load.cpu.push(readyCpuMs);
      load.wall.push(readyMs);
      load.caseCpu.push(caseCpuMs);
      load.caseWall.push(caseMs);
      // Right after the page is drawn, as a reader who starts typing at once.
      for (const [name, change] of FILTERS)
        filters.get(name)!.push(await timedFilter(page, () => change(page)));
      if (misdeeds.length > 0) throw new Error(`the page misbehaved:\n${misdeeds.join('\n')}`);
      await page.close();
    }
    console.log(
      `  page drawn (verdict, charts, filters, list), median of ${runs}: main-thread CPU ${figure(load.cpu)}, wall ${figure(load.wall)}`,
    );
    console.log(
      `  first case open too: main-thread CPU ${figure(load.caseCpu)}, wall ${figure(load.caseWall)}`,
    );
    for (const [name, values] of filters) console.log(`  filter ${name}: ${figure(values)}`);
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
