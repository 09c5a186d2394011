/**
 * The list of cases, virtualised: rows have one height and only those in view (and a few around)
 * are in the document, so ten thousand cases scroll and filter as fast as ten.
 */
import { formatPercent } from '../../format.js';
import { revealInvisible } from '../../invisible.js';
import { type ListedReport, flagsOf } from './data.js';
import { clear, h, text } from './dom.js';

/** Height of a row in CSS pixels; style.css gives `.case-row` the same. */
const ROW_HEIGHT = 34;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 8;

export class CaseList {
  readonly element: HTMLElement;
  private readonly spacer: HTMLElement;
  /** The indexes of the listed cases shown, in order. */
  private rows: readonly number[] = [];
  private selected = -1;
  private frame = 0;
  /**
   * How far the list is scrolled, and its height, as the browser last laid it out (a scroll event,
   * a resize observer): reading them from the element while the page is being built would force a
   * layout of the whole page.
   */
  private top = 0;
  private height = 0;
  private readonly showPrompt: boolean;

  /** `onSelect` is given the index of the listed case selected. */
  constructor(
    private readonly report: ListedReport,
    private readonly onSelect: (index: number) => void,
  ) {
    // Each row names its prompt when the report has several.
    this.showPrompt = report.prompts.length > 1;
    this.spacer = h('div', { class: 'case-spacer' });
    this.element = h(
      'div',
      { class: 'case-list', role: 'listbox', tabindex: 0, 'aria-label': 'Cases' },
      this.spacer,
    );
    this.element.addEventListener('scroll', () => {
      this.top = this.element.scrollTop;
      this.schedule();
    });
    new ResizeObserver(([entry]) => {
      this.height = entry.contentRect.height;
      this.schedule();
    }).observe(this.element);
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('click', (event) => {
      const row = (event.target as Element).closest<HTMLElement>('.case-row');
      if (row) this.select(Number(row.dataset.index));
    });
  }

  /** Lists the cases `rows` (indexes of listed cases) from the top and selects the first. */
  show(rows: readonly number[]): void {
    this.rows = rows;
    this.spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
    this.scrollTo(0);
    this.selected = -1;
    if (rows.length > 0) this.select(0);
    else this.draw();
  }

  private select(index: number): void {
    if (index < 0 || index >= this.rows.length) return;
    this.selected = index;
    // Keep the selected row in view.
    const top = index * ROW_HEIGHT;
    if (top < this.top) this.scrollTo(top);
    else if (top + ROW_HEIGHT > this.top + this.viewHeight())
      this.scrollTo(top + ROW_HEIGHT - this.viewHeight());
    this.draw();
    this.onSelect(this.rows[index]);
  }

  private onKey(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.viewHeight() / ROW_HEIGHT));
    const moves: Record<string, number> = {
      ArrowDown: this.selected + 1,
      ArrowUp: this.selected - 1,
      PageDown: this.selected + page,
      PageUp: this.selected - page,
      Home: 0,
      End: this.rows.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(Math.min(this.rows.length - 1, Math.max(0, target)));
  }

  /** The list's visible height; until the page is first laid out, the window's (the list is never taller). */
  private viewHeight(): number {
    return this.height || window.innerHeight;
  }

  private scrollTo(top: number): void {
    if (top === this.top) return;
    this.top = top;
    this.element.scrollTop = top;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const first = Math.max(0, Math.floor(this.top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      this.rows.length,
      Math.ceil((this.top + this.viewHeight()) / ROW_HEIGHT) + OVERSCAN,
    );
    clear(this.spacer);
    for (let index = first; index < last; index++) this.spacer.append(this.rowElement(index));
    const active = this.selected >= 0 ? `case-row-${this.selected}` : undefined;
    if (active) this.element.setAttribute('aria-activedescendant', active);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private rowElement(index: number): HTMLElement {
    const i = this.rows[index];
    const cases = this.report.cases;
    const rate = (value: number | null): string => (value === null ? '—' : formatPercent(value));
    const element = h(
      'div',
      {
        class: `case-row${index === this.selected ? ' selected' : ''}`,
        id: `case-row-${index}`,
        role: 'option',
        'aria-selected': String(index === this.selected),
        'data-index': index,
      },
      h('span', { class: 'flags' }, ...flagsOf(cases, i).map((f) => h('span', { class: `chip ${f}` }, f))),
      this.showPrompt &&
        h('span', { class: 'case-prompt' }, text(this.report.prompts[cases.prompt[i]].prompt)),
      h('span', { class: 'case-id', title: revealInvisible(cases.caseId[i]) }, text(cases.caseId[i])),
      h('span', { class: 'suite' }, text(cases.suites[cases.suite[i]])),
      h(
        'span',
        { class: 'rates', title: 'base → head pass rate' },
        `${rate(cases.basePassRate[i])} → ${rate(cases.headPassRate[i])}`,
      ),
      h('span', { class: 'case-input' }, text(cases.input[i])),
    );
    element.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    return element;
  }
}
