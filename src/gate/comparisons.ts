import type { BaselineDrift, CheckOutcome, Finding, GateConfig, ScoredRecord } from '../types.js';
import {
  type CaseOutcomes,
  casePassRate,
  comparePassRates,
  passRateFacts,
  passRateStatus,
} from './pass-rate.js';
import {
  type CaseRecords,
  answerChecks,
  answerOutcome,
  decidedAnswers,
  failedCheck,
  type JudgedAlone,
} from './records.js';
import { holmAdjust } from './stats.js';
import { Shared } from '../interned.js';

/** The check name of the comparison of all checks together. */
export const PASS_RATE_CHECK = 'pass rate';

/** What the comparisons need beyond the cases. */
export interface ComparisonInput {
  gate: GateConfig;
  drift?: BaselineDrift;
  /** Checks held to an absolute limit: their limit judges them, so they are not compared on their own. */
  limited: ReadonlySet<string>;
  alone: JudgedAlone;
}

/** A case both versions have decided answers for: the unit every comparison counts. */
export function isCompared(outcomes: CaseOutcomes): boolean {
  return outcomes.base.length > 0 && outcomes.head.length > 0;
}

/** Pass (true) or fail of each decided answer of each case, for all checks together. */
export function overallOutcomes(cases: CaseRecords[]): CaseOutcomes[] {
  // Most cases' answers pass or fail alike: equal outcomes are one frozen object (each case's own
  // object and two lists were some 150 bytes a case, alive through the whole verdict).
  const shared = new SharedOutcomes();
  const outcomes = (records: ScoredRecord[]): boolean[] =>
    decidedAnswers(records).map((r) => answerOutcome(r) === true);
  return cases.map((c) => shared.of(outcomes(c.base), outcomes(c.head)));
}

/** Equal outcomes of cases, one frozen object: never changed once made. */
class SharedOutcomes {
  private readonly shared = new Shared<CaseOutcomes>();

  of(base: boolean[], head: boolean[]): CaseOutcomes {
    const bits = (list: boolean[]): string => list.map((pass) => (pass ? '1' : '0')).join('');
    const outcomes = { base: Object.freeze(base), head: Object.freeze(head) } as CaseOutcomes;
    return this.shared.share(Object.freeze(outcomes), `${bits(base)} ${bits(head)}`);
  }
}

/**
 * The pass-rate comparison of all checks together (`overall`: the cases' {@link overallOutcomes}),
 * naming the checks that moved it, and of each check judged on its own that decides otherwise. Every comparison counts the same decided answers
 * of the same compared cases (a check on the cases that carry it). Holm's adjustment over this
 * family keeps the chance of a false regression for the prompt at or below the significance level.
 */
export function comparisonFindings(
  cases: CaseRecords[],
  overall: CaseOutcomes[],
  input: ComparisonInput,
): Finding[] {
  const { gate, drift } = input;
  const compared = overall.filter(isCompared).length;
  const family = [{ check: PASS_RATE_CHECK, outcomes: overall }];
  for (const [check, entries] of outcomesByCheck(cases, overall, input.alone)) {
    // A check held to a limit is judged by that limit alone; one on too few cases for any test to
    // reach the significance level counts only in its cases' pass/fail.
    if (input.limited.has(check) || entries.length < casesForATest(gate.significance)) continue;
    // A check that decides exactly as all checks together is what moved the pass rate: it is named
    // there, not tested twice (a second test would only widen the adjustment).
    const asOverall =
      entries.length === compared &&
      entries.every(
        ({ index, outcomes }) => outcomes === overall[index] || sameOutcomes(outcomes, overall[index]),
      );
    if (!asOverall) family.push({ check, outcomes: entries.map((e) => e.outcomes) });
  }
  const comparisons = family.map((f) => ({ ...f, comparison: comparePassRates(f.outcomes, gate.seed) }));
  const adjusted = holmAdjust(comparisons.map((c) => c.comparison.p));
  const rule = { alpha: gate.significance, minEffect: gate.minEffect, seed: gate.seed };
  return comparisons.flatMap(({ check, comparison }, i) => {
    const status = passRateStatus({ ...comparison, p: adjusted[i] }, rule);
    if (check !== PASS_RATE_CHECK && status === 'pass') return [];
    const facts = passRateFacts(comparison, status, rule, adjusted[i]);
    if (check !== PASS_RATE_CHECK) return [{ check, status, facts }];
    const moved = movedBy(cases, overall, input.alone);
    return [{ check, status, facts: { ...facts, ...(drift ? { drift } : {}), ...moved } }];
  });
}

