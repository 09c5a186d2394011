import { describeCheck } from '../checks/names.js';
import { NEVER_FAIL_CHECKS, WHOLE_RUN_CHECKS } from '../checks/registry.js';
import type { Case, CheckOutcome, PlannedCall, ScoredRecord, Side, Version } from '../types.js';
import { redact } from '../report/redact.js';
import { truncate } from '../report/sanitize.js';

// Enough of an answer or input to recognise it in a PR comment without flooding it.
const EXCERPT_CHARS = 200;

/** All records of one case of one prompt, per version, with the case as planned. */
export interface CaseRecords {
  caseId: string;
  case: Case;
  base: ScoredRecord[];
  head: ScoredRecord[];
  /** Each version's first planned call of the case: the request its answers were sent (see caseTrace). */
  baseCall?: PlannedCall;
  headCall?: PlannedCall;
}

/** Whether a version is a side of the pull request, not head on a fallback under evaluation. */
export function isSide(version: Version): version is Side {
  return version === 'base' || version === 'head';
}

/**
 * Outcomes of an answer that decide whether it passed (whole-run checks left out). Most answers have
 * none to leave out: their own list is given, not a copy (the verdict asks for it several times an answer).
 */
export function answerChecks(record: ScoredRecord): readonly CheckOutcome[] {
  const { checks } = record;
  for (const c of checks)
    if (WHOLE_RUN_CHECKS.has(c.name)) return checks.filter((o) => !WHOLE_RUN_CHECKS.has(o.name));
  return checks;
}

/** A check that decided the answer fails it (a check that could not decide is neither a pass nor a fail). */
export function failedCheck(outcome: CheckOutcome): boolean {
  return !outcome.pass && !outcome.error;
}

/**
 * Whether an answer passed, or undefined when nothing can be claimed: the call failed, or no check
 * failed and one could not decide. A failed check fails the answer whatever another could not decide.
 */
export function answerOutcome(record: ScoredRecord): boolean | undefined {
  if (record.status !== 'ok') return undefined;
  const outcomes = answerChecks(record);
  if (outcomes.some(failedCheck)) return false;
  return outcomes.some((c) => c.error) ? undefined : true;
}

/**
 * A version's answers a gate figure counts: those with an outcome (see `answerOutcome`). Where all
 * are, the list itself is given, not a copy (the verdict asks for it several times a case).
 */
export function decidedAnswers(records: readonly ScoredRecord[]): readonly ScoredRecord[] {
  for (const record of records)
    if (answerOutcome(record) === undefined) return records.filter((r) => answerOutcome(r) !== undefined);
  return records;
}

/**
 * Whether `outcomes[i]` is the first of its answer's outcomes for its check (among those `counts`
 * keeps): a check written twice is counted once per answer. Read in place, where a set of the labels
 * seen was made for every answer of a large run.
 */
export function firstOfItsCheck(
  outcomes: readonly CheckOutcome[],
  i: number,
  counts: (outcome: CheckOutcome) => boolean = () => true,
): boolean {
  for (let j = 0; j < i; j++)
    if (outcomes[j].check === outcomes[i].check && counts(outcomes[j])) return false;
  return true;
}

/** Whether a check outcome of a case is judged on its own (see `checksJudgedAlone`). */
export type JudgedAlone = (testCase: Case, outcome: CheckOutcome) => boolean;

/**
 * Which checks of a prompt are judged on their own (compared, held to their limit, a finding of
 * their own) and which only count in their case's pass/fail. The prompt's checks are judged on their
 * own: its config entry's, and those every golden case carries (a prompt file's evaluators). A check
 * only some cases carry (a dataset row's, an attack suite's) rolls up into its case, unless it is a
 * guardrail no answer may fail.
 */
