import type { AnswerTrace, CaseTrace, ChatRequest, PlannedCall, ScoredRecord, Version } from '../types.js';
import { answerOutcome, type CaseRecords } from './records.js';

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
 * behind every answer. Answers from an approved baseline have no request (nothing was sent).
 */
export function caseTrace(c: CaseRecords, requests: CaseRequests | undefined): CaseTrace {
  const trace: CaseTrace = {};
  for (const version of ['base', 'head'] as const) {
    if (c[version].length === 0) continue;
    const request = requests?.[version];
    const answers = c[version].map(answerTrace);
    trace[version] = request ? { request, answers } : { answers };
  }
  return trace;
}

function answerTrace(record: ScoredRecord): AnswerTrace {
  const { key: _key, prompt: _prompt, version: _version, caseId: _caseId, pass: _pass, ...answer } = record;
  const pass = answerOutcome(record);
  // Assigned, not spread: on Node 20 an object spread and then extended gets a hidden class of its
  // own (hundreds of bytes for each of a run's answers); assigned ones share one.
  return pass === undefined ? answer : Object.assign(answer, { pass });
}
