/**
 * Grouped cross-validation for the offline detectors. The held-out half of every set has other
 * templates, documents or prompts than dev, so a fold leaves whole groups out, as that split does.
 * What a fold refits: the detector's thresholds (chosen on the other folds), and its rules: a rule
 * that decided rows only in the left-out groups would not have been written without them, so it
 * is switched off for that fold. A rule no dev row needed stays on (it was not written from dev).
 */

/** Gold label and prediction of one row. */
export type Pair = [gold: boolean, predicted: boolean];

/** Balanced accuracy: the mean of the true positive and true negative rates. */
export function balancedAccuracy(pairs: Pair[]): { ba: number; tpr: number; tnr: number } {
  const pos = pairs.filter(([gold]) => gold);
  const neg = pairs.filter(([gold]) => !gold);
  const tpr = pos.filter(([, p]) => p).length / Math.max(1, pos.length);
  const tnr = neg.filter(([, p]) => !p).length / Math.max(1, neg.length);
  return { ba: (tpr + tnr) / 2, tpr, tnr };
}

/** Splits groups into `k` folds, round-robin in order of first appearance (as the dev/holdout split does). */
export function groupFolds<Row>(rows: Row[], groupOf: (row: Row) => string, k: number): Set<string>[] {
  const groups = [...new Set(rows.map(groupOf))];
  const folds = Array.from({ length: Math.min(k, groups.length) }, () => new Set<string>());
  groups.forEach((group, i) => folds[i % folds.length].add(group));
  return folds;
}

/** A detector as the cross-validation sees it: rules it can switch off and a threshold it can refit. */
export interface Detector<Row, Rule extends string> {
  gold(row: Row): boolean;
  /** Predicts a row with some rules off and a threshold; records the rules that decided it in `fired`. */
  predict(row: Row, options: { disabled: ReadonlySet<Rule>; threshold?: number; fired?: Set<Rule> }): boolean;
  /** Candidate thresholds; the fold picks the best on its training rows. */
  thresholds?: number[];
}

/** The rules every group of which (in `support`) is held out: no one would have written them without those groups. */
function rulesOnlyIn<Rule>(support: Map<Rule, Set<string>>, heldOut: Set<string>): Set<Rule> {
  return new Set(
    [...support].filter(([, groups]) => [...groups].every((g) => heldOut.has(g))).map(([rule]) => rule),
  );
}

/** Predictions for every row, each made by a fold that did not see the row's group. */
export function crossValidate<Row, Rule extends string>(
  rows: Row[],
  groupOf: (row: Row) => string,
  k: number,
  detector: Detector<Row, Rule>,
): { pairs: Pair[]; foldScores: number[]; disabledPerFold: Rule[][] } {
  // Which groups each rule was needed for: it fired on a row the detector got right.
  const support = new Map<Rule, Set<string>>();
  for (const row of rows) {
    const fired = new Set<Rule>();
    if (detector.predict(row, { disabled: new Set(), fired }) !== detector.gold(row)) continue;
    for (const rule of fired) {
      const groups = support.get(rule) ?? new Set<string>();
      groups.add(groupOf(row));
      support.set(rule, groups);
    }
  }
  const pairs: Pair[] = [];
  const foldScores: number[] = [];
  const disabledPerFold: Rule[][] = [];
  for (const heldOut of groupFolds(rows, groupOf, k)) {
    const train = rows.filter((row) => !heldOut.has(groupOf(row)));
    const test = rows.filter((row) => heldOut.has(groupOf(row)));
    const disabled = rulesOnlyIn(support, heldOut);
    const score = (subset: Row[], threshold?: number): Pair[] =>
      subset.map((row) => [detector.gold(row), detector.predict(row, { disabled, threshold })]);
    const threshold = detector.thresholds?.reduce((best, t) =>
      balancedAccuracy(score(train, t)).ba > balancedAccuracy(score(train, best)).ba ? t : best,
    );
    const foldPairs = score(test, threshold);
    pairs.push(...foldPairs);
    // A fold of one class (a whole category left out) has no balanced accuracy of its own.
    if (new Set(foldPairs.map(([gold]) => gold)).size === 2) foldScores.push(balancedAccuracy(foldPairs).ba);
    disabledPerFold.push([...disabled]);
  }
  return { pairs, foldScores, disabledPerFold };
}

