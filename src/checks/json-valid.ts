import { defineCheck } from './types.js';

/** The first ```json (or bare ```) fenced block of an answer. */
const FENCE = /```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```/;

/** The JSON value of an answer: the whole text, or else the content of its first code fence. */
export function parseJsonOutput(output: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const candidates = [output.trim()];
  const fenced = FENCE.exec(output);
  if (fenced) candidates.push(fenced[1].trim());
  let firstError = '';
  for (const candidate of candidates) {
    try {
      return { ok: true, value: JSON.parse(candidate) };
    } catch (error) {
      firstError ||= (error as Error).message;
    }
  }
  return { ok: false, error: firstError };
}

/** The answer is valid JSON, bare or inside a ```json fence. */
export const jsonValid = defineCheck({
  name: 'json-valid',
  description: 'the answer is valid JSON',
  options: {},
  safety: true,
  handler(ctx) {
    const parsed = parseJsonOutput(ctx.output);
    return parsed.ok
      ? { pass: true, score: 1, reason: 'output is valid JSON' }
      : { pass: false, score: 0, reason: `output is not valid JSON: ${parsed.error}` };
  },
});
