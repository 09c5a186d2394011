/** Reading an LLM judge's JSON reply strictly: a reply that breaks its schema decides nothing. */
import type { CheckResult } from '../../types.js';
import { ajv, compileSchema } from '../ajv.js';

/** The outcome of parsing a judge reply: the value, or why the reply was rejected. */
export type JudgeReply<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Parses `output` as JSON (a fenced ```json block is accepted, models add them unasked) and
 * validates it against `schema`.
 */
export function parseJudgeReply<T>(output: string, schema: object): JudgeReply<T> {
  const body = output.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: `not JSON: ${JSON.stringify(body.slice(0, 80))}` };
  }
  const validate = compileSchema(schema);
  if (!validate(value)) return { ok: false, problem: ajv.errorsText(validate.errors) };
  return { ok: true, value: value as T };
}

/** The result of a judge check that could not decide. */
export function judgeError(reason: string): CheckResult {
  return { pass: false, score: 0, error: true, reason };
}

/** The result when no judge can be called. */
export const NO_JUDGE: CheckResult = judgeError(
  'no judge provider configured: set `judge:` in the config to run this check',
);
