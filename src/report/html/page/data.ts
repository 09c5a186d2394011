/**
 * The report as the page holds it, and its cases as the page lists them. Pure: no DOM, so the
 * split and the filters are tested in Node too, and report.html's writer (../../html.ts) uses it.
 *
 * The page lists, filters and charts ten thousand cases from a few facts each (flags, rates, each
 * answer's status, cost, latency and check outcomes); a case in full, as results.json has it (its
 * answers, reasons, proof and the messages sent), is inflated when it is opened or a search needs
 * its text.
 */
import type { JsonReport } from '../../json.js';
import type { AnswerTrace, Version } from '../../../types.js';

/** Id of the `<script type="application/json">` element that holds the report. */
export const DATA_ELEMENT_ID = 'report-data';

/** Cases compressed together: opening a case inflates its chunk alone. */
export const CASE_CHUNK = 100;

/** What the data element holds: the report in parts, each JSON gzip-compressed and base64-encoded. */
export interface PageData {
  encoding: 'gzip+base64';
  /** The report with each case as listed ({@link ListedReport}). */
  report: string;
  /** Every case in full, as results.json has it, in report order, {@link CASE_CHUNK} a chunk. */
  cases: string[];
}

type ReportPrompt = JsonReport['prompts'][number];
/** A case in full, as results.json has it. */
export type ReportCase = ReportPrompt['cases'][number];

/**
 * A check's outcome on an answer: the index of its label in the report's `checkLabels`, and whether
 * it passed (null: it could not decide). Ten thousand cases hold a few labels many times over.
 */
export type CheckFact = [label: number, pass: boolean | null];

/** What the list and the charts need of an answer. */
export interface AnswerFacts extends Pick<AnswerTrace, 'status' | 'costUsd' | 'latencyMs'> {
  checks: CheckFact[];
}

/** A case as listed: what the list shows and the filters and charts test. */
export interface ListedCase extends Pick<
  ReportCase,
  'caseId' | 'suite' | 'input' | 'basePassRate' | 'headPassRate' | 'flaky' | 'regressed'
> {
  /** Check labels that failed on at least one answer of either version. */
  failedChecks: string[];
  answers: Partial<Record<Version, AnswerFacts[]>>;
}

export interface ListedPrompt extends Omit<ReportPrompt, 'cases'> {
  cases: ListedCase[];
}

/** The report as listed: every field of the JSON report, with each case as listed. */
export interface ListedReport extends Omit<JsonReport, 'prompts'> {
  prompts: ListedPrompt[];
  /** The check labels the answers' {@link CheckFact}s point to. */
  checkLabels: string[];
}

/** The report as listed, and every case in full in report order (the order rows are numbered in). */
export function splitReport(report: JsonReport): { listed: ListedReport; cases: ReportCase[] } {
  const all: ReportCase[] = [];
  const labels = new Map<string, number>();
  const labelOf = (check: string): number => {
    let index = labels.get(check);
    if (index === undefined) labels.set(check, (index = labels.size));
    return index;
  };
  const prompts = report.prompts.map(({ cases, ...prompt }) => ({
    ...prompt,
    cases: cases.map((c) => {
      all.push(c);
      return listedCase(c, labelOf);
    }),
  }));
  return { listed: { ...report, prompts, checkLabels: [...labels.keys()] }, cases: all };
}

function listedCase(c: ReportCase, labelOf: (check: string) => number): ListedCase {
  const { caseId, suite, input, basePassRate, headPassRate, flaky, regressed } = c;
  const answers: ListedCase['answers'] = {};
  for (const version of ['base', 'head'] as const) {
    const side = c.trace?.[version];
    if (side)
      answers[version] = side.answers.map(({ status, costUsd, latencyMs, checks }) => ({
        status,
        ...(costUsd !== undefined && { costUsd }),
        ...(latencyMs !== undefined && { latencyMs }),
        checks: checks.map((check): CheckFact => [labelOf(check.check), check.error ? null : check.pass]),
      }));
  }
  return {
    caseId,
    ...(suite !== undefined && { suite }),
    input,
    ...(basePassRate !== undefined && { basePassRate }),
    ...(headPassRate !== undefined && { headPassRate }),
    flaky,
    regressed,
    failedChecks: (c.failures ?? []).map((f) => f.check),
    answers,
  };
}

/** What a row can be flagged as; a filter on several shows rows with any of them. */
export const FLAGS = ['regressed', 'failed', 'flaky', 'errored'] as const;
export type Flag = (typeof FLAGS)[number];

/** The suite name of a golden case (a dataset row, not an adversarial variant). */
export const GOLDEN = 'golden';

/** One case of one prompt, as listed. */
export interface Row {
  /** Position of the case in the report (where its full case is kept). */
  index: number;
  prompt: ListedPrompt;
  promptIndex: number;
  c: ListedCase;
  flags: ReadonlySet<Flag>;
  suite: string;
  /** Check labels that failed on at least one answer of either version. */
  failedChecks: ReadonlySet<string>;
}

/** Every case of every prompt, in report order. */
export function buildRows(report: ListedReport): Row[] {
  let index = 0;
  return report.prompts.flatMap((prompt, promptIndex) =>
    prompt.cases.map((c) => ({
      index: index++,
      prompt,
      promptIndex,
      c,
      flags: flagsOf(c),
      suite: c.suite ?? GOLDEN,
      failedChecks: new Set(c.failedChecks),
    })),
  );
}

function flagsOf(c: ListedCase): Set<Flag> {
  const flags = new Set<Flag>();
  if (c.regressed) flags.add('regressed');
  if (c.headPassRate !== undefined && c.headPassRate < 1) flags.add('failed');
  if (c.flaky) flags.add('flaky');
  // A call that gave no answer, or a check that could not decide: nothing is claimed about it.
  const answers = [...(c.answers.base ?? []), ...(c.answers.head ?? [])];
  if (answers.some((a) => a.status !== 'ok' || a.checks.some(([, pass]) => pass === null)))
    flags.add('errored');
  return flags;
}
