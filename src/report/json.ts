import type { GateResult } from '../types.js';

/** Version of the JSON report's shape, so consumers can tell a breaking change. */
export const JSON_REPORT_VERSION = 1;

/** The machine-readable report: the whole gate result, for artifacts and downstream tools. */
export function renderJson(result: GateResult): string {
  return `${JSON.stringify({ version: JSON_REPORT_VERSION, ...result }, null, 2)}\n`;
}
