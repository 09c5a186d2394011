import { WHOLE_RUN_CHECKS } from '../checks/registry.js';
import type { Case, CheckOutcome, PlannedCall, ScoredRecord } from '../types.js';
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
}

/** Outcomes of an answer that decide whether it passed (whole-run checks left out). */
export function answerChecks(record: ScoredRecord): CheckOutcome[] {
  return record.checks.filter((c) => !WHOLE_RUN_CHECKS.has(c.name));
}

/**
 * Whether an answer passed, or undefined when nothing can be claimed: the call failed or a check
 * could not decide (a judge error is neither a pass nor a fail). With `check`, only that check counts.
 */
export function answerOutcome(record: ScoredRecord, check?: string): boolean | undefined {
  if (record.status !== 'ok') return undefined;
  const outcomes = answerChecks(record).filter((c) => check === undefined || c.check === check);
  if (check !== undefined && outcomes.length === 0) return undefined;
  if (outcomes.some((c) => c.error)) return undefined;
  return outcomes.every((c) => c.pass);
}

/** Groups a prompt's records by case in plan order; `previousFile` matches base records of a renamed prompt. */
export function groupByCase(
  prompt: string,
  records: ScoredRecord[],
  plan: PlannedCall[],
  previousFile?: string,
): CaseRecords[] {
  const belongs = (name: string): boolean =>
    name === prompt || (previousFile !== undefined && name === previousFile);
  const groups = new Map<string, CaseRecords>();
  for (const call of plan) {
    if (!belongs(call.prompt) || groups.has(call.case.id)) continue;
    groups.set(call.case.id, { caseId: call.case.id, case: call.case, base: [], head: [] });
  }
  for (const record of records) {
    if (!belongs(record.prompt)) continue;
    let group = groups.get(record.caseId);
    if (!group) {
      group = { caseId: record.caseId, case: { id: record.caseId, vars: {} }, base: [], head: [] };
      groups.set(record.caseId, group);
    }
    group[record.version].push(record);
  }
  for (const group of groups.values()) {
    group.base.sort((x, y) => x.repeat - y.repeat);
    group.head.sort((x, y) => x.repeat - y.repeat);
  }
  return [...groups.values()];
}

/** Cuts text to a readable excerpt on one line. */
export function excerpt(text: string, limit = EXCERPT_CHARS): string {
  // Masked before the cut, so no cut leaves a fragment of a secret too short to recognise.
  return truncate(redact(text).replace(/\s+/g, ' ').trim(), limit);
}

/** `name=value, ...` of a case's variables, as the reviewer would recognise the input. */
export function summarizeVars(vars: Record<string, unknown>): string {
  const parts = Object.entries(vars).map(
    ([name, value]) => `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return excerpt(parts.join(', '));
}
