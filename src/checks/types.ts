import type { CallRecord, Case, ChatMessage, CheckResult, CheckSpec } from '../types.js';

/** A call to the judge model, made through the same runner as every other call. */
export type JudgeFn = (messages: ChatMessage[], purpose: string) => Promise<{ output: string }>;

/** What a check sees for one record. */
export interface CheckContext {
  /** The model's answer (empty string when the call errored; checks are not run on errors). */
  output: string;
  case: Case;
  record: CallRecord;
  /** The rendered messages that were sent, system prompt included. */
  messages: ChatMessage[];
  /** Answers of the other repeats of the same prompt version on the same case. */
  samples: string[];
  /** Present when the config names a judge provider and credentials are available. */
  judge?: JudgeFn;
  /** A moderation endpoint's verdict on a text: present when the provider it is called through has credentials. */
  moderate?: (text: string) => Promise<{
    flagged: boolean;
    categories: Record<string, boolean>;
    scores: Record<string, number>;
  }>;
}

/** A JSON Schema object; `title` doubles as the "Expected ..." of an error message. */
export type OptionsSchema = Record<string, unknown>;

/** Everything about one check, in its own file; `registry.ts` lists them and derives every set. */
export interface CheckDefinition<Options = Record<string, unknown>, Parsed = Options> {
  /** The name a config, dataset row or prompt file uses. */
  name: string;
  /** One line for the reader of the registry. */
  description: string;
  /** JSON Schema of the options as written (a bare scalar arrives as `value`), with defaults. */
  options: OptionsSchema;
  /** What the check cannot run without; `run`: judged by the gate over the whole run, not per answer. */
  needs?: { judge?: boolean; context?: boolean; expected?: boolean; repeats?: boolean; run?: boolean };
  /** Still meaningful on attack and nonsense inputs, where no reference answer holds. */
  safety?: boolean;
  /** A failure is bad whatever base did: by default no head answer may fail it. */
  neverFails?: boolean;
  /**
   * What the schema cannot express, checked before any call (compile a pattern, a schema); returns
   * the options the handler receives. Throws `invalidOption(...)` errors.
   */
  parse?(options: Options, spec: CheckSpec): Parsed;
  /** Scores one answer; absent for whole-run checks, which the gate judges. */
  handler?(ctx: CheckContext, options: Parsed): CheckResult | Promise<CheckResult>;
}

/** A definition of any options type, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheckDefinition = CheckDefinition<any, any>;

/** Types a check definition; the identity at run time. */
export function defineCheck<Options, Parsed = Options>(
  definition: CheckDefinition<Options, Parsed>,
): CheckDefinition<Options, Parsed> {
  return definition;
}
