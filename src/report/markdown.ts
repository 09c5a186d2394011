import { describeFinding, headline, monthlySentence } from './findings.js';
import { markdownTable } from 'markdown-table';
import { formatLocation } from '../errors.js';
import { JOB_SUMMARY_MAX_BYTES } from '../github/limits.js';
import { STICKY_MARKER } from '../github/sticky-comment.js';
import { evaluatedPrompts, isFailingCase } from '../gate/verdict.js';
import type { CaseOutcome, GateResult, PromptStatus, PromptVerdict, VerdictStatus } from '../types.js';
import { formatCount, formatMs, formatPair, formatPercent, formatPoints, formatUsd } from './format.js';
import { FALLBACK_HEADER, candidateItems, fallbackRows } from './alternatives.js';
import { GUARDRAIL_HEADER, guardrailRows } from './guardrails.js';
import { HEADROOM_HEADER, headroomRows } from './headroom.js';
import { reportLink } from './report-link.js';
import { inlineCode, sanitizeText, truncate } from './sanitize.js';

/** How to render the report. */
export interface ReportOptions {
  /** Hard cap on the rendered length (a PR comment: 65,536). */
  maxChars: number;
  /** Link to the workflow run, where the job summary holds the full report. */
  detailsUrl?: string;
  /** Name of the uploaded artifact with the JSON report. */
  artifactName?: string;
  /** Where that artifact is downloaded: the report leads there for report.html. */
  artifactUrl?: string;
  /** Where this report goes, for the note on a cut report (the job summary does not point to itself). */
  surface?: ReportSurface;
}

/** Where a rendered report is posted. */
export type ReportSurface = 'comment' | 'check-run' | 'summary';

/** How the note on a cut report names the limit it hit. */
const SURFACE_LIMIT: Record<ReportSurface, string> = {
  comment: 'a GitHub comment',
  'check-run': 'a check run summary',
  summary: 'the job summary limit',
};

const STATUS: Record<VerdictStatus, { emoji: string; label: string; verdict: string }> = {
  pass: { emoji: '✅', label: 'pass', verdict: 'passed' },
  regression: { emoji: '❌', label: 'regression', verdict: 'regression' },
  threshold: { emoji: '❌', label: 'threshold', verdict: 'threshold breached' },
  inconclusive: { emoji: '❔', label: 'inconclusive', verdict: 'inconclusive' },
  error: { emoji: '⚠️', label: 'error', verdict: 'provider error' },
  skipped: { emoji: '⏭️', label: 'skipped', verdict: 'skipped' },
  removed: { emoji: '🗑️', label: 'removed', verdict: 'removed' },
};

/** Findings worst first, so the one that decided the verdict leads. */
const FINDING_ORDER: readonly PromptStatus[] = [
  'error',
  'regression',
  'threshold',
  'inconclusive',
  'skipped',
];

/** Room kept for the note that says what was cut and where the rest is. */
const CUT_NOTE_RESERVE = 800;

/** Lengths of untrusted excerpts in the failing-case list. */
const EXCERPT_CHARS = { input: 300, expected: 200, output: 400, reason: 300, proof: 200 };

function verdictLine(result: GateResult): string {
  const { emoji, verdict } = STATUS[result.status];
  return `### ${emoji} Promptgate: ${verdict} · ${sanitizeText(headline(result), 300)}`;
}

function promptCell(verdict: PromptVerdict): string {
  const was = verdict.previousFile ? ` (was ${inlineCode(verdict.previousFile)})` : '';
  const { base, head } = verdict.models ?? {};
  const model = base && head && base !== head ? `<br>model: ${inlineCode(base)} → ${inlineCode(head)}` : '';
  return `${inlineCode(verdict.prompt)}${was}${model}`;
}

function statusCell(verdict: PromptVerdict, unevaluated: number): string {
  const { emoji, label } = STATUS[verdict.status];
  const { planned, error, notRun } = verdict.counts;
  const problems = [
    error ? `${error}/${planned} calls failed` : '',
    notRun ? `${notRun}/${planned} not run` : '',
    unevaluated ? `${unevaluated} case${unevaluated === 1 ? '' : 's'} not evaluated` : '',
  ];
  const detail = problems.filter(Boolean).join(', ');
  return `${emoji} ${label}${detail ? ` (${detail})` : ''}`;
}

