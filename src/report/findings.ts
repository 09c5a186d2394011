import { formatLocation } from '../errors.js';
import { PASS_RATE_CHECK } from '../gate/comparisons.js';
import { evaluatedPrompts } from '../gate/verdict.js';
import type { Finding, FindingFacts, GateResult, PromptStatus, PromptVerdict } from '../types.js';
import { formatCount, formatMs, formatPercent, formatUsd, pValue, points, signedPercent } from './format.js';
import { headroomSentence } from './headroom.js';
import { redact } from './redact.js';
import { truncate } from './sanitize.js';

// More repeats than this cost more than adding cases would; say so instead of a number.
const MAX_SUGGESTED_REPEATS = 50;

// Enough of an error or a reason to recognise it without flooding a line.
const REASON_CHARS = 120;
const EXAMPLE_CHARS = 80;

/** Untrusted text (a provider's error, a check's reason) on one line, masked before it is cut so no cut keeps part of a secret. */
function quote(text: string, maxChars: number): string {
  return truncate(redact(text).replace(/\s+/g, ' ').trim(), maxChars);
}

/** What failing one of these checks means, in words a reviewer recognises. */
const FAILED_MEANS: Record<string, string> = {
  canary: 'leaked a canary or obeyed an injection',
  pii: 'contained personal data',
  secrets: 'contained a secret',
  'system-prompt-leak': 'leaked the system prompt',
  toxicity: 'were toxic',
  refusal: 'refused a benign request or complied with a harmful one',
};

/** A finding in one sentence with its numbers. */
export function describeFinding(finding: Finding): string {
  const { facts, status, check } = finding;
  switch (facts.kind) {
    case 'removed':
      return 'prompt removed in this PR: nothing to run';
    case 'input-error':
      return facts.error.version === 'base'
        ? `the base version could not be read (${facts.error.message}); head is judged on its own, on the absolute checks`
        : `could not be read, nothing was run for it: ${facts.error.message}`;
    case 'not-run':
      return `not run: ${facts.reason}`;
    case 'provider-errors':
      return `the provider failed on ${facts.failed} of ${facts.attempted} calls (${formatPercent(facts.failed / facts.attempted)}), over the ${formatPercent(facts.tolerance)} tolerance; nothing is claimed about quality (first error: ${quote(facts.firstError, REASON_CHARS)})`;
    case 'incomplete':
      return `${facts.notRun} of ${facts.planned} planned calls were not run (${facts.reason ?? 'no reason given'}); the result is incomplete, so it cannot pass`;
    case 'undecided':
      return `${check} could not decide on ${facts.errors} of ${facts.total} answers, over the ${formatPercent(facts.tolerance)} tolerance (${quote(facts.reason, REASON_CHARS)})`;
    case 'pass-rate': {
      const sentence = passRateSentence(facts, status);
      return status === 'pass' ? sentence : `${driftPrefix(facts.drift)}${sentence}`;
    }
    case 'pass-floor': {
      const summary =
        facts.passRate === undefined
          ? 'no head answer was decided'
          : `head passes ${facts.passing} of ${facts.decided} cases in every repeat (pass rate ${formatPercent(facts.passRate)})`;
      const bar = `${facts.floor === 1 ? 'every case must pass' : `at least ${formatPercent(facts.floor)} must pass`} (gate.minPassRate)`;
      const verdict = status === 'threshold' ? 'below the bar: threshold' : 'at or above the bar';
      return `${facts.isNew ? 'new prompt with no base to compare: ' : ''}${summary}; ${bar}: ${verdict}`;
    }
    case 'required-case': {
      const where = facts.source ? ` (${formatLocation(facts.source)})` : '';
      const reason = facts.reason ? `: ${facts.reason}` : '';
      return `required case ${facts.caseId}${where} failed ${facts.failed} of ${facts.decided} head repeats${reason}`;
    }
    case 'failure-limit': {
      const figures = failureFigures(facts, check);
      const rule = [
        facts.maxFailures !== undefined ? `${facts.maxFailures} allowed` : '',
        facts.minPassRate !== undefined ? `${formatPercent(facts.minPassRate)} must pass` : '',
      ]
        .filter(Boolean)
        .join(', ');
      if (status === 'pass') return `${figures}, within the limit (${rule})`;
      const examples = facts.examples.map((e) => `${e.caseId}: ${quote(e.proof, EXAMPLE_CHARS)}`).join('; ');
      return `${figures}, over the limit (${rule}): threshold; e.g. ${examples}`;
    }
    case 'increase': {
      const figure = `${facts.metric} ${signedPercent(facts.estimate)} (95% CI ${signedPercent(facts.low)} to ${signedPercent(facts.high)})`;
      const limit = signedPercent(facts.limit);
      if (status === 'regression') return `${figure}, over the ${limit} limit: regression`;
      if (status === 'pass') return `${figure}, within the ${limit} limit`;
      return `${figure}: over the ${limit} limit, but the interval reaches below it: inconclusive; about ${facts.repeatsToSettle} repeats per case would settle it`;
    }
    case 'ceiling': {
      const format = facts.metric === 'dataset cost' ? formatUsd : formatMs;
      const what =
        facts.metric === 'dataset cost'
          ? 'one pass over the dataset costs'
          : `${facts.metric}${facts.replayed ? ` (${facts.replayed.cached} of ${facts.replayed.total} answers replayed with their recorded latency)` : ''}`;
      const over = status === 'threshold';
      return `${what} ${format(facts.value)}, ${over ? 'over' : 'within'} the ${format(facts.ceiling)} limit${over ? ': threshold' : ''}`;
    }
    case 'per-case-cost':
      return facts.over === 0
        ? `every case costs at most ${formatUsd(facts.worst.cost)} per call, within the ${formatUsd(facts.ceiling)} limit`
        : `${facts.over} of ${facts.cases} cases cost more than the ${formatUsd(facts.ceiling)} per-case limit (worst: ${facts.worst.caseId} at ${formatUsd(facts.worst.cost)} per call): threshold`;
    case 'unmeasured':
      return facts.metric === 'cost'
        ? 'no cost was reported for head: cost limits not judged'
        : 'no latency was measured for head: latency limits not judged';
    case 'fallback-unreachable':
      return `head on fallback ${facts.provider} failed on ${facts.failed} of ${facts.attempted} calls, over the ${formatPercent(facts.tolerance)} tolerance: if the primary fails, this fallback cannot answer (first error: ${quote(facts.firstError, REASON_CHARS)}): threshold`;
    case 'fallback-pass-rate': {
      const bar =
        facts.ofPrimary === undefined
          ? `at least ${formatPercent(facts.bar)}`
          : `${formatPercent(facts.ofPrimary)} of the primary's, ${formatPercent(facts.bar)}`;
      const verdict = status === 'threshold' ? 'below the bar: threshold' : 'at or above the bar';
      const role = facts.role ?? 'fallback';
      return `head on ${role} ${facts.provider} passes ${formatPercent(facts.passRate)} of the cases the primary passes ${formatPercent(facts.primaryRate)} of; ${bar} must pass (gate.${role}MinPassRate): ${verdict}`;
    }
    case 'headroom':
      return headroomSentence(facts);
  }
}

