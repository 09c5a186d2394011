/** Two texts side by side, with the words base lost and head gained marked (jsdiff's word diff). */
import { diffWords } from 'diff';
import { formatCount } from '../../format.js';
import { h, text } from './dom.js';

/** Characters of a text shown before a "show all" button: a huge answer must not stall the page. */
const SHOWN_CHARS = 20_000;

/** Longer texts are shown without a word diff: its cost grows with length times the changes. */
const DIFF_MAX_CHARS = 50_000;

/** Time a diff may take before the texts are shown without it (two wholly different answers). */
const DIFF_TIMEOUT_MS = 200;

/** A text as a block: the first part of a long one, with a button that shows the rest. */
export function textBlock(value: string, className = 'text'): HTMLElement {
  const block = h('pre', { class: className, dir: 'auto' });
  if (value.length <= SHOWN_CHARS) {
    block.append(text(value));
    return block;
  }
  const more = h(
    'button',
    { type: 'button', class: 'show-all' },
    `Show all ${formatCount(value.length)} characters`,
  );
  block.append(text(value.slice(0, SHOWN_CHARS)), '…', h('br'), more);
  more.addEventListener('click', () => block.replaceChildren(text(value)));
  return block;
}

/** Base and head as two blocks, the words each lost or gained marked; a note when they could not be compared. */
export function diffBlocks(
  base: string,
  head: string,
): { base: HTMLElement; head: HTMLElement; note?: string } {
  const changes =
    base.length <= DIFF_MAX_CHARS && head.length <= DIFF_MAX_CHARS
      ? diffWords(base, head, { timeout: DIFF_TIMEOUT_MS })
      : undefined;
  if (!changes) {
    return {
      base: textBlock(base),
      head: textBlock(head),
      note: 'Too long or too different to compare word by word: both shown as they are.',
    };
  }
  const left = h('pre', { class: 'text', dir: 'auto' });
  const right = h('pre', { class: 'text', dir: 'auto' });
  for (const change of changes) {
    if (change.removed) left.append(h('del', null, text(change.value)));
    else if (change.added) right.append(h('ins', null, text(change.value)));
    else {
      left.append(text(change.value));
      right.append(text(change.value));
    }
  }
  return { base: left, head: right };
}