function tableRow(verdict: PromptVerdict, unevaluated: number): string[] {
  const flaky = verdict.cases.filter((c) => c.flaky).length;
  return [
    promptCell(verdict),
    verdict.change,
    statusCell(verdict, unevaluated),
    formatPair(verdict.passRate.base, verdict.passRate.head, formatPercent, formatPoints),
    costCell(verdict),
    formatPair(verdict.latency.base?.p95, verdict.latency.head?.p95, formatMs),
    flaky ? String(flaky) : '—',
  ];
}

/** Measured cost per case; when nothing was measured (no credentials), the pre-run estimate, marked as such. */
function costCell(verdict: PromptVerdict): string {
  const { cost, estimate } = verdict;
  if (cost.base || cost.head || !estimate) return formatPair(cost.base?.mean, cost.head?.mean, formatUsd);
  return `${formatPair(estimate.base?.usdPerCase, estimate.head?.usdPerCase, formatUsd)} estimated`;
}

/** `estimated per case: 412 → 530 input tokens, $0.00012 → $0.00016 (+33%); $0.015 for all 78 planned calls`. */
function estimateSentence(verdict: PromptVerdict): string | undefined {
  const { base, head } = verdict.estimate ?? {};
  if (!base && !head) return undefined;
  const tokens = formatCount;
  const output =
    base && head && base.outputTokensPerCall === head.outputTokensPerCall
      ? ''
      : `, ${formatPair(base?.outputTokensPerCall, head?.outputTokensPerCall, tokens)} output tokens`;
  const total = (base?.totalUsd ?? 0) + (head?.totalUsd ?? 0);
  const judge = verdict.estimate?.judge;
  const judging = judge ? `, and ${formatUsd(judge.totalUsd)} for ${judge.calls} judge calls` : '';
  return (
    `estimated per case: ${formatPair(base?.inputTokensPerCall, head?.inputTokensPerCall, tokens)} input tokens${output}, ` +
    `${formatPair(base?.usdPerCase, head?.usdPerCase, formatUsd)}; ${formatUsd(total)} for all ${verdict.counts.planned} planned calls${judging}`
  );
}

/** Whether the config holds candidates to a pass rate (`gate.candidateMinPassRate`): then they can fail the gate. */
function candidatesHeld(verdicts: PromptVerdict[]): boolean {
  return verdicts.some((v) =>
    v.findings.some((f) => f.facts.kind === 'fallback-pass-rate' && f.facts.role === 'candidate'),
  );
}

function table(rows: string[][]): string {
  const header = ['Prompt', 'Change', 'Status', 'Pass rate', 'Cost / case', 'p95 latency', 'Flaky cases'];
  return markdownTable([header, ...rows], { alignDelimiters: false });
}

/**
 * Cases of a prompt that was evaluated which no figure counts: a version that ran has no decided
 * answer for them (a failed call, a check that could not decide). A prompt with no decided answer
 * at all is accounted for by its own finding instead.
 */
function unevaluatedCases(verdict: PromptVerdict, evaluated: ReadonlySet<PromptVerdict>): CaseOutcome[] {
  return evaluated.has(verdict) ? verdict.cases.filter((c) => c.undecided) : [];
}

/** `- `gift-return` on `prompts/support.md`: head: 500 The server had an error`. */
function unevaluatedItem(prompt: string, c: CaseOutcome): string {
  const why = (['base', 'head'] as const).flatMap((version) => {
    const reason = c.undecided?.[version];
    return reason ? [`${version}: ${reason}`] : [];
  });
  return `- ${inlineCode(c.caseId, 80)} on ${inlineCode(prompt)}: ${sanitizeText(why.join('; '), EXCERPT_CHARS.reason)}`;
}

/** Regressions first, then required cases, then the largest drop, then the lowest head pass rate. */
function worstFirst(a: CaseOutcome, b: CaseOutcome): number {
  const drop = (c: CaseOutcome) => (c.basePassRate ?? 0) - (c.headPassRate ?? 0);
  return (
    Number(b.regressed) - Number(a.regressed) ||
    Number(b.required) - Number(a.required) ||
    drop(b) - drop(a) ||
    (a.headPassRate ?? 0) - (b.headPassRate ?? 0)
  );
}