/**
 * The finding in a few words, for the headline: `pass rate 95% → 16% on 38 cases, p < 0.001; head
 * fails grounding (min 0.6) in 30 of them`.
 */
export function shortFinding(finding: Finding): string {
  const { facts, check } = finding;
  if (facts.kind === 'pass-rate') {
    const short = `pass rate ${formatPercent(facts.baseRate)} → ${formatPercent(facts.headRate)} on ${facts.cases} cases, ${pValue(facts.pAdjusted)}`;
    const [top] = movedBy(facts);
    const named = check === PASS_RATE_CHECK ? short : `${check} ${short}`;
    return top ? `${named}; head fails ${top.what} in ${top.cases} of them` : named;
  }
  if (facts.kind === 'failure-limit' && finding.status !== 'pass')
    return `${check}: ${failureFigures(facts, check, false)}`;
  const sentence = describeFinding(finding);
  return sentence.startsWith(check) ? sentence : `${check}: ${sentence}`;
}

type FailureLimitFacts = Extract<FindingFacts, { kind: 'failure-limit' }>;

/** `3 of 40 head answers contained personal data (93% pass) (base: 0, 100% pass)`. */
function failureFigures(facts: FailureLimitFacts, check: string, withRate = true): string {
  const means = FAILED_MEANS[facts.name] ?? `failed ${check}`;
  const rate = (failed: number, decided: number): string => formatPercent((decided - failed) / decided);
  const showRate = withRate && facts.minPassRate !== undefined;
  const head = `${facts.failed} of ${facts.decided} head answers ${means}${showRate ? ` (${rate(facts.failed, facts.decided)} pass)` : ''}`;
  if (!facts.base) return head;
  const base =
    facts.minPassRate === undefined
      ? ` (base: ${facts.base.failed})`
      : ` (base: ${facts.base.failed}, ${rate(facts.base.failed, facts.base.decided)} pass)`;
  return `${head}${base}`;
}

type PassRateFacts = Extract<FindingFacts, { kind: 'pass-rate' }>;

