import type {
  AnswerTrace,
  CaseOutcome,
  CaseTrace,
  ChatRequest,
  PlannedCall,
  ReportedCase,
  ScoredRecord,
  Version,
} from '../types.js';
import { answerOutcome, type CaseRecords } from './records.js';

const VERSIONS = ['base', 'head'] as const;

/** The request each version sent for one case (every repeat sends the same one). */
export type CaseRequests = Partial<Record<Version, ChatRequest>>;

/** The requests of one prompt's cases, by case id; `belongs` names the prompt (and its base path when renamed). */
export function requestsByCase(
  plan: PlannedCall[],
  belongs: (prompt: string) => boolean,
): Map<string, CaseRequests> {
  const byCase = new Map<string, CaseRequests>();
  for (const call of plan) {
    if (!belongs(call.prompt)) continue;
    let requests = byCase.get(call.case.id);
    if (!requests) byCase.set(call.case.id, (requests = {}));
    requests[call.version] ??= call.request;
  }
  return byCase;
}

/**
 * Each version's answers to a case in full, with the request they answered: what the report shows
 * behind every answer. Answers from an approved baseline have no request (nothing was sent). The
 * answers are the run's records themselves (the case's own lists): a copy of each, made for the
 * report, was a sixth of a large run's data when the verdict ends (see {@link reportedCase}).
 */
export function caseTrace(c: CaseRecords, requests: CaseRequests | undefined): CaseTrace<ScoredRecord> {
  const trace: CaseTrace<ScoredRecord> = {};
  for (const version of VERSIONS) {
    const answers = c[version];
    if (answers.length === 0) continue;
    const request = requests?.[version];
    trace[version] = request ? { request, answers } : { answers };
  }
  return trace;
}

/** A case as the reports show it, made when it is written: each answer of its trace as an {@link AnswerTrace}. */
export function reportedCase(c: CaseOutcome): ReportedCase {
  if (!c.trace) return c;
  const trace: CaseTrace = {};
  for (const version of VERSIONS) {
    const side = c.trace[version];
    if (side) trace[version] = { ...side, answers: side.answers.map(answerTrace) };
  }
  return { ...c, trace };
}

function answerTrace(record: ScoredRecord): AnswerTrace {
  const { key: _key, prompt: _prompt, version: _version, caseId: _caseId, pass: _pass, ...answer } = record;
  const pass = answerOutcome(record);
  // Assigned, not spread: `answer` is this call's own copy, and an assigned member extends it in place.
  return pass === undefined ? answer : Object.assign(answer, { pass });
}
