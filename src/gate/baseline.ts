import { createHash } from 'node:crypto';
import { UserError, jsonError } from '../errors.js';
import { canonicalJson } from '../providers/request-hash.js';
import { indentedJson } from '../report/json-layout.js';
import { writePieces } from '../report/write-pieces.js';
import { answerText } from '../run/answer-spill.js';
import { RunRecord, type RecordSource } from '../run/run-record.js';
import { Shared } from '../interned.js';
import type { CheckOutcome, PlannedCall, ScoredRecord, Version } from '../types.js';
import { readRuns, readText } from '../text-file.js';
import { cutJson } from '../json-cut.js';
import { answerChecks, answerOutcome, excerpt } from './records.js';

/** One approved answer: whether it passed, per check, and what it cost. */
export interface BaselineRun {
  pass: boolean;
  /** Display name of each per-answer check -> passed. */
  checks: Record<string, boolean>;
  costUsd?: number;
  latencyMs?: number;
}

/** The approved results of one case. */
export interface BaselineCase {
  passRate: number;
  runs: BaselineRun[];
  output?: string;
}

/** The approved results of one prompt. */
export interface BaselinePrompt {
  /** sha256 of the requests sent (the prompt rendered on every case), model left out. */
  promptHash: string;
  model: string;
  cases: Record<string, BaselineCase>;
}

/** The approved results of the main branch: what a scheduled drift check compares against. */
export interface Baseline {
  version: 1;
  createdAt: string;
  prompts: Record<string, BaselinePrompt>;
}

/**
 * sha256 of what a prompt version sends: its rendered messages, parameters and response format per
 * case, as the canonical JSON of `[[caseId, {messages, parameters, responseFormat}], ...]` in case id
 * order. Hashed a case at a time: the plan renders a request each time it is read, and holding every
 * case's request and the text of all of them at once was the peak of a drift check (a 30,000-case
 * plan: some 100 MB allocated for this hash alone).
 */