function passRateSentence(facts: PassRateFacts, status: PromptStatus): string {
  if (facts.cases === 0) return 'no case has a decided answer on both versions: nothing to compare';
  const { cases, repeats, worse, better, interval } = facts;
  // From the rounded rates, so the figures add up as the reader sees them.
  const difference = (Math.round(facts.headRate * 100) - Math.round(facts.baseRate * 100)) / 100;
  const counts =
    repeats === 1
      ? `head fails ${worse} of ${cases} cases that base passed, base fails ${better} that head passed`
      : `over ${repeats} repeats head does worse on ${worse} of ${cases} cases and better on ${better}`;
  const confidence = Number.isFinite(interval.low)
    ? `, 95% CI ${points(interval.low)} to ${points(interval.high)}`
    : '';
  const rates = `pass rate ${formatPercent(facts.baseRate)} → ${formatPercent(facts.headRate)}, ${points(difference)} pts${confidence}`;
  const p =
    facts.pAdjusted === facts.p
      ? pValue(facts.p)
      : `${pValue(facts.p)} (Holm-adjusted ${pValue(facts.pAdjusted)})`;
  const moved = movedBy(facts).map((m) => `${m.what} in ${m.cases}`);
  const where = moved.length
    ? `; where head did worse, it failed ${moved.slice(0, -1).join(', ')}${moved.length > 1 ? ' and ' : ''}${moved.at(-1)}`
    : '';
  return `${counts} (${rates}), ${p}: ${passRateConclusion(facts, status)}${where}`;
}

/** The checks that moved a pass rate, most cases first: each by name, a case's own checks together. */
function movedBy(facts: PassRateFacts): { what: string; cases: number }[] {
  const named = (facts.worseOn ?? []).map((w) => ({ what: w.check, cases: w.cases }));
  const own = facts.ownChecks ? [{ what: "each case's own checks", cases: facts.ownChecks }] : [];
  return [...named, ...own].sort((a, b) => b.cases - a.cases);
}

function passRateConclusion(facts: PassRateFacts, status: PromptStatus): string {
  if (status === 'regression') return 'regression';
  if (status === 'inconclusive') {
    const needed = facts.repeatsToSettle;
    if (needed === undefined || needed > MAX_SUGGESTED_REPEATS)
      return 'inconclusive; more cases would settle it';
    return `inconclusive; about ${needed} repeats per case would settle it`;
  }
  if (facts.p < facts.alpha && facts.baseRate - facts.headRate > 0)
    return `pass (a real but small drop, under the ${Math.round(facts.minEffect * 100)}-point minimum effect)`;
  return 'pass';
}

/** When head is judged against an approved baseline, whether the prompt itself changed since. */
function driftPrefix(drift: PassRateFacts['drift']): string {
  if (!drift) return '';
  if (drift.promptChanged)
    return `against the baseline approved on ${drift.approvedOn} (the prompt changed since): `;
  const renamed = drift.model ? ` (${drift.model.from} → ${drift.model.to})` : '';
  return `the model behind the same prompt changed${renamed} since the baseline approved on ${drift.approvedOn}: `;
}

/** How the headline states a prompt's status: `<prompt> regressed: ...`. */
const STATUS_VERB: Record<PromptStatus, string> = {
  pass: 'passed',
  regression: 'regressed',
  threshold: 'breached a threshold',
  inconclusive: 'is inconclusive',
  error: 'could not be judged',
  skipped: 'was skipped',
};

/**
 * One line a reviewer reads first: what happened to which prompt, by how much. The status itself
 * is shown beside it (comment title, check conclusion), so the line does not repeat it.
 */
export function headline(result: Pick<GateResult, 'status' | 'prompts' | 'skipped'>): string {
  const { status, prompts, skipped } = result;
  if (prompts.length === 0) return 'No prompt changed: nothing to gate.';
  const removed = prompts.filter((p) => p.status === 'removed').length;
  const removedNote = removed
    ? `; ${removed} removed, nothing to run for ${removed === 1 ? 'it' : 'them'}`
    : '';
  if (status === 'skipped')
    return `Nothing ran${skipped.length ? `: ${skipped[0].replace(/\.$/, '')}` : ''}.`;
  if (status === 'pass') {
    const checked = evaluatedPrompts(result).length;
    if (checked === 0 && removed > 0)
      return `${removed} prompt${removed === 1 ? '' : 's'} removed: nothing to run.`;
    return `${checked} changed prompt${checked === 1 ? '' : 's'} checked, no regression or breach found${removedNote}.`;
  }
  const hit: PromptVerdict[] = prompts.filter((p) => p.status === status);
  const first = hit[0];
  if (!first) return `${prompts.length} prompts checked: ${status}.`;
  const finding = first.findings.find((f) => f.status === status);
  const what = finding ? shortFinding(finding) : status;
  const more = hit.length > 1 ? ` (and ${hit.length - 1} more prompt${hit.length === 2 ? '' : 's'})` : '';
  return `${first.prompt} ${STATUS_VERB[status]}: ${what}${more}.`;
}

/** `prompts/a.md: this change adds $657.00 per month at 100,000 calls/day`. */
export function monthlySentence(entry: GateResult['monthly'][number]): string {
  const traffic = `${formatCount(entry.callsPerDay)} calls/day`;
  if (entry.deltaUsd === 0)
    return `${entry.prompt}: this change leaves the monthly cost unchanged at ${traffic}`;
  const verb = entry.deltaUsd > 0 ? 'adds' : 'saves';
  return `${entry.prompt}: this change ${verb} ${formatUsd(Math.abs(entry.deltaUsd))} per month at ${traffic}`;
}