export function checksJudgedAlone(cases: CaseRecords[]): JudgedAlone {
  // The labels every golden case carries, narrowed case by case (not every case's list kept at once).
  let shared: Set<string> | undefined;
  for (const c of cases) {
    if (c.case.suite !== undefined) continue;
    const labels = (c.case.checks ?? []).map(describeCheck);
    shared = shared ? new Set(labels.filter((label) => shared?.has(label))) : new Set(labels);
  }
  shared ??= new Set();
  return (testCase, outcome) =>
    NEVER_FAIL_CHECKS.has(outcome.name) ||
    shared.has(outcome.check) ||
    // A case's own check replaces the prompt's check of the same name (see `applicableChecks`).
    !(testCase.checks ?? []).some((spec) => spec.name === outcome.name);
}

/**
 * Groups a prompt's base and head records by case in plan order; `previousFile` matches base records
 * of a renamed prompt. Fallback records are left out: they are judged beside head, never as it.
 */
export function groupByCase(
  prompt: string,
  records: ScoredRecord[],
  plan: PlannedCall[],
  previousFile?: string,
): CaseRecords[] {
  const belongs = (name: string): boolean =>
    name === prompt || (previousFile !== undefined && name === previousFile);
  const groups: CaseRecords[] = [];
  const byId = new Map<string, number>();
  const add = (caseId: string, testCase: Case): number => {
    byId.set(caseId, groups.length);
    return (
      groups.push({ caseId, case: testCase, base: [], head: [], baseCall: undefined, headCall: undefined }) -
      1
    );
  };
  for (const call of plan) {
    if (!belongs(call.prompt)) continue;
    const group = groups[byId.get(call.case.id) ?? add(call.case.id, call.case)];
    if (call.version === 'base') group.baseCall ??= call;
    else if (call.version === 'head') group.headCall ??= call;
  }
  // Each case's lists are made at their size: a list grown by push keeps room for 17 records, and at
  // 100,000 cases those lists were some 30 MB alive through the verdict. Each record's list (its
  // case's base or head) is noted first; a counting sort then places the records in one list, and
  // each case's lists are cut from it, packed (a list made at its size and filled has holes in V8's
  // eyes, and every loop over it pays).
  const slot = new Int32Array(records.length).fill(-1);
  records.forEach((record, r) => {
    if (!belongs(record.prompt) || !isSide(record.version)) return;
    const i = byId.get(record.caseId) ?? add(record.caseId, { id: record.caseId, vars: {} });
    slot[r] = 2 * i + (record.version === 'head' ? 1 : 0);
  });
  const starts = new Uint32Array(2 * groups.length + 1);
  for (const s of slot) if (s >= 0) starts[s + 1]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const ordered = Array.from(records);
  const next = starts.slice(0, -1);
  records.forEach((record, r) => {
    if (slot[r] >= 0) ordered[next[slot[r]]++] = record;
  });
  groups.forEach((group, i) => {
    group.base = ordered.slice(starts[2 * i], starts[2 * i + 1]);
    group.head = ordered.slice(starts[2 * i + 1], starts[2 * i + 2]);
  });
  for (const group of groups) {
    group.base.sort((x, y) => x.repeat - y.repeat);
    group.head.sort((x, y) => x.repeat - y.repeat);
  }
  return groups;
}

/** Cuts text to a readable excerpt on one line. */
export function excerpt(text: string, limit = EXCERPT_CHARS): string {
  // Masked before the cut, so no cut leaves a fragment of a secret too short to recognise.
  const masked = redact(text);
  // A text already on one line, single-spaced, is kept as it is: not a copy for each case of a run.
  const spaced = /[^\S ]| {2}/.test(masked) ? masked.replace(/\s+/g, ' ') : masked;
  return truncate(spaced.trim(), limit);
}

/** `name=value, ...` of a case's variables, as the reviewer would recognise the input. */
export function summarizeVars(vars: Record<string, unknown>): string {
  const parts = Object.entries(vars).map(
    ([name, value]) => `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return excerpt(parts.join(', '));
}
