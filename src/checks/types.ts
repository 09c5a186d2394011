import type { CallRecord, Case, ChatMessage, CheckResult } from '../types.js';

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
}

/** A check: one file per check, registered by name in `registry.ts`. */
export type Check = (
  ctx: CheckContext,
  options: Record<string, unknown>,
) => CheckResult | Promise<CheckResult>;
