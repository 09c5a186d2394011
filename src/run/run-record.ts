import type { AnswerText } from './answer-spill.js';
import type {
  AttemptFailure,
  CallRecord,
  CheckOutcome,
  ScoredRecord,
  ToolCall,
  Usage,
  Version,
} from '../types.js';

/** What a record says of the call it ends: the call's prompt, version and case (shared by its repeats). */
export interface RecordSource {
  readonly prompt: string;
  readonly version: Version;
  readonly case: { readonly id: string };
}

/** How a call ended, as the runner and a baseline give it: a record without what its source says. */
export type RecordFacts = Omit<CallRecord, 'key' | 'prompt' | 'version' | 'caseId' | 'repeat'> &
  Partial<Pick<ScoredRecord, 'checks' | 'pass'>>;

/** The members few records have: held apart, so a record that answered first time has one slot for them. */
type RareFacts = Pick<CallRecord, 'toolCalls' | 'ttftMs' | 'cached' | 'error' | 'failures'>;

/**
 * A record's members in the order its JSON lists them (a shard file, an answer in results.json):
 * one order whatever made the record, so two runs of the same calls write the same text.
 */
const MEMBERS = [
  'key',
  'prompt',
  'version',
  'caseId',
  'repeat',
  'status',
  'output',
  'toolCalls',
  'usage',
  'costUsd',
  'latencyMs',
  'ttftMs',
  'cached',
  'attempts',
  'error',
  'provider',
  'model',
  'failures',
  'checks',
  'pass',
] as const;

/**
 * One call's record, as a run, a merge and a baseline hold it until the reports are written: its key,
 * prompt, version and case are read from the call (or the baseline's case) it ends, not held again,
 * and the members few records have share one slot. As a plain object (a member each, the key a
 * string of its own, the rare members' slots beside the object) a record was some 190 bytes and its
 * key 50 to 80 more: at 100,000 cases and two versions, tens of megabytes.
 * It reads as a {@link ScoredRecord} (its members are there to read and set) and its JSON is a plain
 * record's, members in one order (`MEMBERS`); `plainRecord` gives that object.
 */
export class RunRecord implements ScoredRecord {
  readonly #source: RecordSource;
  readonly repeat: number;
  status: ScoredRecord['status'];
  output?: AnswerText;
  usage?: Usage;
  costUsd?: number;
  latencyMs?: number;
  attempts: number;
  provider?: string;
  model?: string;
  checks!: CheckOutcome[];
  pass!: boolean;
  #rare: RareFacts | undefined;

  constructor(source: RecordSource, repeat: number, facts: RecordFacts) {
    this.#source = source;
    this.repeat = repeat;
    this.status = facts.status;
    this.output = facts.output;
    this.usage = facts.usage;
    this.costUsd = facts.costUsd;
    this.latencyMs = facts.latencyMs;
    this.attempts = facts.attempts;
    this.provider = facts.provider;
    this.model = facts.model;
    this.checks = facts.checks as CheckOutcome[];
    this.pass = facts.pass as boolean;
    const { toolCalls, ttftMs, cached, error, failures } = facts;
    if (toolCalls !== undefined) this.toolCalls = toolCalls;
    if (ttftMs !== undefined) this.ttftMs = ttftMs;
    if (cached !== undefined) this.cached = cached;
    if (error !== undefined) this.error = error;
    if (failures !== undefined) this.failures = failures;
  }

  get key(): string {
    return recordKey(this.prompt, this.version, this.caseId, this.repeat);
  }

  get prompt(): string {
    return this.#source.prompt;
  }

  get version(): Version {
    return this.#source.version;
  }

  get caseId(): string {
    return this.#source.case.id;
  }

  get toolCalls(): ToolCall[] | undefined {
    return this.#rare?.toolCalls;
  }

  set toolCalls(value: ToolCall[] | undefined) {
    this.rare().toolCalls = value;
  }

  get ttftMs(): number | undefined {
    return this.#rare?.ttftMs;
  }

  set ttftMs(value: number | undefined) {
    this.rare().ttftMs = value;
  }

  get cached(): 'cache' | 'cassette' | undefined {
    return this.#rare?.cached;
  }

  set cached(value: 'cache' | 'cassette' | undefined) {
    this.rare().cached = value;
  }

  get error(): string | undefined {
    return this.#rare?.error;
  }

  set error(value: string | undefined) {
    this.rare().error = value;
  }

  get failures(): AttemptFailure[] | undefined {
    return this.#rare?.failures;
  }

  set failures(value: AttemptFailure[] | undefined) {
    this.rare().failures = value;
  }

  private rare(): RareFacts {
    return (this.#rare ??= {});
  }

  /** The record as a plain object: what `JSON.stringify` writes. */
  toJSON(): ScoredRecord {
    return plainRecord(this);
  }
}

/** A call's key: its prompt, version, case and repeat. */
export function recordKey(prompt: string, version: Version, caseId: string, repeat: number): string {
  return [prompt, version, caseId, repeat].join('#');
}

/** A record as a plain object with its members in `MEMBERS` order, those it does not have left out. */
export function plainRecord(record: ScoredRecord): ScoredRecord {
  const plain: Record<string, unknown> = {};
  for (const member of MEMBERS) {
    const value = record[member];
    if (value !== undefined) plain[member] = value;
  }
  return plain as unknown as ScoredRecord;
}
