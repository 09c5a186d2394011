/**
 * report.html in a real browser (Debian's Chromium through playwright-core): the example's page and
 * a hostile model's page as the built CLI writes them, and a page of 10,000 cases. Each fails on any
 * console error, uncaught error, dialog or request the page makes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { writeReports } from '../../src/report/write-reports.js';
import { readFixtureFiles } from '../helpers/fixture-repo.js';
import { launchChromium, openReport, timedFilter } from './browser.js';
import { largeResult } from '../helpers/large-run.js';
import { SECRET_KEY, runCli, withScenario } from '../e2e/harness.js';
import { userOf } from '../e2e/scripted-model.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where screenshots go: PROMPTGATE_SCREENSHOTS (docs/report for the README's), else a folder removed after. */
const scratch = mkdtempSync(join(tmpdir(), 'promptgate-page-'));
const screenshots = process.env.PROMPTGATE_SCREENSHOTS ?? scratch;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Types `text` in the search box and waits until the list and the first case are drawn for it. */
async function search(page: Page, text: string): Promise<void> {
  await timedFilter(page, () => page.fill('input[type=search]', text));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

/** The text the list says it shows: `12 of 39 cases`. */
async function countOf(page: Page): Promise<{ shown: number; total: number }> {
  const [shown, total] = ((await page.textContent('.count')) ?? '')
    .match(/[\d,]+/g)!
    .map((n) => Number(n.replace(/,/g, '')));
  return { shown, total };
}

describe('the example report', () => {
  let file: string;
  beforeAll(() => {
    const out = join(scratch, 'example');
    // `npm run example -- --out <dir>`: the built CLI on the bundled example.
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/example.mjs'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    file = join(out, 'report.html');
  });

  it('shows the verdict, the charts, the cases and the diff of an answer, and makes no request', async () => {
    const { page, misdeeds } = await openReport(browser, file);
    expect(await page.textContent('h1')).toContain('regression');
    // Three charts, drawn: bars for both versions and p50/p95 marks.
    expect(await page.locator('figure.chart svg').count()).toBe(3);
    expect(await page.locator('[data-chart="Latency per answer"] rect.bar.head').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="Latency per answer"] line.mark.p95').count()).toBe(2);
    expect(await page.locator('[data-chart="Pass rate per check"] .check-label').allTextContents()).toContain(
      'canary',
    );
    // The first case, the worst, is open: base and head side by side, words lost and gained marked.
    const detail = page.locator('.detail');
    expect(await detail.locator('.answers .side.base del').count()).toBeGreaterThan(0);
    expect(await detail.locator('.answers .side.head ins').count()).toBeGreaterThan(0);
    // Its trace: the provider, the model, the origin; the messages sent, the prompt change marked.
    expect(await detail.locator('.trace').textContent()).toMatch(/Provider\s*main.*Origin\s*cassette/s);
    await detail.locator('summary', { hasText: 'Messages sent' }).click();
    expect(await detail.locator('.messages .side.head ins').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, 'example.png'), fullPage: true });
    expect(statSync(join(screenshots, 'example.png')).size).toBeGreaterThan(50_000);
    expect(misdeeds).toEqual([]);
  });

  it('filters by flag, suite, failed check and search, and the charts follow', async () => {
    const { page, misdeeds } = await openReport(browser, file);
    const all = await countOf(page);
    expect(all.shown).toBe(all.total);

    await page.check('input[value=regressed]');
    const regressed = await countOf(page);
    expect(regressed.shown).toBeGreaterThan(0);
    expect(regressed.shown).toBeLessThan(all.total);
    for (const flags of await page.locator('.case-row .flags').allTextContents())
      expect(flags).toContain('regressed');
    await page.uncheck('input[value=regressed]');

    await page.selectOption('select[aria-label=Suite]', 'injection');
    for (const suite of await page.locator('.case-row .suite').allTextContents())
      expect(suite).toBe('injection');
    await page.selectOption('select[aria-label="Failed check"]', 'canary');
    const canary = await countOf(page);
    expect(canary.shown).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="Pass rate per check"] svg').getAttribute('aria-label')).toMatch(
      /canary: base 100%, head 0%/,
    );

    await page.selectOption('select[aria-label=Suite]', '');
    await page.selectOption('select[aria-label="Failed check"]', '');
    await search(page, 'no such text anywhere');
    expect(await countOf(page)).toEqual({ shown: 0, total: all.total });
    await search(page, 'return-window');
    expect((await countOf(page)).shown).toBeGreaterThan(0);
    await page.waitForSelector('.detail h2');
    expect(await page.textContent('.detail h2')).toContain('return-window');
    expect(misdeeds).toEqual([]);
  });

  it('reads in the dark theme too', async () => {
    const { page, misdeeds } = await openReport(browser, file, { colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
    await page.click('button.theme');
    await page.click('button.theme');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await page.click('button.theme');
    await page.screenshot({ path: join(screenshots, 'example-dark.png') });
    expect(misdeeds).toEqual([]);
  });
});

