import type { GateResult } from '../types.js';
import { describeFinding, headline, monthlySentence } from './findings.js';

/** Version of the JSON report's shape, so consumers can tell a breaking change. */
export const JSON_REPORT_VERSION = 1;

/** The JSON report as a consumer parses it: the gate result, its shape's version and its sentences. */
export interface JsonReport extends GateResult {
  version: number;
  headline: string;
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
  return `${JSON.stringify(worded, null, 2)}\n`;
}
