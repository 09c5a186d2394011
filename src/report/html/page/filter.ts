/** Which rows the page lists, and in what order. Pure: tested in Node. */
import type { Flag, ReportCase, Row } from './data.js';

/** What the controls ask for; an empty field asks for nothing. */
export interface Filter {
  /** Searched for, case-insensitively, in the case's id, input, expected answer, answers and reasons. */
  text: string;
  /** Index into the report's prompts, or undefined for all. */
  prompt?: number;
  suite?: string;
  /** A check label: rows where it failed on some answer. */
  check?: string;
  /** Rows with any of these flags; none set lists every row. */
  flags: ReadonlySet<Flag>;
}

export type Order = 'worst' | 'report';

/** The rows the filter lets through, in `order`; `searchText` gives the lower-cased text a search looks in. */
export function filterRows(
  rows: readonly Row[],
  filter: Filter,
  order: Order,
  searchText: (row: Row) => string,
): Row[] {
  const needle = filter.text.trim().toLowerCase();
  const shown = rows.filter(
    (row) =>
      (filter.prompt === undefined || row.promptIndex === filter.prompt) &&
      (filter.suite === undefined || row.suite === filter.suite) &&
      (filter.check === undefined || row.failedChecks.has(filter.check)) &&
      (filter.flags.size === 0 || [...filter.flags].some((flag) => row.flags.has(flag))) &&
      (needle === '' || searchText(row).includes(needle)),
  );
  return order === 'worst' ? shown.sort(worstFirst) : shown;
}

/** Regressions first, then the largest drop, the lowest head pass rate, errors, flaky cases; stable otherwise. */
function worstFirst(a: Row, b: Row): number {
  const drop = (row: Row): number => (row.c.basePassRate ?? 1) - (row.c.headPassRate ?? 1);
  const has = (row: Row, flag: Flag): number => Number(row.flags.has(flag));
  return (
    has(b, 'regressed') - has(a, 'regressed') ||
    drop(b) - drop(a) ||
    (a.c.headPassRate ?? 1) - (b.c.headPassRate ?? 1) ||
    has(b, 'errored') - has(a, 'errored') ||
    has(b, 'flaky') - has(a, 'flaky')
  );
}

/** The lower-cased text a search looks in: the case's id, input, expected answer, suite and prompt, its answers and its checks' reasons. */
export function searchTextOf(row: Row, c: ReportCase): string {
  const answers = [...(c.trace?.base?.answers ?? []), ...(c.trace?.head?.answers ?? [])].flatMap((a) => [
    a.output ?? '',
    a.error ?? '',
    ...a.checks.map((check) => `${check.check} ${check.reason}`),
  ]);
  return [c.caseId, c.input, c.expected ?? '', row.suite, row.prompt.prompt, ...answers]
    .join('\n')
    .toLowerCase();
}
