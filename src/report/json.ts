import type { Finding, GateResult, PromptVerdict } from '../types.js';
import { describeFinding, headline, monthlySentence } from './findings.js';
import { redact } from './redact.js';
import { defuseCommands } from './sanitize.js';

/** Version of the JSON report's shape, so consumers can tell a breaking change. */
export const JSON_REPORT_VERSION = 1;

/** The JSON report as a consumer parses it: the gate result, its shape's version and its sentences. */
export interface JsonReport extends Omit<GateResult, 'prompts'> {
  version: number;
  headline: string;
  /** Each finding with the sentence the other surfaces show. */
  prompts: (Omit<PromptVerdict, 'findings'> & { findings: (Finding & { sentence: string })[] })[];
  notes: string[];
}

/**
 * The whole gate result with the sentences the other surfaces show beside the facts, every string
 * masked: what results.json and report.html both hold.
 */
export function buildJsonReport(result: GateResult): JsonReport {
  const worded: JsonReport = {
    version: JSON_REPORT_VERSION,
    ...result,
    headline: headline(result),
    prompts: result.prompts.map((p) => ({
      ...p,
      findings: p.findings.map((f) => ({ ...f, sentence: describeFinding(f) })),
    })),
    notes: result.monthly.map(monthlySentence),
  };
  return masked(worded, new Map());
}

/** results.json's text; `\u0023` is JSON's own escape, so a `##[` no log may read parses back unchanged. */
export function jsonText(report: JsonReport): string {
  const text = JSON.stringify(report, null, 2);
  return `${defuseCommands(text, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`)}\n`;
}

/** The machine-readable report: the whole gate result, for artifacts and downstream tools. */
export function renderJson(result: GateResult): string {
  return jsonText(buildJsonReport(result));
}

/**
 * `value` with every string in it masked. The same text recurs (a system prompt in every case's
 * request): `memo` masks it once.
 */
function masked<T>(value: T, memo: Map<string, string>): T {
  if (typeof value === 'string') {
    let shown = memo.get(value);
    if (shown === undefined) memo.set(value, (shown = redact(value)));
    return shown as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => masked(item, memo)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]: [string, unknown]) =>
      // Left out, as JSON.stringify leaves out undefined members.
      item === undefined ? [] : [[key, masked(item, memo)]],
    ),
  ) as T;
}
