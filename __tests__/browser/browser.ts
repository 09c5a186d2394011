/**
 * A real browser for report.html: Debian's Chromium (`apt-get install chromium`, which .ci/run does)
 * driven by playwright-core, with no browser download. Every page opened here records what a
 * hostile page would do: console errors, uncaught errors, dialogs and any request besides the page
 * itself.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, type CDPSession, type Page, chromium } from 'playwright-core';

/** Where Debian puts Chromium; PROMPTGATE_CHROMIUM names another build. */
const CHROMIUM = process.env.PROMPTGATE_CHROMIUM ?? '/usr/bin/chromium';

/** Starts Chromium headless, or says how to get it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium, as .ci/run does) or set PROMPTGATE_CHROMIUM to a Chromium binary`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    // Nothing in the background: a request the test sees must be the page's.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** An opened report and everything it did that a report must never do. */
export interface OpenedReport {
  page: Page;
  /** Console errors, uncaught errors, dialogs and requests, in order; empty for a well-behaved page. */
  misdeeds: string[];
  /** When the page was drawn and usable (verdict, charts, filters, list), in ms from navigation start (its `promptgate:ready` mark). */
  readyMs: number;
  /** Main-thread CPU time the page used until it was drawn, in ms. */
  readyCpuMs: number;
  /** The same, until the first case was open as well (its `promptgate:case` mark). */
  caseMs: number;
  caseCpuMs: number;
  cdp: CDPSession;
}

/** Main-thread CPU time so far, in ms, and the browser's clock, in s. */
async function cpuSample(cdp: CDPSession): Promise<{ cpuMs: number; at: number; navigationStart: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    cpuMs: value('TaskDuration') * 1000,
    at: value('Timestamp'),
    navigationStart: value('NavigationStart'),
  };
}

/**
 * Opens report.html from disk, as a reader opens the artifact, and waits until it is drawn and its
 * first case is open. Its
 * CPU time is measured as well as its wall time: on a machine shared with other jobs the wall
 * time says more about the neighbours than about the page.
 */
export async function openReport(
  browser: Browser,
  file: string,
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<OpenedReport> {
  const page = await browser.newPage({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const url = pathToFileURL(file).href;
  const misdeeds: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      misdeeds.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => misdeeds.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    misdeeds.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) misdeeds.push(`request: ${request.url()}`);
  });
  const cdp = await page.context().newCDPSession(page);
  // Thread time: the CPU the page's main thread used, whatever else the machine runs.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const samples = [await cpuSample(cdp)];
  let loading = true;
  const sampling = (async () => {
    while (loading) {
      samples.push(await cpuSample(cdp));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  })();
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('promptgate:case').length > 0, null, {
      timeout: 60_000,
    });
  } finally {
    loading = false;
    await sampling;
  }
  const [readyMs, caseMs] = await page.evaluate(() =>
    ['promptgate:ready', 'promptgate:case'].map((mark) => performance.getEntriesByName(mark)[0].startTime),
  );
  // The last sample taken before each mark: work after it (the next step, gathering the cases'
  // texts in the background) is not the step's.
  const { navigationStart } = samples.at(-1)!;
  const cpuAt = (ms: number): number =>
    (samples.filter((s) => s.at <= navigationStart + ms / 1000).at(-1) ?? samples[0]).cpuMs -
    samples[0].cpuMs;
  return { page, misdeeds, readyMs, readyCpuMs: cpuAt(readyMs), caseMs, caseCpuMs: cpuAt(caseMs), cdp };
}

/** The duration of the last `promptgate:filter` measure once `change` has made a new one. */
export async function timedFilter(page: Page, change: () => Promise<unknown>): Promise<number> {
  const count = await page.evaluate(() => performance.getEntriesByName('promptgate:filter').length);
  await change();
  await page.waitForFunction(
    (before) => performance.getEntriesByName('promptgate:filter').length > before,
    count,
  );
  return page.evaluate(() => performance.getEntriesByName('promptgate:filter').at(-1)!.duration);
}
