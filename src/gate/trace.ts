import type {
  AlternativeRole,
  AnswerTrace,
  CaseOutcome,
  CaseTrace,
  ChatRequest,
  PlannedCall,
  ReportedCase,
  ScoredRecord,
  Side,
  VersionTrace,
} from '../types.js';
import { answerText } from '../run/answer-spill.js';
import { plainRecord } from '../run/run-record.js';
import { answerOutcome, type CaseRecords } from './records.js';

const VERSIONS = ['base', 'head'] as const;

/** The call whose request each version sent for one case (every repeat sends the same one). */
export type CaseCalls = Partial<Record<Side, PlannedCall>>;

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
 * A case's trace as the verdict keeps it until the reports are written: one object and one list of
 * the case's records (base's, then head's) where a trace of each version (its object, its list) was
 * some 250 bytes a case. Each version's trace is made when read.
 */
class RecordedTrace implements CaseTrace<ScoredRecord> {
  /** A trace of the pull request's sides: no fallback or candidate answers it. */
  readonly [alternative: `${AlternativeRole}:${string}`]: undefined;
  readonly #answers: ScoredRecord[];
  readonly #baseCount: number;
  readonly #baseCall: PlannedCall | undefined;
  readonly #headCall: PlannedCall | undefined;

  constructor(c: CaseRecords, baseCall: PlannedCall | undefined, headCall: PlannedCall | undefined) {
    this.#answers = c.base.concat(c.head);
    this.#baseCount = c.base.length;
    this.#baseCall = baseCall;
    this.#headCall = headCall;
  }

  get base(): VersionTrace<ScoredRecord> | undefined {
    return this.side(0, this.#baseCount, this.#baseCall);
  }

  get head(): VersionTrace<ScoredRecord> | undefined {
    return this.side(this.#baseCount, this.#answers.length, this.#headCall);
  }

  private side(
    from: number,
    to: number,
    call: PlannedCall | undefined,
  ): VersionTrace<ScoredRecord> | undefined {
    if (from === to) return undefined;
    const answers = this.#answers.slice(from, to);
    return call ? new SentTrace(answers, call) : { answers };
  }
}

/**
 * Each version's answers to a case in full, with the request they answered: what the report shows
 * behind every answer. Answers from an approved baseline have no request (nothing was sent). The
 * answers are the run's records themselves: a copy of each, made for the report, was a sixth of a
 * large run's data when the verdict ends (see {@link reportedCase}).
 */
export function caseTrace(c: CaseRecords, calls?: CaseCalls): CaseTrace<ScoredRecord> {
  return new RecordedTrace(c, calls ? calls.base : c.baseCall, calls ? calls.head : c.headCall);
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
  // A plain copy, members in the record's JSON order (a run's records read some of theirs from their call).
  const {
    key: _key,
    prompt: _prompt,
    version: _version,
    caseId: _caseId,
    pass: _pass,
    ...rest
  } = plainRecord(record);
  // The text itself, read back where a long answer waited on disk (see AnswerSpill).
  const answer: AnswerTrace =
    rest.output === undefined
      ? (rest as AnswerTrace)
      : Object.assign(rest, { output: answerText(rest.output) });
  const pass = answerOutcome(record);
  // Assigned, not spread: `answer` is this call's own copy, and an assigned member extends it in place.
  return pass === undefined ? answer : Object.assign(answer, { pass });
}