function caseBlock(prompt: string, c: CaseOutcome): string {
  const tags = [
    c.regressed ? '**regressed**' : '**failed**',
    c.source ? inlineCode(formatLocation(c.source)) : '',
    `head ${c.headPassRate === undefined ? '—' : formatPercent(c.headPassRate)}` +
      (c.basePassRate === undefined ? '' : ` (base ${formatPercent(c.basePassRate)})`),
    c.required ? 'required' : '',
    c.flaky ? 'flaky' : '',
  ];
  const suite = c.suite ? ` [${sanitizeText(c.suite, 40)}]` : '';
  const lines = [
    `- ${inlineCode(c.caseId, 80)}${suite} on ${inlineCode(prompt)}: ${tags.filter(Boolean).join(' · ')}`,
    `  - Input: ${sanitizeText(c.input, EXCERPT_CHARS.input)}`,
  ];
  if (c.expected !== undefined)
    lines.push(`  - Expected: ${sanitizeText(c.expected, EXCERPT_CHARS.expected)}`);
  if (c.output !== undefined) lines.push(`  - Output: ${sanitizeText(c.output, EXCERPT_CHARS.output)}`);
  if (c.reasons.length) lines.push(`  - Why: ${sanitizeText(c.reasons.join('; '), EXCERPT_CHARS.reason)}`);
  // A proof already visible in the output excerpt would only repeat it.
  const proof = (c.evidence ?? []).filter((e) => !c.output?.includes(e.replace(/^…|…$/g, '')));
  if (proof.length) lines.push(`  - Proof: ${sanitizeText(proof.join(' · '), EXCERPT_CHARS.proof)}`);
  return lines.join('\n');
}

function metaLine(result: GateResult): string {
  const { meta } = result;
  const parts = [
    `base ${inlineCode(meta.base.slice(0, 12))} → head ${inlineCode(meta.head.slice(0, 12))}`,
    meta.priceTable ? `prices ${sanitizeText(meta.priceTable, 160)}` : '',
    `seed ${meta.seed}`,
    meta.judgeModel ? judgePart(meta) : '',
    `spent ${formatUsd(meta.totalCostUsd)} (estimated ${formatUsd(meta.estimatedCostUsd)})`,
    meta.tokens ? `tokens ${formatCount(meta.tokens.input)} in, ${formatCount(meta.tokens.output)} out` : '',
    meta.monthlyDeltaUsd === undefined
      ? ''
      : `monthly cost change ${meta.monthlyDeltaUsd >= 0 ? '+' : ''}${formatUsd(meta.monthlyDeltaUsd)} at the configured traffic`,
  ];
  return `<sub>${parts.filter(Boolean).join(' · ')}</sub>`;
}

/** `judge gpt-4o-2024-08-06: 24 calls, $0.0031`, with what is known of the calls. */
function judgePart(meta: GateResult['meta']): string {
  const calls =
    meta.judgeCalls === undefined ? '' : `${meta.judgeCalls} call${meta.judgeCalls === 1 ? '' : 's'}`;
  const cost = meta.judgeCostUsd === undefined ? '' : formatUsd(meta.judgeCostUsd);
  const figures = [calls, cost].filter(Boolean).join(', ');
  return `judge ${sanitizeText(meta.judgeModel ?? '', 80)}${figures ? `: ${figures}` : ''}`;
}

/** Where the full report is, for the note on a cut report. */
function elsewhere(opts: ReportOptions): string {
  const places: string[] = [];
  if (opts.surface !== 'summary') {
    const safeUrl =
      opts.detailsUrl && /^https:\/\/[^\s()<>]+$/.test(opts.detailsUrl) ? opts.detailsUrl : undefined;
    places.push(safeUrl ? `the [job summary](${safeUrl})` : 'the job summary');
  }
  places.push(
    opts.artifactName ? `the JSON report in artifact ${inlineCode(opts.artifactName)}` : 'the JSON report',
  );
  return places.join(' and ');
}

