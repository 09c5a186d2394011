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

/** The machine-readable report: the whole gate result, for artifacts and downstream tools. */
export function renderJson(result: GateResult): string {
  // The sentences the other surfaces show go beside the facts, so a reader of the JSON sees both.
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
  // Every string masked; `\u0023` is JSON's own escape, so a `##[` no log may read parses back unchanged.
  const text = JSON.stringify(
    worded,
    (_key, value: unknown) => (typeof value === 'string' ? redact(value) : value),
    2,
  );
  return `${defuseCommands(text, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`)}\n`;
}
