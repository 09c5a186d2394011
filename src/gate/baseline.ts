import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { UserError, jsonError } from '../errors.js';
import { canonicalJson } from '../providers/request-hash.js';
import { answerText } from '../run/answer-spill.js';
import type { PlannedCall, ScoredRecord, Version } from '../types.js';
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

/** sha256 of what a prompt version sends: its rendered messages, parameters and response format per case. */
export function promptHash(plan: PlannedCall[], prompt: string, version: Version = 'head'): string {
  const seen = new Map<string, unknown>();
  for (const call of plan) {
    if (call.prompt !== prompt || call.version !== version || seen.has(call.case.id)) continue;
    const { messages, parameters, responseFormat } = call.request;
    seen.set(call.case.id, { messages, parameters, responseFormat });
  }
  const ordered = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(canonicalJson(ordered)).digest('hex');
}

/** The head results of a run as a baseline; errored and undecided answers are left out. */
export function buildBaseline(records: ScoredRecord[], plan: PlannedCall[], createdAt: Date): Baseline {
  const prompts: Record<string, BaselinePrompt> = {};
  for (const record of records) {
    const pass = record.version === 'head' ? answerOutcome(record) : undefined;
    if (pass === undefined) continue;
    prompts[record.prompt] ??= {
      promptHash: promptHash(plan, record.prompt),
      model: plan.find((c) => c.prompt === record.prompt && c.version === 'head')?.request.model ?? '',
      cases: {},
    };
    const entry = (prompts[record.prompt].cases[record.caseId] ??= { passRate: 0, runs: [] });
    entry.runs.push({
      pass,
      checks: Object.fromEntries(answerChecks(record).map((c) => [c.check, c.pass])),
      costUsd: record.costUsd,
      latencyMs: record.latencyMs,
    });
    entry.passRate = entry.runs.filter((r) => r.pass).length / entry.runs.length;
    entry.output ??= record.output === undefined ? undefined : excerpt(answerText(record.output));
  }
  return { version: 1, createdAt: createdAt.toISOString(), prompts };
}

/** Writes the head results of a run as the approved baseline (JSON). */
export function writeBaseline(
  records: ScoredRecord[],
  plan: PlannedCall[],
  file: string,
  createdAt = new Date(),
): Baseline {
  const baseline = buildBaseline(records, plan, createdAt);
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}

/** Reads a baseline written by `writeBaseline`; a file of another shape is a user error. */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
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
  const candidate = parsed as Partial<Baseline> | null;
  if (candidate?.version !== 1 || typeof candidate.prompts !== 'object' || candidate.prompts === null) {
    throw new UserError(
      'Baseline has an unknown shape. Expected {"version": 1, "createdAt", "prompts"} as written by writeBaseline.',
      { file, line: 1 },
    );
  }
  return candidate as Baseline;
}

/** The baseline of one prompt as base records, so the verdict compares head against it as against a base run. */
export function baselineRecords(entry: BaselinePrompt, prompt: string): ScoredRecord[] {
  return Object.entries(entry.cases).flatMap(([caseId, approved]) =>
    approved.runs.map((run, repeat): ScoredRecord => ({
      key: `${prompt}#base#${caseId}#${repeat}`,
      prompt,
      version: 'base',
      caseId,
      repeat,
      status: 'ok',
      output: approved.output,
      costUsd: run.costUsd,
      latencyMs: run.latencyMs,
      attempts: 1,
      checks: Object.entries(run.checks).map(([check, pass]) => ({
        check,
        name: check,
        pass,
        score: pass ? 1 : 0,
        reason: 'approved baseline',
      })),
      pass: run.pass,
    })),
  );
}
