/**
 * report.html's script: reads the report from the page's data block and draws it. Every string of
 * the report reaches the page as text (./dom.ts); the page makes no request (its Content-Security-Policy
 * forbids any). Timings are left as performance marks: `promptgate:ready` once the verdict, the
 * charts, the filters and the list are drawn, `promptgate:case` once the first case is open too,
 * `promptgate:cases` once every case's text is gathered for a search, and a `promptgate:filter`
 * measure per filter change.
 *
 * The cases in full come after this script in the page, so the browser reads those megabytes
 * while the list is drawn, not before; a case opens once the page is read to its end.
 */
import { formatCount, formatMs, formatUsd } from '../../format.js';
import { CaseList } from './case-list.js';
import { caseDetail } from './case-detail.js';
import { checkPassCounts, distributions } from './chart-data.js';
import { checkPassChart, distributionChart, legend } from './charts.js';
import {
  DATA_ELEMENT_ID,
  FLAGS,
  type Flag,
  type ListedReport,
  type PageData,
  type ReportCase,
  type CaseTexts,
  CASE_CHUNK,
  caseChunkIds,
  joinCaseTexts,
} from './data.js';
import { h, text } from './dom.js';
import { type Filter, type Order, filterCases, searchTextOf } from './filter.js';
import { summary } from './summary.js';

/** Typing pauses this long before the list is filtered again. */
const SEARCH_DELAY_MS = 120;

/** Chunks of cases kept inflated, for going back and forth between cases near each other. */
const CHUNKS_KEPT = 4;

/** Resolves once the whole page is read: the cases in full come after this script. */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});

/** Browsers of 2025 on decode base64 natively; older ones through atob, a byte at a time. */
const fromBase64 = (Uint8Array as { fromBase64?: (base64: string) => Uint8Array<ArrayBuffer> }).fromBase64;