export function promptHash(plan: PlannedCall[], prompt: string, version: Version = 'head'): string {
  const first = new Map<string, PlannedCall>();
  for (const call of plan) {
    if (call.prompt === prompt && call.version === version && !first.has(call.case.id))
      first.set(call.case.id, call);
  }
  const ids = [...first.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // The array's text written element by element: the same bytes as the whole array's canonical JSON.
  const hash = createHash('sha256').update('[');
  ids.forEach((id, i) => {
    const { messages, parameters, responseFormat } = first.get(id)!.request;
    if (i > 0) hash.update(',');
    hash.update(canonicalJson([id, { messages, parameters, responseFormat }]));
  });
  return hash.update(']').digest('hex');
}

/** The head results of a run as a baseline; errored and undecided answers are left out. */
export function buildBaseline(records: ScoredRecord[], plan: PlannedCall[], createdAt: Date): Baseline {
  const prompts = [...headAnswers(records)].map(([prompt, cases]): [string, BaselinePrompt] => [
    prompt,
    {
      ...approvedPrompt(plan, prompt),
      cases: Object.fromEntries([...cases].map(([caseId, answers]) => [caseId, baselineCase(answers)])),
    },
  ]);
  return { version: 1, createdAt: createdAt.toISOString(), prompts: Object.fromEntries(prompts) };
}

/** Head's decided answers by prompt and case, in the order first seen. */
function headAnswers(records: ScoredRecord[]): Map<string, Map<string, ScoredRecord[]>> {
  const prompts = new Map<string, Map<string, ScoredRecord[]>>();
  for (const record of records) {
    if (record.version !== 'head' || answerOutcome(record) === undefined) continue;
    let cases = prompts.get(record.prompt);
    if (!cases) prompts.set(record.prompt, (cases = new Map<string, ScoredRecord[]>()));
    const answers = cases.get(record.caseId);
    if (answers) answers.push(record);
    else cases.set(record.caseId, [record]);
  }
  return prompts;
}

/** What a baseline records of a prompt besides its cases. */
function approvedPrompt(plan: PlannedCall[], prompt: string): Omit<BaselinePrompt, 'cases'> {
  return {
    promptHash: promptHash(plan, prompt),
    model: plan.find((c) => c.prompt === prompt && c.version === 'head')?.request.model ?? '',
  };
}

/** A case's approved results: its decided head answers (at least one). */
function baselineCase(answers: ScoredRecord[]): BaselineCase {
  const runs = answers.map((record): BaselineRun => ({
    pass: answerOutcome(record) === true,
    checks: Object.fromEntries(answerChecks(record).map((c) => [c.check, c.pass])),
    costUsd: record.costUsd,
    latencyMs: record.latencyMs,
  }));
  const shown = answers.find((record) => record.output !== undefined)?.output;
  return {
    passRate: runs.filter((r) => r.pass).length / runs.length,
    runs,
    output: shown === undefined ? undefined : excerpt(answerText(shown)),
  };
}

/**
 * Writes the head results of a run as the approved baseline: what {@link buildBaseline} gives, laid
 * out as `JSON.stringify(baseline, null, 2)` lays it out, made and written a case at a time: the
 * whole baseline's objects and text are never held at once (at 100,000 cases its text is some 30 MB).
 */
export function writeBaseline(
  records: ScoredRecord[],
  plan: PlannedCall[],
  file: string,
  createdAt = new Date(),
): void {
  writePieces(file, baselinePieces(headAnswers(records), plan, createdAt));
}

/** The baseline's text in pieces, a case each. */
function* baselinePieces(
  prompts: Map<string, Map<string, ScoredRecord[]>>,
  plan: PlannedCall[],
  createdAt: Date,
): Generator<string> {
  const head: Omit<Baseline, 'prompts'> = { version: 1, createdAt: createdAt.toISOString() };
  yield indentedJson(head, 0).slice(0, -2); // without the line break and brace that close it
  yield ',\n  "prompts": {';
  let first = true;
  for (const [prompt, cases] of prompts) {
    const entry = indentedJson(approvedPrompt(plan, prompt), 2).slice(0, -6); // without its close
    yield `${first ? '' : ','}\n    ${JSON.stringify(prompt)}: ${entry},\n      "cases": {`;
    first = false;
    let firstCase = true;
    for (const [caseId, answers] of cases) {
      yield `${firstCase ? '' : ','}\n        ${JSON.stringify(caseId)}: ${indentedJson(baselineCase(answers), 4)}`;
      firstCase = false;
    }
    // A prompt is listed only with a decided answer, so its cases are never empty.
    yield '\n      }\n    }';
  }
  yield prompts.size > 0 ? '\n  }\n}\n' : '}\n}\n';
}

/** A baseline as the verdict reads it: each prompt's approved runs already made into base records. */
export interface ApprovedBaseline {
  createdAt: string;
  /** By prompt id (a map: a prompt path is never read as one of an object's own members). */
  prompts: Map<string, ApprovedPrompt>;
}

/** One prompt's approved results: what its requests hashed to, its model, its runs as base records. */
export interface ApprovedPrompt {
  promptHash: string;
  model: string;
  records: ScoredRecord[];
}

/**
 * Reads a baseline written by `writeBaseline`, each case made into base records as it is read: the
 * file is read in runs and cut a case at a time (`cutJson`), so neither its text nor its parsed
 * objects are held whole (at 100,000 cases, 35 MB of text and as much again parsed, at the start of a
 * drift check). A file the cut cannot take, or with anything wrong in it, is read again whole: that
 * reading is the one that names where it breaks, as a user error.
 */
export function readBaseline(file: string): ApprovedBaseline {
  return readBaselineByCase(file) ?? readWhole(file);
}

/** What the file holds at `path` (a member's name at each depth below "prompts") is not a baseline's. */
type Refuse = (problem: string, path: string[]) => never;

/** Reads a case (the value at "prompts" > prompt > "cases" > case) into records, or refuses it. */
type CaseReader = (prompt: string, caseId: string, approved: unknown, refuse: Refuse) => ScoredRecord[];

/**
 * The baseline cut a case at a time, or undefined if anything in it is not as writeBaseline writes it
 * (exported for its tests: {@link readBaseline} is what reads a baseline).
 */
export function readBaselineByCase(file: string): ApprovedBaseline | undefined {
  const outcomes = new Shared<CheckOutcome[]>();
  /** Each cut case's records, by the number the skeleton holds in its place. */
  const made: ScoredRecord[][] = [];
  const unreadable: Refuse = () => {
    throw new Unreadable();
  };
  try {
    const skeleton = readRuns(file, (runs) =>
      cutJson(runs, ['prompts', '*', 'cases', '*'], ([, prompt, , caseId], text) => {
        made.push(caseRecords(prompt, caseId, JSON.parse(text), outcomes, unreadable));
        return made.length - 1;
      }),
    );
    if (skeleton === undefined) return undefined;
    return approvedBaseline(
      JSON.parse(skeleton),
      (_prompt, _caseId, index) =>
        typeof index === 'number' && made[index] ? made[index] : unreadable('', []),
      unreadable,
    );
  } catch {
    // Unreadable, not JSON, or not a baseline's: the whole reading says which, and where.
    return undefined;
  }
}

/** Thrown to leave the reading by case for the whole one. */
class Unreadable extends Error {}

/** The baseline parsed whole: slower and larger, and the reading that names where a bad file breaks. */
function readWhole(file: string): ApprovedBaseline {
  let text: string;
  try {
    // In runs, not whole (src/text-file.ts): a large run's baseline is megabytes.
    text = readText(file);
  } catch (error) {
    throw new UserError(
      `Cannot read baseline ${file}: ${(error as Error).message}. Expected a file written by a previous baseline run.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw jsonError(
      text,
      error,
      file,
      `Baseline is not valid JSON: ${(error as Error).message}. Expected a file written by a previous baseline run.`,
    );
  }
  const refuse: Refuse = (problem, path) => {
    throw new UserError(problem, { file, line: lineOf(text, path) });
  };
  const outcomes = new Shared<CheckOutcome[]>();
  return approvedBaseline(
    parsed,
    (prompt, caseId, approved) => caseRecords(prompt, caseId, approved, outcomes, refuse),
    refuse,
  );
}

/** A parsed baseline checked and made into records, its cases read by `readCase`. */
function approvedBaseline(parsed: unknown, readCase: CaseReader, refuse: Refuse): ApprovedBaseline {
  const candidate = parsed as Partial<Baseline> | null;
  if (candidate?.version !== 1 || typeof candidate.createdAt !== 'string' || !isObject(candidate.prompts)) {
    refuse(
      'Baseline has an unknown shape. Expected {"version": 1, "createdAt", "prompts"} as written by writeBaseline.',
      [],
    );
  }
  const prompts = new Map<string, ApprovedPrompt>();
  for (const [prompt, entry] of Object.entries(candidate.prompts)) {
    if (
      !isObject(entry) ||
      typeof entry.promptHash !== 'string' ||
      typeof entry.model !== 'string' ||
      !isObject(entry.cases)
    )
      refuse(
        `Baseline entry of prompt ${JSON.stringify(prompt)} has an unknown shape. Expected {"promptHash", "model", "cases"} as written by writeBaseline.`,
        [prompt],
      );
    // Each case read once, in the order of the file's members.
    const records = Object.entries(entry.cases as Record<string, unknown>).flatMap(([caseId, approved]) =>
      readCase(prompt, caseId, approved, refuse),
    );
    prompts.set(prompt, { promptHash: entry.promptHash, model: entry.model, records });
  }
  return { createdAt: candidate.createdAt, prompts };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with a case of a baseline file, if anything. */
function caseProblem(approved: unknown): string | undefined {
  if (!isObject(approved) || !Array.isArray(approved.runs)) return 'expected {"passRate", "runs", "output"}';
  if (approved.output !== undefined && typeof approved.output !== 'string') return 'its output is not text';
  for (const run of approved.runs as unknown[]) {
    if (!isObject(run) || typeof run.pass !== 'boolean' || !isObject(run.checks))
      return 'a run is not {"pass": true or false, "checks": {...}}';
    if (Object.values(run.checks).some((pass) => typeof pass !== 'boolean'))
      return "a run's checks are not each true or false";
    for (const figure of ['costUsd', 'latencyMs'])
      if (run[figure] !== undefined && (typeof run[figure] !== 'number' || !Number.isFinite(run[figure])))
        return `a run's ${figure} is not a number`;
  }
  return undefined;
}

/** The line of a baseline's text where the members named by `path` (a key at each depth) first appear, or 1. */
function lineOf(text: string, path: string[]): number {
  let at = 0;
  for (const key of path) {
    const found = text.indexOf(`${JSON.stringify(key)}:`, at);
    if (found < 0) return 1;
    at = found;
  }
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * One case of a baseline as base records, so the verdict compares head against it as against a base
 * run, or refused if it is not as writeBaseline writes it. Runs whose checks came out alike share one
 * list of outcomes (never changed once made): a drift check holds these beside head's records.
 */
function caseRecords(
  prompt: string,
  caseId: string,
  approved: unknown,
  outcomes: Shared<CheckOutcome[]>,
  refuse: Refuse,
): ScoredRecord[] {
  const problem = caseProblem(approved);
  if (problem)
    refuse(
      `Baseline case ${JSON.stringify(caseId)} of prompt ${JSON.stringify(prompt)}: ${problem}. Expected a case as written by writeBaseline.`,
      [prompt, caseId],
    );
  const { runs, output } = approved as BaselineCase;
  // What the case's records read their prompt, version and case from (one object for its repeats).
  const source: RecordSource = { prompt, version: 'base', case: { id: caseId } };
  return runs.map((run, repeat): ScoredRecord => {
    const checks = Object.entries(run.checks);
    const made = checks.map(([check, pass]): CheckOutcome => ({
      check,
      name: check,
      pass,
      score: pass ? 1 : 0,
      reason: 'approved baseline',
    }));
    return new RunRecord(source, repeat, {
      status: 'ok',
      output,
      costUsd: run.costUsd,
      latencyMs: run.latencyMs,
      attempts: 1,
      checks: outcomes.share(made, JSON.stringify(checks)),
      pass: run.pass,
    });
  });
}
