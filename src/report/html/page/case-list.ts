/**
 * The list of cases, virtualised: rows have one height and only those in view (and a few around)
 * are in the document, so ten thousand cases scroll and filter as fast as ten.
 */
import { formatPercent } from '../../format.js';
import { revealInvisible } from '../../invisible.js';
import type { Row } from './data.js';
import { FLAGS } from './data.js';
import { clear, h, text } from './dom.js';

/** Height of a row in CSS pixels; style.css gives `.case-row` the same. */
const ROW_HEIGHT = 34;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 8;

export class CaseList {
  readonly element: HTMLElement;
  private readonly spacer: HTMLElement;
  private rows: readonly Row[] = [];
  private selected = -1;
  private frame = 0;

  /** `showPrompt`: each row names its prompt (the report has several). */
  constructor(
    private readonly onSelect: (row: Row) => void,
    private readonly showPrompt: boolean,
  ) {
    this.spacer = h('div', { class: 'case-spacer' });
    this.element = h(
      'div',
      { class: 'case-list', role: 'listbox', tabindex: 0, 'aria-label': 'Cases' },
      this.spacer,
    );
    this.element.addEventListener('scroll', () => this.schedule());
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('click', (event) => {
      const row = (event.target as Element).closest<HTMLElement>('.case-row');
      if (row) this.select(Number(row.dataset.index));
    });
  }

  /** Lists `rows` from the top and selects the first. */
  show(rows: readonly Row[]): void {
    this.rows = rows;
    this.spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
    this.element.scrollTop = 0;
    this.selected = -1;
    if (rows.length > 0) this.select(0);
    else this.draw();
  }

  private select(index: number): void {
    if (index < 0 || index >= this.rows.length) return;
    this.selected = index;
    // Keep the selected row in view.
    const top = index * ROW_HEIGHT;
    const view = this.element;
    if (top < view.scrollTop) view.scrollTop = top;
    else if (top + ROW_HEIGHT > view.scrollTop + view.clientHeight)
      view.scrollTop = top + ROW_HEIGHT - view.clientHeight;
    this.draw();
    this.onSelect(this.rows[index]);
  }

  private onKey(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.element.clientHeight / ROW_HEIGHT));
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

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const first = Math.max(0, Math.floor(this.element.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      this.rows.length,
      Math.ceil((this.element.scrollTop + this.element.clientHeight) / ROW_HEIGHT) + OVERSCAN,
    );
    clear(this.spacer);
    for (let index = first; index < last; index++) this.spacer.append(this.rowElement(index));
    const active = this.selected >= 0 ? `case-row-${this.selected}` : undefined;
    if (active) this.element.setAttribute('aria-activedescendant', active);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private rowElement(index: number): HTMLElement {
    const row = this.rows[index];
    const { c } = row;
    const rate = (value: number | undefined): string => (value === undefined ? '—' : formatPercent(value));
    const element = h(
      'div',
      {
        class: `case-row${index === this.selected ? ' selected' : ''}`,
        id: `case-row-${index}`,
        role: 'option',
        'aria-selected': String(index === this.selected),
        'data-index': index,
      },
      h(
        'span',
        { class: 'flags' },
        ...FLAGS.filter((f) => row.flags.has(f)).map((f) => h('span', { class: `chip ${f}` }, f)),
      ),
      this.showPrompt && h('span', { class: 'case-prompt' }, text(row.prompt.prompt)),
      h('span', { class: 'case-id', title: revealInvisible(c.caseId) }, text(c.caseId)),
      h('span', { class: 'suite' }, text(row.suite)),
      h(
        'span',
        { class: 'rates', title: 'base → head pass rate' },
        `${rate(c.basePassRate)} → ${rate(c.headPassRate)}`,
      ),
      h('span', { class: 'case-input' }, text(c.input)),
    );
    element.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    return element;
  }
}