describe('a report of 10,000 cases', () => {
  let file: string;
  beforeAll(async () => {
    const dir = join(scratch, 'large');
    mkdirSync(dir);
    file = (await writeReports(largeResult(10_000), dir)).html;
  });

  // How fast it loads and filters is measured by bench/report-page.ts, not here.
  it('loads, lists only the rows in view, filters and reaches the last case', async () => {
    const { page, misdeeds } = await openReport(browser, file);
    expect(await countOf(page)).toEqual({ shown: 10_000, total: 10_000 });
    // Only the rows in view are in the document.
    expect(await page.locator('.case-row').count()).toBeLessThan(60);

    await timedFilter(page, () => page.check('input[value=regressed]'));
    const { shown } = await countOf(page);
    expect(shown).toBeGreaterThan(100);
    await timedFilter(page, () => page.selectOption('select[aria-label=Suite]', 'injection'));
    await timedFilter(page, () => page.selectOption('select[aria-label=Order]', 'report'));
    // The cases' texts are gathered in the background after the page is drawn; a search uses them.
    await page.waitForFunction(() => performance.getEntriesByName('promptgate:cases').length > 0, null, {
      timeout: 60_000,
    });
    await timedFilter(page, () => page.fill('input[type=search]', 'refund'));
    await timedFilter(page, () => page.fill('input[type=search]', ''));
    await timedFilter(page, () => page.uncheck('input[value=regressed]'));
    await timedFilter(page, () => page.selectOption('select[aria-label=Suite]', ''));
    expect(await countOf(page)).toEqual({ shown: 10_000, total: 10_000 });

    // The last case is reached by scrolling, and opens in full.
    await page.locator('.case-list').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.detail h2')?.textContent === 'case-09999');
    await page.screenshot({ path: join(screenshots, 'large.png') });

    expect(misdeeds).toEqual([]);
  });
});

describe('a report with no case', () => {
  it('says so, and draws without an error', async () => {
    const dir = join(scratch, 'empty');
    mkdirSync(dir);
    const { html } = await writeReports(largeResult(0), dir);
    const { page, misdeeds } = await openReport(browser, html);
    expect(await countOf(page)).toEqual({ shown: 0, total: 0 });
    expect(await page.textContent('.detail-pane')).toBe('This report has no case: no prompt was run.');
    expect(await page.locator('figure.chart .muted').count()).toBe(3);
    expect(misdeeds).toEqual([]);
  });
});

/** Answers a hostile model gives under the head prompt, one per question of the fixture. */
const HOSTILE: Record<string, string> = {
  'return a tent': '<script>window.__pwned = 1; fetch("https://evil.example/x")</script>Sure!',
  'get my refund': '<img src="https://evil.example/p.png" onerror="window.__pwned = 2">',
  'arrived damaged': '[click](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4">here</a>',
  'another size': 'refund policy \u202Eevil\u202C then \u2066isolated\u2069 and zero\u200Bwidth',
  'without a receipt': `${'refund policy, long answer. '.repeat(12_000)}END`,
  refundable: '</script><!-- <style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
  'sleeping bag':
    '{{constructor.constructor("window.__pwned=5")()}} ${alert(6)} <meta http-equiv="refresh" content="0;url=https://evil.example">',
  'two days': '<svg onload="window.__pwned=7"><a href="javascript:alert(8)">x</a></svg>',
};