/** A part of the page's data: base64, then gunzip (the browser's own), then JSON. */
async function inflate<T>(packed: string): Promise<T> {
  let bytes = fromBase64?.(packed);
  if (!bytes) {
    const binary = atob(packed);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  // Written whole and read as it comes: through a Blob's stream the bytes reach the inflater in
  // small parts, a task each, and take several times as long.
  const inflater = new DecompressionStream('gzip');
  const writer = inflater.writable.getWriter();
  void writer.write(bytes);
  void writer.close();
  const reader = inflater.readable.getReader();
  const decoder = new TextDecoder();
  let json = '';
  for (let part = await reader.read(); !part.done; part = await reader.read())
    json += decoder.decode(part.value, { stream: true });
  return JSON.parse(json + decoder.decode()) as T;
}

/**
 * Every case in full, inflated a chunk at a time as cases are opened (the last few chunks kept),
 * and the text a search looks in, gathered from the chunks' texts in the background once the page
 * is drawn.
 */
class Cases {
  private readonly chunks = new Map<number, Promise<ReportCase[]>>();
  private indexed?: Promise<string[]>;

  constructor(
    private readonly count: number,
    private readonly report: ListedReport,
  ) {}

  /** The case at `index` in the report. */
  async get(index: number): Promise<ReportCase> {
    return (await this.chunk(Math.floor(index / CASE_CHUNK)))[index % CASE_CHUNK];
  }

  /** The lower-cased text a search looks in, of every case in report order (./filter.ts: searchTextOf). */
  searchTexts(): Promise<string[]> {
    this.indexed ??= (async () => {
      const { cases, prompts } = this.report;
      const texts: string[] = [];
      for (let chunk = 0; chunk < this.count; chunk++) {
        // Each chunk in a task of its own (inflating is asynchronous): a reader's clicks go between.
        for (const caseTexts of await this.part<CaseTexts[]>(chunk, 'texts')) {
          const i = texts.length;
          texts.push(searchTextOf(caseTexts, cases.suites[cases.suite[i]], prompts[cases.prompt[i]].prompt));
        }
      }
      return texts;
    })();
    return this.indexed;
  }

  private chunk(i: number): Promise<ReportCase[]> {
    let chunk = this.chunks.get(i);
    if (chunk) this.chunks.delete(i);
    else
      chunk = Promise.all([this.part<CaseTexts[]>(i, 'texts'), this.part<ReportCase[]>(i, 'rest')]).then(
        ([texts, rest]) => rest.map((c, k) => joinCaseTexts(c, texts[k])),
      );
    // Most recently used last; the least recently used goes first.
    this.chunks.set(i, chunk);
    if (this.chunks.size > CHUNKS_KEPT) this.chunks.delete(this.chunks.keys().next().value!);
    return chunk;
  }

  private async part<T>(chunk: number, part: 'texts' | 'rest'): Promise<T> {
    await parsed;
    return inflate<T>(document.getElementById(caseChunkIds(chunk)[part])?.textContent ?? '');
  }
}

/**
 * Draws the report: verdict, charts, filters, the case list and the selected case; resolves once
 * all but the case are drawn, with a promise of the case.
 */
async function showReport(report: ListedReport, cases: Cases): Promise<{ caseShown: Promise<void> }> {
  const listed = report.cases;
  const total = listed.caseId.length;
  document.title = `Promptgate: ${report.headline}`;
  const flags = new Set<Flag>();
  const filter: Filter = { text: '', flags };
  let order: Order = 'worst';
  let searchTexts: string[] | undefined;

  const detail = h('div', { class: 'detail-pane' });
  let selected = -1;
  let caseShown = Promise.resolve();
  const showCase = (i: number): void => {
    selected = i;
    caseShown = cases.get(i).then((c) => {
      if (selected === i) detail.replaceChildren(caseDetail(report, i, c));
    });
  };
  const list = new CaseList(report, showCase);
  const charts = h('div', { class: 'charts' });
  const count = h('p', { class: 'count', role: 'status' });

  let applied = 0;
  const apply = async (): Promise<void> => {
    const started = performance.now();
    const run = ++applied;
    if (filter.text.trim() !== '' && !searchTexts) searchTexts = await cases.searchTexts();
    // A later change of the filters has drawn its own list meanwhile.
    if (run !== applied) return;
    const shown = filterCases(listed, filter, order, (i) => searchTexts![i]);
    count.textContent = `${formatCount(shown.length)} of ${formatCount(total)} cases`;
    list.show(shown);
    if (shown.length === 0) {
      selected = -1;
      const why =
        total === 0 ? 'This report has no case: no prompt was run.' : 'No case matches the filters.';
      detail.replaceChildren(h('p', { class: 'muted' }, why));
    }
    drawCharts(charts, report, shown);
    performance.measure('promptgate:filter', { start: started });
  };

  /** A select of (value, label) options that sets a filter field, then filters. */
  const select = (label: string, options: [string, string][], set: (value: string) => void): HTMLElement => {
    const element = h(
      'select',
      { 'aria-label': label },
      ...options.map(([value, name]) => h('option', { value }, text(name))),
    );
    element.addEventListener('change', () => {
      set(element.value);
      void apply();
    });
    return h('label', null, `${label} `, element);
  };

  const search = h('input', {
    type: 'search',
    placeholder: 'Search ids, inputs, answers, reasons',
    'aria-label': 'Search cases',
  });
  let timer = 0;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      filter.text = search.value;
      void apply();
    }, SEARCH_DELAY_MS);
  });
  /** An index chosen in a select, or undefined for "all". */
  const chosen = (value: string): number | undefined => (value === '' ? undefined : Number(value));
  /** Options naming `names`, sorted by name, each valued by its index in `names`. */
  const options = (names: readonly string[], used: Iterable<number>): [string, string][] =>
    [...new Set(used)]
      .sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0))
      .map((i) => [String(i), names[i]]);
  const flagBoxes = FLAGS.map((flag) => {
    const box = h('input', { type: 'checkbox', value: flag });
    box.addEventListener('change', () => {
      if (box.checked) flags.add(flag);
      else flags.delete(flag);
      void apply();
    });
    return h('label', { class: `chip ${flag}` }, box, ` ${flag}`);
  });
  const controls = h(
    'div',
    { class: 'controls', role: 'search' },
    search,
    report.prompts.length > 1 &&
      select(
        'Prompt',
        [['', 'all'], ...report.prompts.map((p, i): [string, string] => [String(i), p.prompt])],
        (value) => (filter.prompt = chosen(value)),
      ),
    select(
      'Suite',
      [['', 'all'], ...options(listed.suites, listed.suites.keys())],
      (value) => (filter.suite = chosen(value)),
    ),
    select(
      'Failed check',
      [['', 'any'], ...options(report.checkLabels, listed.failedChecks.flat())],
      (value) => (filter.check = chosen(value)),
    ),
    h(
      'span',
      { class: 'flag-filters', role: 'group', 'aria-label': 'Show only cases that are' },
      ...flagBoxes,
    ),
    select(
      'Order',
      [
        ['worst', 'worst first'],
        ['report', 'as in the report'],
      ],
      (value) => (order = value === 'report' ? 'report' : 'worst'),
    ),
    count,
  );

  document.body.append(
    h(
      'main',
      null,
      themeButton(),
      summary(report),
      h(
        'section',
        { class: 'charts-section', 'aria-label': 'Charts' },
        h('h2', null, 'Cases listed, base vs head'),
        legend(),
        charts,
      ),
      h('section', { class: 'cases', 'aria-label': 'Cases' }, controls, list.element, detail),
    ),
  );
  await apply();
  return { caseShown };
}

function drawCharts(charts: HTMLElement, report: ListedReport, shown: readonly number[]): void {
  charts.replaceChildren(
    distributionChart('Cost per case', distributions(report.cases, shown, 'costUsd'), formatUsd),
    distributionChart('Latency per answer', distributions(report.cases, shown, 'latencyMs'), formatMs),
    checkPassChart(checkPassCounts(report.cases, shown, report.checkLabels)),
  );
}

/** Follows the system's light or dark scheme until a reader picks one. */
function themeButton(): HTMLElement {
  const themes = ['auto', 'dark', 'light'] as const;
  let current = 0;
  const button = h('button', { type: 'button', class: 'theme', 'aria-label': 'Colour theme' }, 'Theme: auto');
  button.addEventListener('click', () => {
    current = (current + 1) % themes.length;
    const theme = themes[current];
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    button.textContent = `Theme: ${theme}`;
  });
  return button;
}

async function main(): Promise<void> {
  const data = JSON.parse(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? '') as PageData;
  const report = await inflate<ListedReport>(data.report);
  const cases = new Cases(data.chunks, report);
  const { caseShown } = await showReport(report, cases);
  performance.mark('promptgate:ready');
  await caseShown;
  performance.mark('promptgate:case');
  // Gathered while the reader looks, so a search rarely waits for the answers' text.
  await cases.searchTexts();
  performance.mark('promptgate:cases');
}

void main();
