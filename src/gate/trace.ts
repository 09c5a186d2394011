import type {
  AnswerTrace,
  CaseOutcome,
  CaseTrace,
  ChatRequest,
  PlannedCall,
  ReportedCase,
  ScoredRecord,
  Version,
  VersionTrace,
} from '../types.js';
import { answerText } from '../run/answer-spill.js';
import { answerOutcome, type CaseRecords } from './records.js';

const VERSIONS = ['base', 'head'] as const;

/** The call whose request each version sent for one case (every repeat sends the same one). */
export type CaseCalls = Partial<Record<Version, PlannedCall>>;

/** The calls of one prompt's cases, by case id; `belongs` names the prompt (and its base path when renamed). */
export function callsByCase(
  plan: PlannedCall[],
  belongs: (prompt: string) => boolean,
): Map<string, CaseCalls> {
  const byCase = new Map<string, CaseCalls>();
  for (const call of plan) {
    if (!belongs(call.prompt)) continue;
    let calls = byCase.get(call.case.id);
    if (!calls) byCase.set(call.case.id, (calls = {}));
    calls[call.version] ??= call;
  }
  return byCase;
}

/**
 * A version's answers with the request they answered, read from the call when asked for: a plan
 * renders a request each time it is read, and a trace holding it kept every case's requests alive
 * from the verdict until the reports were written.
 */
class SentTrace implements VersionTrace<ScoredRecord> {
  readonly answers: ScoredRecord[];
  readonly #call: PlannedCall;

  constructor(answers: ScoredRecord[], call: PlannedCall) {
    this.answers = answers;
    this.#call = call;
  }

  get request(): ChatRequest {
    return this.#call.request;
  }
}

/**
 * Each version's answers to a case in full, with the request they answered: what the report shows
 * behind every answer. Answers from an approved baseline have no request (nothing was sent). The
 * answers are the run's records themselves (the case's own lists): a copy of each, made for the
 * report, was a sixth of a large run's data when the verdict ends (see {@link reportedCase}).
 */
export function caseTrace(c: CaseRecords, calls: CaseCalls | undefined): CaseTrace<ScoredRecord> {
  const trace: CaseTrace<ScoredRecord> = {};
  for (const version of VERSIONS) {
    const answers = c[version];
    if (answers.length === 0) continue;
    const call = calls?.[version];
    trace[version] = call ? new SentTrace(answers, call) : { answers };
  }
  return trace;
}

/** A case as the reports show it, made when it is written: each answer of its trace as an {@link AnswerTrace}. */
export function reportedCase(c: CaseOutcome): ReportedCase {
  // Without a trace the case is shown as it is.
  if (!c.trace) return c as ReportedCase;
  const trace: CaseTrace = {};
  for (const version of VERSIONS) {
    const side = c.trace[version];
    if (!side) continue;
    // Read, not spread: the request is rendered when read (see SentTrace).
    const { request } = side;
    const answers = side.answers.map(answerTrace);
    trace[version] = request ? { request, answers } : { answers };
  }
  return { ...c, trace };
}

function answerTrace(record: ScoredRecord): AnswerTrace {
  const { key: _key, prompt: _prompt, version: _version, caseId: _caseId, pass: _pass, ...rest } = record;
  // The text itself, read back where a long answer waited on disk (see AnswerSpill).
  const answer: AnswerTrace =
    rest.output === undefined
      ? (rest as AnswerTrace)
      : Object.assign(rest, { output: answerText(rest.output) });
  const pass = answerOutcome(record);
  // Assigned, not spread: `answer` is this call's own copy, and an assigned member extends it in place.
  return pass === undefined ? answer : Object.assign(answer, { pass });
}