describe('a report of hostile answers, through the built CLI', () => {
  it('runs no script of theirs, loads nothing, and shows every answer as text', async () =>
    withScenario(
      {
        respond: (body) => {
          const user = userOf(body);
          const hostile = Object.entries(HOSTILE).find(([question]) => user.includes(question));
          const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
          // Base keeps to the refund policy; head answers whatever the case's hostile answer is.
          return system.includes('Always point') || !hostile
            ? 'See our refund policy.'
            : { content: hostile[1], usage: { prompt_tokens: 50, completion_tokens: 200 } };
        },
      },
      async ({ repoFrom, openai }) => {
        const hostileRow =
          '{"id": "<img src=x onerror=window.__pwned=9>", "vars": {"question": "<script>window.__pwned=10</script>"}}\n';
        const rows = (version: 'base' | 'head') =>
          readFixtureFiles('support', version)['evals/questions.jsonl'] + hostileRow;
        const repo = await repoFrom('support', {
          base: { 'evals/questions.jsonl': rows('base') },
          head: { 'evals/questions.jsonl': rows('head') },
        });
        const out = join(scratch, 'hostile');
        const run = await runCli(['run', '--out', out], {
          cwd: repo.dir,
          env: { OPENAI_API_KEY: SECRET_KEY, OPENAI_BASE_URL: openai.url },
        });
        expect(run.code).toBe(1);
        const { page, misdeeds } = await openReport(browser, join(out, 'report.html'));

        // Open every case, and its messages, so every answer is drawn.
        const { total } = await countOf(page);
        await page.locator('.case-list').focus();
        for (let i = 0; i < total; i++) {
          await page.locator('.detail summary', { hasText: 'Messages sent' }).click();
          const text = (await page.locator('.detail').textContent()) ?? '';
          if (text.includes('<script>window.__pwned = 1'))
            expect(text).toContain('fetch("https://evil.example/x")');
          if (text.includes('refund policy')) expect(text).not.toContain('\u202E');
          await page.keyboard.press('ArrowDown');
        }
        const seen = await page.evaluate(() => ({
          pwned: (window as { __pwned?: unknown }).__pwned,
          // The listed report, the page's own script, the one chunk of cases in full (texts, rest): nothing else.
          scripts: [...document.scripts].map((script) => script.type || 'script'),
          // Elements and attributes that load or run anything: none, whatever the answers held.
          loaders: document.querySelectorAll(
            'img, iframe, a, object, embed, meta[http-equiv=refresh], link, video, audio, source',
          ).length,
          attributes: [...document.querySelectorAll('*')].flatMap((e) =>
            e.getAttributeNames().filter((n) => /^on|href|src|action/i.test(n)),
          ),
        }));
        expect(seen).toEqual({
          pwned: undefined,
          scripts: ['application/json', 'script', 'text/plain', 'text/plain'],
          loaders: 0,
          attributes: [],
        });

        // What the answers held is there to read, as text.
        await search(page, 'evil.example');
        expect((await countOf(page)).shown).toBeGreaterThanOrEqual(4);
        await search(page, 'isolated');
        expect(await page.locator('.detail .answers .side.head .invisible').allTextContents()).toEqual(
          expect.arrayContaining(['U+202E', 'U+202C', 'U+2066', 'U+2069', 'U+200B']),
        );
        await search(page, 'long answer');
        expect(await page.textContent('.detail .answers .side.head .show-all')).toBe(
          'Show all 336,003 characters',
        );
        await page.screenshot({ path: join(screenshots, 'hostile.png'), fullPage: true });
        expect(misdeeds).toEqual([]);

        // And if markup ever got through, the page's policy would still run none of it and load nothing:
        // Trusted Types refuse a script's source as a string, the CSP refuses the image and the request.
        const outcomes: string[] = [];
        page.on('requestfinished', (request) => outcomes.push(`finished ${request.url()}`));
        page.on('requestfailed', (request) =>
          outcomes.push(`${request.failure()?.errorText} ${request.url()}`),
        );
        const attempt = await page.evaluate(async () => {
          const script = document.createElement('script');
          let scriptRefused = false;
          try {
            script.textContent = 'window.__pwned = 11';
          } catch {
            scriptRefused = true;
          }
          const image = document.createElement('img');
          image.src = 'https://evil.example/pixel.png';
          document.body.append(image);
          const fetched = await fetch('https://evil.example/beacon').then(
            () => 'answered',
            () => 'refused',
          );
          return { scriptRefused, fetched };
        });
        await page.waitForTimeout(200);
        expect(attempt).toEqual({ scriptRefused: true, fetched: 'refused' });
        expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(misdeeds.join('\n')).toMatch(
          /violates the following Content Security Policy directive: "default-src 'none'"/,
        );
        // The image's request failed on the policy before it went out; the fetch never became one.
        expect(outcomes).toEqual(['csp https://evil.example/pixel.png']);
      },
    ));
});
