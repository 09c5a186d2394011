import { isFailingCase } from '../gate/verdict.js';
import { describeFinding } from '../report/findings.js';
import { plainText } from '../report/sanitize.js';
import type { GateResult, PromptVerdict, VerdictStatus } from '../types.js';
import { CHECK_RUN_TITLE_MAX_CHARS, MAX_ANNOTATIONS } from './limits.js';

/** A check run annotation, as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** Statuses that put a failure mark on the lines that caused them. */
const FAILING: ReadonlySet<VerdictStatus> = new Set(['regression', 'threshold', 'error']);

/** Joins sorted line numbers into runs, one annotation per run of consecutive lines. */
function lineRuns(lines: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else runs.push([line, line]);
  }
  return runs;
}

/** Annotations are plain text, but bidi controls from model output would still reorder what is shown. */
function title(text: string): string {
  return plainText(text, CHECK_RUN_TITLE_MAX_CHARS);
}

/** Annotations on the prompt lines the PR changed, when that prompt did not pass. */
function promptAnnotations(verdict: PromptVerdict): CheckAnnotation[] {
  if (verdict.status === 'removed' || verdict.status === 'pass' || verdict.status === 'skipped') return [];
  const message = verdict.findings.map(describeFinding).join('\n') || `Status: ${verdict.status}`;
  return lineRuns(verdict.changedLines ?? []).map(([start, end]) => ({
    path: verdict.prompt,
    start_line: start,
    end_line: end,
    annotation_level: FAILING.has(verdict.status) ? 'failure' : 'warning',
    title: title(`Promptgate: ${verdict.status} in ${verdict.prompt}`),
    message: plainText(message),
  }));
}

/** Annotations on the dataset line of each case that failed on head. */
function caseAnnotations(verdict: PromptVerdict): CheckAnnotation[] {
  return verdict.cases
    .filter((c) => c.source && isFailingCase(c))
    .map((c) => ({
      path: c.source!.file,
      start_line: c.source!.line,
      end_line: c.source!.line,
      annotation_level: c.regressed || c.required ? 'failure' : 'warning',
      title: title(`Case ${c.caseId} ${c.regressed ? 'regressed' : 'failed'} on ${verdict.prompt}`),
      message: plainText(c.reasons.join('\n')) || 'Failed on the head version of the prompt.',
    }));
}

/**
 * Annotations for a check run: on the head prompt lines the PR changed, and on the dataset line of
 * each failing case; regressions first, at most {@link MAX_ANNOTATIONS}.
 */
export function buildAnnotations(result: GateResult): CheckAnnotation[] {
  const all = result.prompts.flatMap((verdict) => [
    ...promptAnnotations(verdict),
    ...caseAnnotations(verdict),
  ]);
  const rank = { failure: 0, warning: 1, notice: 2 };
  return all
    .map((annotation, order) => ({ annotation, order }))
    .sort(
      (a, b) =>
        rank[a.annotation.annotation_level] - rank[b.annotation.annotation_level] || a.order - b.order,
    )
    .slice(0, MAX_ANNOTATIONS)
    .map(({ annotation }) => annotation);
}
