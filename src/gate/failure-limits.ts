import { describeCheck } from '../checks/names.js';
import { commonOptions } from '../checks/options.js';
import { NEVER_FAIL_CHECKS } from '../checks/registry.js';
import type { CheckOutcome, CheckSpec, Finding } from '../types.js';
import {
  type CaseRecords,
  type JudgedAlone,
  answerChecks,
  decidedAnswers,
  failedCheck,
  firstOfItsCheck,
} from './records.js';

/** Absolute limits on head's answers that any check may carry: `{ minPassRate: 0.9 }`, `{ maxFailures: 0 }`. */
export interface FailureLimit {
  /** Share of decided head answers that must pass. */
  minPassRate?: number;
  /** Head answers that may fail. */
  maxFailures?: number;
}

// Enough failing cases to show the pattern; the report words them.
const EXAMPLES_SHOWN = 2;

/** The limit a check's options declare, or the must-never-fail default, or none. */
export function failureLimit(spec: CheckSpec): FailureLimit | undefined {
  const { minPassRate, maxFailures } = commonOptions(spec);
  if (minPassRate === undefined && maxFailures === undefined)
    return NEVER_FAIL_CHECKS.has(spec.name) ? { maxFailures: 0 } : undefined;
  return { minPassRate, maxFailures };
}

/** One check's answers, gathered over a prompt's cases. */
interface Tally {
  name: string;
  spec?: CheckSpec;
  head: { decided: number; failed: { caseId: string; outcome: CheckOutcome }[] };
  base: { decided: number; failed: number };
}

/**
 * Absolute findings for every check judged on its own that has a failure limit: head's failing
 * answers against the limit, with base's count beside them for context (it never excuses head).
 * `specs` are the prompt group's checks; a guardrail a case carries on its own (an adversarial
 * canary) gets the must-never-fail default unless the group declares the same check with other limits.
 */
export function judgeFailureLimits(
  cases: CaseRecords[],
  specs: CheckSpec[],
  hasBase: boolean,
  alone: JudgedAlone,
): Finding[] {
  return [...tallyChecks(cases, specs, alone).entries()].flatMap(([check, tally]) => {
    const limit = failureLimit(tally.spec ?? { name: tally.name, options: {} });
    if (!limit || tally.head.decided === 0) return [];
    return [limitFinding(check, tally, limit, hasBase)];
  });
}

/**
 * Per check judged on its own, head's and base's decided answers that carry it and those that
 * failed it: the same answers every other figure of the prompt counts.
 */
function tallyChecks(cases: CaseRecords[], specs: CheckSpec[], alone: JudgedAlone): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const specFor = (outcome: CheckOutcome): CheckSpec | undefined =>
    specs.find((s) => describeCheck(s) === outcome.check) ?? specs.find((s) => s.name === outcome.name);
  for (const c of cases) {
    const counted = (o: CheckOutcome): boolean => alone(c.case, o);
    for (const version of ['base', 'head'] as const) {
      for (const record of decidedAnswers(c[version])) {
        // One count per check and answer: a check written twice fails the answer if either fails.
        const outcomes = answerChecks(record);
        for (let i = 0; i < outcomes.length; i++) {
          if (!counted(outcomes[i]) || !firstOfItsCheck(outcomes, i, counted)) continue;
          const { check } = outcomes[i];
          const outcome = failedCheck(outcomes[i])
            ? outcomes[i]
            : (laterFailure(outcomes, i, counted) ?? outcomes[i]);
          let tally = tallies.get(check);
          if (!tally) {
            tally = {
              name: outcome.name,
              spec: specFor(outcome),
              head: { decided: 0, failed: [] },
              base: { decided: 0, failed: 0 },
            };
            tallies.set(check, tally);
          }
          const failed = failedCheck(outcome);
          if (version === 'head') {
            tally.head.decided++;
            if (failed) tally.head.failed.push({ caseId: c.caseId, outcome });
          } else {
            tally.base.decided++;
            if (failed) tally.base.failed++;
          }
        }
      }
    }
  }
  return tallies;
}

/** The first outcome after `outcomes[i]` of the same check that failed, if any (among those `counts` keeps). */
function laterFailure(
  outcomes: readonly CheckOutcome[],
  i: number,
  counts: (outcome: CheckOutcome) => boolean,
): CheckOutcome | undefined {
  for (let j = i + 1; j < outcomes.length; j++) {
    const o = outcomes[j];
    if (o.check === outcomes[i].check && counts(o) && failedCheck(o)) return o;
  }
  return undefined;
}

function limitFinding(check: string, tally: Tally, limit: FailureLimit, hasBase: boolean): Finding {
  const failed = tally.head.failed.length;
  const decided = tally.head.decided;
  const rate = (decided - failed) / decided;
  const overCount = limit.maxFailures !== undefined && failed > limit.maxFailures;
  const underRate = limit.minPassRate !== undefined && rate < limit.minPassRate;
  return {
    check,
    status: overCount || underRate ? 'threshold' : 'pass',
    facts: {
      kind: 'failure-limit',
      name: tally.name,
      failed,
      decided,
      maxFailures: limit.maxFailures,
      minPassRate: limit.minPassRate,
      base: hasBase && tally.base.decided > 0 ? tally.base : undefined,
      examples: examples(tally),
    },
  };
}

/** The first failing cases, each with what proves the failure (its evidence, else the check's reason). */
function examples(tally: Tally): { caseId: string; proof: string }[] {
  const seen = new Set<string>();
  const shown: { caseId: string; proof: string }[] = [];
  for (const { caseId, outcome } of tally.head.failed) {
    if (seen.has(caseId)) continue;
    seen.add(caseId);
    shown.push({ caseId, proof: outcome.evidence ?? outcome.reason });
    if (shown.length === EXAMPLES_SHOWN) break;
  }
  return shown;
}
