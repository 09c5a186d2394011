/** Which listed cases the page shows, and in what order. Pure: tested in Node. */
import { type CaseTexts, type Flag, type ListedCases, FLAGS } from './data.js';

/** What the controls ask for; an empty field asks for nothing. */
export interface Filter {
  /** Searched for, case-insensitively, in the case's id, input, expected answer, answers and reasons. */
  text: string;
  /** Index into the report's prompts, or undefined for all. */
  prompt?: number;
  /** Index into the listed cases' suites. */
  suite?: number;
  /** Index of a check label: cases where it failed on some answer. */
  check?: number;
  /** Cases with any of these flags; none set lists every case. */
  flags: ReadonlySet<Flag>;
}

export type Order = 'worst' | 'report';

/**
 * The indexes of the cases the filter lets through, in `order`; `searchText` gives the lower-cased
 * text a search looks in. Plain loops over the columns: this runs on every change of the filters.
 */
export function filterCases(
  cases: ListedCases,
  filter: Filter,
  order: Order,
  searchText: (i: number) => string,
): number[] {
  const needle = filter.text.trim().toLowerCase();
  const flagBits = [...filter.flags].reduce((bits, flag) => bits | (1 << FLAGS.indexOf(flag)), 0);
  const shown: number[] = [];
  for (let i = 0; i < cases.caseId.length; i++) {
    if (filter.prompt !== undefined && cases.prompt[i] !== filter.prompt) continue;
    if (filter.suite !== undefined && cases.suite[i] !== filter.suite) continue;
    if (filter.check !== undefined && !cases.failedChecks[i].includes(filter.check)) continue;
    if (flagBits !== 0 && (cases.flags[i] & flagBits) === 0) continue;
    if (needle !== '' && !searchText(i).includes(needle)) continue;
    shown.push(i);
  }
  return order === 'worst' ? worstFirst(cases, shown) : shown;
}

const bit = (flag: Flag): number => 1 << FLAGS.indexOf(flag);

/** Regressions first, then the largest drop, the lowest head pass rate, errors, flaky cases; stable otherwise. */
function worstFirst(cases: ListedCases, shown: number[]): number[] {
  const { flags, basePassRate, headPassRate } = cases;
  const has = (i: number, flag: number): number => ((flags[i] & flag) === 0 ? 0 : 1);
  const drop = (i: number): number => (basePassRate[i] ?? 1) - (headPassRate[i] ?? 1);
  const [regressed, errored, flaky] = [bit('regressed'), bit('errored'), bit('flaky')];
  return shown.sort(
    (a, b) =>
      has(b, regressed) - has(a, regressed) ||
      drop(b) - drop(a) ||
      (headPassRate[a] ?? 1) - (headPassRate[b] ?? 1) ||
      has(b, errored) - has(a, errored) ||
      has(b, flaky) - has(a, flaky),
  );
}

/** The lower-cased text a search looks in: the case's texts (id, input, expected answer, answers, errors, checks, reasons and proof), its suite and its prompt. */
export function searchTextOf(texts: CaseTexts, suite: string, prompt: string): string {
  return [...texts.filter((text) => text !== null), suite, prompt].join('\n').toLowerCase();
}