/** One line: the dev figure, the grouped figure with its fold range, and what the folds switched off. */
export function describeCv(label: string, dev: number, cv: ReturnType<typeof crossValidate>): string {
  const f = (x: number): string => x.toFixed(3);
  const off = [...new Set(cv.disabledPerFold.flat())];
  return (
    `${label}: dev BA=${f(dev)}  grouped-CV BA=${f(balancedAccuracy(cv.pairs).ba)} ` +
    (cv.foldScores.length > 0
      ? `(folds ${f(Math.min(...cv.foldScores))}..${f(Math.max(...cv.foldScores))})`
      : '(each fold one class: pooled only)') +
    (off.length > 0 ? `  rules off in some fold: ${off.join(', ')}` : '')
  );
}

/** A labelled or found stretch of a text, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Entity-level counts: found spans that overlap a gold one, found spans that do not, gold spans missed. */
export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** F1 of entity-level counts. */
export function spanF1({ tp, fp, fn }: SpanCounts): number {
  return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
}

/** Matches each gold span to the first unmatched found span that overlaps it; returns the counts and the matched found spans. */
export function matchSpans(gold: Span[], found: Span[]): { counts: SpanCounts; matched: Set<number> } {
  const matched = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = found.findIndex((p, k) => !matched.has(k) && p.start < g.end && g.start < p.end);
    if (i >= 0) {
      matched.add(i);
      tp++;
    }
  }
  return { counts: { tp, fp: found.length - matched.size, fn: gold.length - tp }, matched };
}

/** A span detector as the cross-validation sees it: rules it can switch off, and which rules found each span. */
export interface SpanDetector<Row, Rule extends string> {
  gold(row: Row): Span[];
  find(row: Row, disabled: ReadonlySet<Rule>): Array<Span & { rules: Rule[] }>;
}

/**
 * Entity-level counts over every row, each row's spans found by a fold that did not see the row's
 * group, with the rules that only the held-out groups needed (found a matched span) switched off.
 */
export function crossValidateSpans<Row, Rule extends string>(
  rows: Row[],
  groupOf: (row: Row) => string,
  k: number,
  detector: SpanDetector<Row, Rule>,
): { counts: SpanCounts; foldScores: number[]; disabledPerFold: Rule[][] } {
  const support = new Map<Rule, Set<string>>();
  for (const row of rows) {
    const found = detector.find(row, new Set());
    const { matched } = matchSpans(detector.gold(row), found);
    for (const i of matched)
      for (const rule of found[i].rules)
        support.set(rule, (support.get(rule) ?? new Set()).add(groupOf(row)));
  }
  const counts: SpanCounts = { tp: 0, fp: 0, fn: 0 };
  const foldScores: number[] = [];
  const disabledPerFold: Rule[][] = [];
  for (const heldOut of groupFolds(rows, groupOf, k)) {
    const disabled = rulesOnlyIn(support, heldOut);
    const fold: SpanCounts = { tp: 0, fp: 0, fn: 0 };
    for (const row of rows.filter((r) => heldOut.has(groupOf(r)))) {
      const { counts: rowCounts } = matchSpans(detector.gold(row), detector.find(row, disabled));
      fold.tp += rowCounts.tp;
      fold.fp += rowCounts.fp;
      fold.fn += rowCounts.fn;
    }
    counts.tp += fold.tp;
    counts.fp += fold.fp;
    counts.fn += fold.fn;
    if (fold.tp + fold.fp + fold.fn > 0) foldScores.push(spanF1(fold));
    disabledPerFold.push([...disabled]);
  }
  return { counts, foldScores, disabledPerFold };
}
