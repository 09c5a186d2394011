/**
 * report.html's script: reads the report from the page's data block and draws it. Every string of
 * the report reaches the page as text (./dom.ts); the page makes no request (its Content-Security-Policy
 * forbids any). Timings are left as performance marks: `promptgate:ready` once the report, its
 * charts, the list and the first case are drawn, `promptgate:cases` once every case is inflated
 * in full, and a `promptgate:filter` measure per filter change.
 */
import { formatMs, formatUsd } from '../../format.js';
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
  type Row,
  CASE_CHUNK,
  buildRows,
} from './data.js';
import { h, text } from './dom.js';
import { type Filter, type Order, filterRows, searchTextOf } from './filter.js';
import { summary } from './summary.js';

/** Typing pauses this long before the list is filtered again. */
const SEARCH_DELAY_MS = 120;

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
  const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(json).text()) as T;
}

/** Every case in full, inflated a chunk at a time as cases are opened, or all for a search. */
class Cases {
  private readonly chunks = new Map<number, Promise<ReportCase[]>>();

  constructor(private readonly packed: string[]) {}

  /** The case at `index` in the report. */
  async get(index: number): Promise<ReportCase> {
    return (await this.chunk(Math.floor(index / CASE_CHUNK)))[index % CASE_CHUNK];
  }

  /** Every case, in report order. */
  async all(): Promise<ReportCase[]> {
    return (await Promise.all(this.packed.map((_, i) => this.chunk(i)))).flat();
  }

  private chunk(i: number): Promise<ReportCase[]> {
    let chunk = this.chunks.get(i);
    if (!chunk) this.chunks.set(i, (chunk = inflate<ReportCase[]>(this.packed[i])));
    return chunk;
  }
}

/** Draws the report: verdict, charts, filters, the case list and the selected case; resolves once all are drawn. */
async function showReport(report: ListedReport, cases: Cases): Promise<void> {
  const rows = buildRows(report);
  document.title = `Promptgate: ${report.headline}`;
  const flags = new Set<Flag>();
  const filter: Filter = { text: '', flags };
  let order: Order = 'worst';
  let searchTexts: string[] | undefined;

  const detail = h('div', { class: 'detail-pane' });
  let selected: Row | undefined;
  let caseShown = Promise.resolve();
  const showCase = (row: Row): void => {
    selected = row;
    caseShown = cases.get(row.index).then((c) => {
      if (selected === row) detail.replaceChildren(caseDetail(row, c));
    });
  };
  const list = new CaseList(showCase, report.prompts.length > 1);
  const charts = h('div', { class: 'charts' });
  const count = h('p', { class: 'count', role: 'status' });

  let applied = 0;
  const apply = async (): Promise<void> => {
    const started = performance.now();
    const run = ++applied;
    if (filter.text.trim() !== '' && !searchTexts) {
      const all = await cases.all();
      searchTexts = rows.map((row) => searchTextOf(row, all[row.index]));
    }
    // A later change of the filters has drawn its own list meanwhile.
    if (run !== applied) return;
    const shown = filterRows(rows, filter, order, (row) => searchTexts![row.index]);
    count.textContent = `${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} cases`;
    list.show(shown);
    if (shown.length === 0) {
      selected = undefined;
      const why =
        rows.length === 0 ? 'This report has no case: no prompt was run.' : 'No case matches the filters.';
      detail.replaceChildren(h('p', { class: 'muted' }, why));
    }
    drawCharts(charts, shown, report.checkLabels);
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
  const any = (value: string): string | undefined => (value === '' ? undefined : value);
  const options = (values: Iterable<string>): [string, string][] =>
    [...new Set(values)].sort().map((v) => [v, v]);
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
        (value) => {
          filter.prompt = value === '' ? undefined : Number(value);
        },
      ),
    select(
      'Suite',
      [['', 'all'], ...options(rows.map((row) => row.suite))],
      (value) => (filter.suite = any(value)),
    ),
    select(
      'Failed check',
      [['', 'any'], ...options(rows.flatMap((row) => [...row.failedChecks]))],
      (value) => (filter.check = any(value)),
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
  await caseShown;
}

function drawCharts(charts: HTMLElement, shown: Row[], checkLabels: string[]): void {
  charts.replaceChildren(
    distributionChart('Cost per case', distributions(shown, 'costUsd'), formatUsd),
    distributionChart('Latency per answer', distributions(shown, 'latencyMs'), formatMs),
    checkPassChart(checkPassCounts(shown, checkLabels)),
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
  const cases = new Cases(data.cases);
  await showReport(await inflate<ListedReport>(data.report), cases);
  performance.mark('promptgate:ready');
  // Inflated while the reader looks, so a search rarely waits for the answers' text.
  await cases.all();
  performance.mark('promptgate:cases');
}

void main();