/**
 * A list section that fills what the budget allows and counts what it left out. Its items are made
 * as they are placed: a large run has tens of thousands of failing cases, each masked to be shown,
 * and a comment shows a few dozen.
 */
interface Section {
  title: string;
  count: number;
  item: (index: number) => string;
  /** Words for the cut note: `failing cases`. */
  noun: string;
}

/** A section of items already made. */
function listed(title: string, items: string[], noun: string): Section {
  return { title, count: items.length, item: (index) => items[index], noun };
}

/**
 * Renders the report as GitHub Markdown: the verdict, a table of prompts (base → head), findings,
 * failing cases, what was not run, and run facts. Over `maxChars`, it keeps the verdict, the table
 * and the worst cases, and says what was cut and where the rest is.
 */
export function renderReport(result: GateResult, opts: ReportOptions): string {
  const verdicts = result.prompts;
  const evaluated = new Set(evaluatedPrompts(result));
  const failing = verdicts
    .flatMap((v) => v.cases.filter(isFailingCase).map((c) => ({ prompt: v.prompt, c })))
    .sort((a, b) => worstFirst(a.c, b.c));
  const unevaluated = verdicts.flatMap((v) =>
    unevaluatedCases(v, evaluated).map((c) => ({ prompt: v.prompt, c })),
  );
  const findings = verdicts.flatMap((v) => [
    ...v.findings
      .filter((f) => f.status !== 'pass')
      .sort((a, b) => FINDING_ORDER.indexOf(a.status) - FINDING_ORDER.indexOf(b.status))
      .map(
        (f) =>
          `- ${STATUS[f.status].emoji} ${inlineCode(v.prompt)} ${sanitizeText(f.check, 80)}: ${sanitizeText(describeFinding(f), 600)}`,
      ),
    ...estimateItems(v),
  ]);
  const guardrails = guardrailRows(verdicts);
  const failingSection: Section = {
    title: `#### Failing cases (${failing.length})`,
    count: failing.length,
    item: (index) => caseBlock(failing[index].prompt, failing[index].c),
    noun: 'failing cases',
  };
  const sections: Section[] = [
    listed(
      // First: what the PR tried to change in the gate's own policy is for a human, not the gate, to accept.
      '#### Policy changes in this PR (not applied: the base commit decided; review them)',
      (result.policyChanges ?? []).map((p) => `- 🛡️ ${sanitizeText(p, 400)}`),
      'policy changes',
    ),
    listed('#### Findings', findings, 'findings'),
    listed(
      `#### Guardrails\n${markdownTable([[...GUARDRAIL_HEADER]], { alignDelimiters: false })}`,
      guardrails.map((row) => `| ${row.join(' | ')} |`),
      'guardrail rows',
    ),
    listed(
      `#### Fallbacks (head on each, beside the primary)\n${markdownTable([[...FALLBACK_HEADER]], { alignDelimiters: false })}`,
      fallbackRows(verdicts).map((row) => `| ${row.join(' | ')} |`),
      'fallback rows',
    ),
    listed(
      `#### Load headroom (busiest minute at 1x, 3x and 5x traffic.callsPerDay; ❌ past a limit, ❔ no limit known)\n${markdownTable([[...HEADROOM_HEADER]], { alignDelimiters: false })}`,
      headroomRows(verdicts).map((row) => `| ${row.join(' | ')} |`),
      'headroom rows',
    ),
    listed(
      `#### Candidate models (${candidatesHeld(verdicts) ? 'held to gate.candidateMinPassRate' : 'advice, never fails the gate'})`,
      candidateItems(verdicts),
      'candidates',
    ),
    failingSection,
    {
      title: `#### Cases not evaluated (${unevaluated.length})`,
      count: unevaluated.length,
      item: (index) => unevaluatedItem(unevaluated[index].prompt, unevaluated[index].c),
      noun: 'cases not evaluated',
    },
    listed(
      '#### Not run (not counted as passed)',
      result.skipped.map((s) => `- ⏭️ ${sanitizeText(s, 300)}`),
      'skipped items',
    ),
    listed(
      '#### Notes',
      [
        ...result.monthly.map((m) => `- ${sanitizeText(monthlySentence(m), 300)}`),
        ...verdicts.flatMap((v) =>
          v.foldedCases
            ? [
                `- ${inlineCode(v.prompt)}: ${v.foldedCases} duplicate case(s) folded (the same variables and expected answer in its testData and a dataset): each ran once.`,
              ]
            : [],
        ),
        ...(result.ignored ?? []).map(
          (i) =>
            `- ${inlineCode(`${i.file}:${i.line}`)} ${inlineCode(i.field)} is not used: ${sanitizeText(i.reason, 200)}`,
        ),
      ],
      'notes',
    ),
  ];

  let budget = opts.maxChars - CUT_NOTE_RESERVE;
  const take = (text: string): boolean => {
    if (text.length + 2 > budget) return false;
    budget -= text.length + 2;
    return true;
  };
  const omitted: string[] = [];
  const blocks = [STICKY_MARKER, verdictLine(result)];
  if (opts.artifactName && opts.artifactUrl) blocks.push(reportLink(opts.artifactName, opts.artifactUrl));
  blocks.forEach(take);
  // Nothing was gated: the verdict line says it all.
  if (verdicts.length === 0 && result.skipped.length === 0 && !result.policyChanges?.length)
    return blocks.join('\n\n');

  const rows: string[][] = [];
  take(table([]));
  for (const verdict of verdicts) {
    const row = tableRow(verdict, unevaluatedCases(verdict, evaluated).length);
    if (!take(row.join(' | ') + ' |  |')) break;
    rows.push(row);
  }
  if (rows.length) blocks.push(table(rows));
  if (rows.length < verdicts.length)
    omitted.push(`${verdicts.length - rows.length} of ${verdicts.length} prompts`);

  // The long list of failing cases gets what the short sections and the meta line leave.
  const byPriority = [...sections].sort(
    (a, b) => Number(a === failingSection) - Number(b === failingSection),
  );
  const meta = metaLine(result);
  const kept = new Map<Section, string[]>();
  let metaFits = false;
  for (const section of byPriority) {
    if (section === failingSection) metaFits = take(meta);
    kept.set(section, fill(section, take));
  }
  for (const section of sections) {
    const items = kept.get(section) ?? [];
    if (items.length) blocks.push([section.title, ...items].join('\n'));
    if (items.length < section.count) {
      omitted.push(`${section.count - items.length} of ${section.count} ${section.noun}`);
    }
  }
  if (metaFits) blocks.push(meta);
  if (omitted.length) {
    const where = SURFACE_LIMIT[opts.surface ?? 'comment'];
    blocks.push(
      `> ✂️ Cut to fit ${where}: ${omitted.join(', ')} not shown. The full report is in ${elsewhere(opts)}.`,
    );
  }
  const report = blocks.join('\n\n');
  // Only a maxChars smaller than the verdict and the cut note can get here; the limit still holds.
  return report.length <= opts.maxChars ? report : truncate(report, opts.maxChars);
}

