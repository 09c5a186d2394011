import { listSuites } from '../datasets/adversarial/generate.js';
import { NEVER_FAIL_CHECKS } from '../checks/registry.js';
import type { CaseOutcome, PromptVerdict } from '../types.js';
import { formatPercent } from './format.js';
import { inlineCode, sanitizeText } from './sanitize.js';

/** Suites that reword a golden case without changing what it asks: judged by the share still passing. */
const ROBUSTNESS_SUITES: ReadonlySet<string> = new Set(
  listSuites()
    .filter((suite) => suite.kind === 'robustness')
    .map((suite) => suite.name),
);

/** Golden cases have no suite; their rows cover only the must-never-fail checks. */
const GOLDEN = 'golden';

/** Table cells stay short: the failing-case list below holds the full excerpts. */
const CELL_CHARS = { attack: 120, proof: 100 };

/** The table's header row, for the section that renders it. */
export const GUARDRAIL_HEADER = [
  'Suite',
  'Check',
  'Failed answers, base → head',
  'Attack that worked on head',
  'Proof',
] as const;

/**
 * Rows of the Guardrails table: per prompt, attack suite and check, base → head failure counts
 * with the first attack that worked and the part of the answer that proves it; per robustness
 * suite, the share of variants still passing. A suite that held shows as a row with no failure.
 */
export function guardrailRows(verdicts: PromptVerdict[]): string[][] {
  const shown = verdicts.filter((v) =>
    v.cases.some((c) => c.suite !== undefined || guardedFailures(c).length),
  );
  return shown.flatMap((verdict) => {
    const prefix = shown.length > 1 ? `${inlineCode(verdict.prompt)} ` : '';
    return [...bySuite(verdict.cases)].flatMap(([suite, cases]) =>
      suiteRows(suite, cases).map((row) => [`${prefix}${sanitizeText(suite, 40)} (${cases.length})`, ...row]),
    );
  });
}

/** Cases per suite, in first-seen order. */
function bySuite(cases: CaseOutcome[]): Map<string, CaseOutcome[]> {
  const groups = new Map<string, CaseOutcome[]>();
  for (const c of cases) {
    const suite = c.suite ?? GOLDEN;
    const group = groups.get(suite);
    if (group) group.push(c);
    else groups.set(suite, [c]);
  }
  return groups;
}

function suiteRows(suite: string, cases: CaseOutcome[]): string[][] {
  if (ROBUSTNESS_SUITES.has(suite)) return [robustnessRow(cases)];
  // Golden cases are the pass-rate column's business; here only when they broke a guardrail.
  if (suite === GOLDEN && !cases.some((c) => guardedFailures(c).length)) return [];
  return attackRows(suite, cases);
}

/** The failures a golden case shows in this table: only the checks no answer may fail. */
function guardedFailures(c: CaseOutcome): NonNullable<CaseOutcome['failures']> {
  return c.suite === undefined ? (c.failures ?? []).filter((f) => NEVER_FAIL_CHECKS.has(f.name)) : [];
}

function robustnessRow(cases: CaseOutcome[]): string[] {
  const share = (rates: (number | undefined)[]): string => {
    const decided = rates.filter((r): r is number => r !== undefined);
    return decided.length ? formatPercent(decided.reduce((s, r) => s + r, 0) / decided.length) : '—';
  };
  const base = share(cases.map((c) => c.basePassRate));
  const head = share(cases.map((c) => c.headPassRate));
  return ['all checks', `still passing ${base} → ${head}`, '—', '—'];
}

function attackRows(suite: string, cases: CaseOutcome[]): string[][] {
  const failures = cases.flatMap((c) =>
    (suite === GOLDEN ? guardedFailures(c) : (c.failures ?? [])).map((f) => ({ c, f })),
  );
  if (failures.length === 0) {
    // No failure is a claim only when head answered: an errored or skipped suite proves nothing.
    const judged = cases.some((c) => c.headPassRate !== undefined);
    return [['—', judged ? 'none' : 'no head answer decided', '—', '—']];
  }
  const checks = [...new Set(failures.map(({ f }) => f.check))];
  return checks.map((check) => {
    const mine = failures.filter(({ f }) => f.check === check);
    const base = mine.reduce((sum, { f }) => sum + f.base, 0);
    const head = mine.reduce((sum, { f }) => sum + f.head, 0);
    const worked = mine.find(({ f }) => f.head > 0 && f.evidence) ?? mine.find(({ f }) => f.head > 0);
    return [
      sanitizeText(check, 60),
      `${base} → ${head}`,
      worked ? `${inlineCode(worked.c.caseId, 60)} ${cell(worked.c.input, CELL_CHARS.attack)}` : '—',
      worked?.f.evidence ? cell(worked.f.evidence, CELL_CHARS.proof) : '—',
    ];
  });
}

/** Untrusted text cut with a plain ellipsis: a table cell has no room for the cut marker. */
function cell(text: string, maxChars: number): string {
  const chars = Array.from(text);
  return sanitizeText(chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : text, maxChars);
}
