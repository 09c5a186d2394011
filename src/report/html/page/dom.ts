/**
 * The only way the page builds elements. Data goes in as text nodes, never parsed as HTML, and an
 * element takes only attributes that can neither run code nor load anything (no `on*`, `href`, `src`
 * or `style`). Characters that hide or reorder text are shown as labelled marks.
 */
import { INVISIBLE, codePointLabel } from '../../invisible.js';

/** Attributes an element may take: none of them can run code or make a request. */
type SafeAttribute =
  | 'class'
  | 'id'
  | 'title'
  | 'role'
  | 'tabindex'
  | 'type'
  | 'value'
  | 'for'
  | 'placeholder'
  | 'dir'
  | 'colspan'
  | `aria-${string}`
  | `data-${string}`;

export type Attributes = Partial<Record<SafeAttribute, string | number | false | undefined>>;

/** A child: an element, or text (shown as it is), or nothing. */
export type Child = Node | string | false | null | undefined;

/** An HTML element with safe attributes and children; strings become text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation attributes a chart uses; none loads anything. */
type SvgAttribute =
  | 'class'
  | 'viewBox'
  | 'role'
  | 'x'
  | 'y'
  | 'x1'
  | 'x2'
  | 'y1'
  | 'y2'
  | 'width'
  | 'height'
  | 'text-anchor'
  | 'dominant-baseline'
  | 'preserveAspectRatio'
  | `aria-${string}`
  | `data-${string}`;

/** An SVG element with presentation attributes and children; strings become text. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Partial<Record<SvgAttribute, string | number>> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes | null): void {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
}

function append(element: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Text from the report (an answer, a message, a file name) as nodes: the text itself, with every
 * invisible, control or bidi character replaced by a visible mark naming it (`U+202E`), so nothing
 * can hide or reorder what a reader sees.
 */
export function text(value: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let from = 0;
  for (const match of value.matchAll(INVISIBLE)) {
    const at = match.index;
    if (at > from) fragment.append(value.slice(from, at));
    const label = codePointLabel(match[0]);
    fragment.append(h('span', { class: 'invisible', title: `invisible character ${label}` }, label));
    from = at + match[0].length;
  }
  if (from < value.length) fragment.append(value.slice(from));
  return fragment;
}

/** Removes an element's children. */
export function clear(element: Element): void {
  element.replaceChildren();
}