/** What a prompt with no answer would cost, so a fork PR still shows the price of the change. */
function estimateItems(verdict: PromptVerdict): string[] {
  if (verdict.counts.ok > 0) return [];
  const sentence = estimateSentence(verdict);
  return sentence ? [`- ⏭️ ${inlineCode(verdict.prompt)} cost: ${sanitizeText(sentence, 300)}`] : [];
}

/** Items that fit, in order, stopping at the first that does not; the heading goes with the first. */
function fill(section: Section, take: (text: string) => boolean): string[] {
  const kept: string[] = [];
  for (let index = 0; index < section.count; index++) {
    const item = section.item(index);
    if (!take(kept.length ? item : `${section.title}\n${item}`)) break;
    kept.push(item);
  }
  return kept;
}

/** The job summary: the same report, capped so its UTF-8 size stays under GitHub's 1 MiB per step. */
export function renderJobSummary(
  result: GateResult,
  opts: Omit<ReportOptions, 'maxChars' | 'surface'>,
): string {
  // A UTF-16 code unit never takes more than 3 bytes in UTF-8, so this many characters always fit.
  return renderReport(result, {
    ...opts,
    maxChars: Math.floor(JOB_SUMMARY_MAX_BYTES / 3),
    surface: 'summary',
  });
}