/** Fewest paired cases with which the exact one-sided test can reach `alpha` (every case flipping). */
function casesForATest(alpha: number): number {
  return Math.floor(Math.log2(1 / alpha)) + 1;
}

/** Whether the answer failed `check`. */
function fails(record: ScoredRecord, check: string): boolean {
  return answerChecks(record).some((o) => o.check === check && failedCheck(o));
}

/** The checks a case's decided answers were judged on, by display name, with one outcome of each. */
function checksOf(records: readonly ScoredRecord[]): Map<string, CheckOutcome> {
  const checks = new Map<string, CheckOutcome>();
  for (const record of records)
    for (const o of answerChecks(record)) if (!checks.has(o.check)) checks.set(o.check, o);
  return checks;
}

/**
 * Per check judged on its own, its outcomes on the compared cases that carry it: on each decided
 * answer, whether the answer did not fail the check. (On an answer that another check failed, a
 * check that could not decide counts as not failed: nothing shows it did.)
 */
function outcomesByCheck(
  cases: CaseRecords[],
  overall: CaseOutcomes[],
  alone: JudgedAlone,
): Map<string, { index: number; outcomes: CaseOutcomes }[]> {
  const byCheck = new Map<string, { index: number; outcomes: CaseOutcomes }[]>();
  const shared = new SharedOutcomes();
  const add = (check: string, index: number, outcomes: CaseOutcomes): void => {
    let list = byCheck.get(check);
    if (!list) byCheck.set(check, (list = []));
    list.push({ index, outcomes });
  };
  cases.forEach((c, index) => {
    if (!isCompared(overall[index])) return;
    const base = decidedAnswers(c.base);
    const head = decidedAnswers(c.head);
    // Every decided answer judged on one and the same check: its outcomes are the case's overall
    // ones (a decided answer with one check passed exactly when that check did not fail), shared.
    const only = soleCheck(base, head);
    if (only) {
      if (alone(c.case, only)) add(only.check, index, overall[index]);
      return;
    }
    for (const [check, outcome] of checksOf([...base, ...head])) {
      if (!alone(c.case, outcome)) continue;
      add(
        check,
        index,
        shared.of(
          base.map((r) => !fails(r, check)),
          head.map((r) => !fails(r, check)),
        ),
      );
    }
  });
  return byCheck;
}

/** The one outcome every answer was judged on, when each has exactly one and all of the same check. */
function soleCheck(base: readonly ScoredRecord[], head: readonly ScoredRecord[]): CheckOutcome | undefined {
  const any = base[0] ?? head[0];
  if (!any) return undefined;
  const [only] = answerChecks(any);
  const sole = (r: ScoredRecord): boolean => {
    const outcomes = answerChecks(r);
    return outcomes.length === 1 && outcomes[0].check === only?.check;
  };
  return base.every(sole) && head.every(sole) ? only : undefined;
}

/**
 * What moved the pass rate: of the cases head did worse on, how many each check failed more often
 * on head than on base, most first; checks a case carries itself count together.
 */
function movedBy(
  cases: CaseRecords[],
  overall: CaseOutcomes[],
  alone: JudgedAlone,
): { worseOn?: { check: string; cases: number }[]; ownChecks?: number } {
  const counts = new Map<string, number>();
  let own = 0;
  cases.forEach((c, index) => {
    const o = overall[index];
    if (!isCompared(o) || casePassRate(o.head) >= casePassRate(o.base)) return;
    const base = decidedAnswers(c.base);
    const head = decidedAnswers(c.head);
    const failShare = (records: readonly ScoredRecord[], check: string): number =>
      records.filter((r) => fails(r, check)).length / records.length;
    let ownMoved = false;
    for (const [check, outcome] of checksOf([...base, ...head])) {
      if (failShare(head, check) <= failShare(base, check)) continue;
      if (alone(c.case, outcome)) counts.set(check, (counts.get(check) ?? 0) + 1);
      else ownMoved = true;
    }
    if (ownMoved) own++;
  });
  const worseOn = [...counts.entries()]
    .map(([check, n]) => ({ check, cases: n }))
    .sort((a, b) => b.cases - a.cases);
  return { ...(worseOn.length ? { worseOn } : {}), ...(own ? { ownChecks: own } : {}) };
}

function sameOutcomes(a: CaseOutcomes, b: CaseOutcomes): boolean {
  const same = (x: boolean[], y: boolean[]): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.base, b.base) && same(a.head, b.head);
}
