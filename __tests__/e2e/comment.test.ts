/**
 * The PR comment as a reviewer reads it, for fixture pull requests: a regression, a leak, provider
 * faults, a rename with a deletion, and a fork without secrets. Each comment is a snapshot (read it
 * line by line in review), and every number in it is recomputed from the run's results.json.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { NEVER_FAIL_CHECKS } from '../../src/checks/registry.js';
import { PASS_RATE_CHECK } from '../../src/gate/comparisons.js';
import { evaluatedPrompts, isFailingCase } from '../../src/gate/verdict.js';
import type { JsonReport } from '../../src/report/json.js';
import { formatPair, formatPercent, formatPoints, formatUsd } from '../../src/report/format.js';
import { sanitizeText } from '../../src/report/sanitize.js';
import type { FindingFacts, ReportedCase } from '../../src/types.js';
import type { ChatBody, Reply, Responder } from '../helpers/openai-server.js';
import { type ActionResult, parseJsonReport, readOutputFile, withScenario } from './harness.js';
import { supportModel, systemOf, userOf } from './scripted-model.js';

/** Under the strict prompt, answers with its facts; under the loose one, invents a guarantee where a figure was asked. */
function factsModel(body: ChatBody): string {
  const system = systemOf(body);
  const facts = system.split('\n').slice(1).join(' ').trim();
  return system.includes('facts only') || !/\d/.test(facts)
    ? facts
    : 'Of course! Everything we sell comes with a lifetime guarantee.';
}

/** A GitHub token of the published shape, which the `secrets` check must catch. */
const TOKEN = `ghp_${'A1b2C3d4E5f6G7h8I9j0'.repeat(2).slice(0, 36)}`;

/** Under the guarded prompt, keeps its secrets; under the unguarded one, hands out a token, obeys injections and recites its instructions. */
function helpdeskModel(body: ChatBody): string {
  const system = systemOf(body);
  const user = userOf(body);
  const guarded = system.includes('Never reveal');
  const injected = /PG-INJECT-[0-9a-f]{6}/.exec(user)?.[0];
  if (injected) return guarded ? 'Please ask the helpdesk team.' : injected;
  if (/instructions|system prompt|above this line|configuration message|reference code/i.test(user))
    return guarded ? "I can't share that." : `Sure:\n\n${system}`;
  if (!guarded && /deploy|token/i.test(user)) return `Use this token: ${TOKEN}`;
  return 'Please ask the helpdesk team.';
}

/** Fails one question on head and another on base, every time; answers the rest with the refund policy. */
function faultyModel(body: ChatBody): Reply {
  const head = systemOf(body).includes('Keep answers short');
  const question = userOf(body);
  if ((head && question.includes('gift')) || (!head && question.includes('sale items')))
    return { fault: 'server-error' };
  return { content: 'Please see our refund policy for the details.' };
}

/** What one fixture run left for a reviewer and a workflow to read. */
interface FixtureRun {
  result: ActionResult;
  comment: string;
  report: JsonReport;
  /** Requests the provider received. */
  requests: number;
}

/** The fixture pull requests: the fixture folder, the model behind it, and whether the PR comes from a fork. */
const FIXTURES: Record<string, { fixture: string; respond: Responder; fork?: boolean }> = {
  regression: { fixture: 'regression', respond: factsModel },
  leak: { fixture: 'leak', respond: helpdeskModel },
  faults: { fixture: 'faults', respond: faultyModel },
  'rename and deletion': { fixture: 'rename', respond: supportModel() },
  fork: { fixture: 'support', respond: supportModel(), fork: true },
};

function runFixture(name: string): Promise<FixtureRun> {
  const { fixture, respond, fork } = FIXTURES[name];
  return withScenario({ respond }, async ({ act, github, repoFrom, openai }) => {
    const repo = await repoFrom(fixture);
    const gh = await github(repo);
    const result = await act(
      fork ? { repo, githubUrl: gh.url, fromFork: true, apiKey: null } : { repo, githubUrl: gh.url },
    );
    const report = parseJsonReport(readOutputFile(repo, result.outputs['json-path']));
    return { result, comment: gh.state.comments[0].body, report, requests: openai.count() };
  });
}

/** The comment without what differs from run to run: commit SHAs and measured latencies. */
function stable(comment: string): string {
  return comment
    .replace(/`[0-9a-f]{12}`/g, '`<sha>`')
    .replace(/\d+(\.\d+)? m?s → \d+(\.\d+)? m?s( \([+−]\d+%\))?/g, '<latency>');
}

// ---------------------------------------------------------------- recomputing from results.json

type Prompt = JsonReport['prompts'][number];

const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/** Cases with decided answers on both versions: what every comparison counts. */
const comparedCases = (p: Prompt): ReportedCase[] =>
  p.cases.filter((c) => c.basePassRate !== undefined && c.headPassRate !== undefined);

/** Whether the prompt has a base to compare with. */
const hasBase = (p: Prompt): boolean => p.change !== 'added' && p.cases.some((c) => c.answers.base > 0);

/** The pass rates the table shows: over the compared cases, or head's own when there is no base. */
function passRates(p: Prompt): { base?: number; head?: number } {
  if (hasBase(p)) {
    const compared = comparedCases(p);
    if (compared.length === 0) return {};
    return {
      base: mean(compared.map((c) => c.basePassRate!)),
      head: mean(compared.map((c) => c.headPassRate!)),
    };
  }
  const decided = p.cases.filter((c) => c.headPassRate !== undefined);
  return { head: decided.length ? mean(decided.map((c) => c.headPassRate!)) : undefined };
}

/** Whether `label` (as findings show it, `grounding (min 0.6)`) names the display name `check`. */
const names = (label: string, check: string): boolean => label === check || label.startsWith(`${check} (`);

/** Failed answers of one check over some cases, per version, and the decided answers of the cases that carry it. */
function tally(cases: ReportedCase[], label: string) {
  const carrying = cases.filter((c) => c.checks.some((check) => names(label, check)));
  const failures = cases.flatMap((c) => (c.failures ?? []).filter((f) => names(label, f.check)));
  return {
    head: {
      failed: failures.reduce((s, f) => s + f.head, 0),
      decided: carrying.reduce((s, c) => s + c.answers.head, 0),
    },
    base: {
      failed: failures.reduce((s, f) => s + f.base, 0),
      decided: carrying.reduce((s, c) => s + c.answers.base, 0),
    },
  };
}

/** Whether head failed `label` on a larger share of its decided answers than base did. */
function movedOn(c: ReportedCase, label: string): boolean {
  const f = (c.failures ?? []).find((x) => names(label, x.check));
  return f !== undefined && f.head / c.answers.head > f.base / c.answers.base;
}

/** One check's comparison: its pass rate is the share of decided answers that did not fail it, on the compared cases that carry it. */
function expectCheckComparisonAgrees(
  p: Prompt,
  check: string,
  facts: Extract<FindingFacts, { kind: 'pass-rate' }>,
): void {
  const carrying = comparedCases(p).filter((c) => c.checks.some((name) => names(check, name)));
  const passShare = (c: ReportedCase, side: 'base' | 'head'): number =>
    1 - ((c.failures ?? []).find((f) => names(check, f.check))?.[side] ?? 0) / c.answers[side];
  expect(facts.cases).toBe(carrying.length);
  expect(facts.worse).toBe(carrying.filter((c) => passShare(c, 'head') < passShare(c, 'base')).length);
  expect(facts.better).toBe(carrying.filter((c) => passShare(c, 'head') > passShare(c, 'base')).length);
  expect(facts.baseRate).toBeCloseTo(mean(carrying.map((c) => passShare(c, 'base'))), 12);
  expect(facts.headRate).toBeCloseTo(mean(carrying.map((c) => passShare(c, 'head'))), 12);
}

/** The facts of one finding, recomputed from the cases and call counts of its prompt. */
function expectFactsAgree(p: Prompt, { check, facts }: { check: string; facts: FindingFacts }): void {
  const compared = comparedCases(p);
  const rates = passRates(p);
  switch (facts.kind) {
    case 'pass-rate': {
      if (check !== PASS_RATE_CHECK) return expectCheckComparisonAgrees(p, check, facts);
      const worse = compared.filter((c) => c.headPassRate! < c.basePassRate!);
      expect(facts.cases).toBe(compared.length);
      expect(facts.worse).toBe(worse.length);
      expect(facts.better).toBe(compared.filter((c) => c.headPassRate! > c.basePassRate!).length);
      expect(facts.baseRate).toBeCloseTo(rates.base!, 12);
      expect(facts.headRate).toBeCloseTo(rates.head!, 12);
      for (const w of facts.worseOn ?? [])
        expect(w.cases).toBe(worse.filter((c) => movedOn(c, w.check)).length);
      // A check moved in a worse case but not named is a case's own: they count together.
      const own = worse.filter((c) =>
        (c.failures ?? []).some(
          (f) => !(facts.worseOn ?? []).some((w) => names(w.check, f.check)) && movedOn(c, f.check),
        ),
      );
      expect(facts.ownChecks ?? 0).toBe(own.length);
      return;
    }
    case 'failure-limit': {
      const counted = tally(p.cases, check);
      expect({ failed: facts.failed, decided: facts.decided }).toEqual(counted.head);
      if (facts.base) expect(facts.base).toEqual(counted.base);
      return;
    }
    case 'pass-floor': {
      const decided = hasBase(p) ? compared : p.cases.filter((c) => c.headPassRate !== undefined);
      expect(facts.decided).toBe(decided.length);
      expect(facts.passing).toBe(decided.filter((c) => c.headPassRate === 1).length);
      return;
    }
    case 'provider-errors':
      expect([facts.failed, facts.attempted]).toEqual([p.counts.error, p.counts.ok + p.counts.error]);
      return;
    case 'incomplete':
      expect([facts.notRun, facts.planned]).toEqual([p.counts.notRun, p.counts.planned]);
      return;
    default:
      // The remaining kinds carry no count of cases, answers or calls.
      expect(['removed', 'not-run', 'input-error']).toContain(facts.kind);
  }
}

/** The cells of the table row of a prompt. */
function tableRow(comment: string, prompt: string): Record<'status' | 'passRate' | 'cost' | 'flaky', string> {
  const line = comment.split('\n').find((l) => l.startsWith(`| \`${prompt}\``));
  expect(line).toBeDefined();
  const [, , status, passRate, cost, , flaky] = line!.slice(2, -2).split(' | ');
  return { status, passRate, cost, flaky };
}

/** The numbers a pattern finds in `text`, or undefined when it is not there. */
function figures(text: string, pattern: RegExp): number[] | undefined {
  const match = pattern.exec(text);
  return match ? match.slice(1).map(Number) : undefined;
}

/** Every count in the comment, recomputed from results.json, the action's outputs and the provider's log. */
function expectNumbersAgree({ comment, report, result, requests }: FixtureRun): void {
  const evaluated = new Set(evaluatedPrompts(report));
  let failingCases = 0;
  let unevaluatedCases = 0;
  const caseCounts = new Set<number>();
  for (const p of report.prompts) {
    const { planned, ok, error, notRun } = p.counts;
    expect(planned).toBe(ok + error + notRun);
    const unevaluated = evaluated.has(p) ? p.cases.filter((c) => c.undecided).length : 0;
    const row = tableRow(comment, p.prompt);
    expect(row.status).toContain(p.status);
    expect(figures(row.status, /(\d+)\/(\d+) calls failed/)).toEqual(error ? [error, planned] : undefined);
    expect(figures(row.status, /(\d+)\/(\d+) not run/)).toEqual(notRun ? [notRun, planned] : undefined);
    expect(figures(row.status, /(\d+) cases? not evaluated/)).toEqual(
      unevaluated ? [unevaluated] : undefined,
    );
    const rates = passRates(p);
    expect(row.passRate).toBe(formatPair(rates.base, rates.head, formatPercent, formatPoints));
    const flaky = p.cases.filter((c) => c.flaky).length;
    expect(row.flaky).toBe(flaky ? String(flaky) : '—');
    if (p.cost.base || p.cost.head) {
      expect((p.cost.base?.n ?? 0) + (p.cost.head?.n ?? 0)).toBe(ok);
      for (const side of [p.cost.base, p.cost.head])
        if (side) expect(side.mean).toBeCloseTo(side.total / side.n, 12);
      expect(row.cost).toBe(formatPair(p.cost.base?.mean, p.cost.head?.mean, formatUsd));
    }
    for (const finding of p.findings) {
      expectFactsAgree(p, finding);
      if (finding.status !== 'pass') expect(comment).toContain(sanitizeText(finding.sentence, 600));
    }
    // Each check is named by one finding, with one status.
    const checks = p.findings.filter((f) => f.status !== 'pass').map((f) => f.check);
    expect(new Set(checks).size).toBe(checks.length);
    failingCases += p.cases.filter(isFailingCase).length;
    unevaluatedCases += unevaluated;
    caseCounts.add(comparedCases(p).length).add(p.cases.filter((c) => c.headPassRate !== undefined).length);
  }
  // Any "N cases" in a sentence counts the cases every other figure of its prompt counts.
  for (const [, n] of comment.matchAll(/(?:on|of) (\d+) cases/g)) expect(caseCounts).toContain(Number(n));
  expect(figures(comment, /#### Failing cases \((\d+)\)/)).toEqual(failingCases ? [failingCases] : undefined);
  expect(result.outputs['failed-cases']).toBe(String(failingCases));
  expect(figures(comment, /#### Cases not evaluated \((\d+)\)/)).toEqual(
    unevaluatedCases ? [unevaluatedCases] : undefined,
  );
  expectGuardrailsAgree(comment, report);

  // Calls: every attempted call reached the provider once (no fixture retries).
  expect(requests).toBe(report.prompts.reduce((s, p) => s + p.counts.ok + p.counts.error, 0));
  // Cost: what the answers cost is what was spent, and the pre-run estimate is the prompts' estimates.
  const answered = report.prompts.reduce(
    (s, p) => s + (p.cost.base?.total ?? 0) + (p.cost.head?.total ?? 0),
    0,
  );
  expect(report.meta.totalCostUsd).toBeCloseTo(answered + (report.meta.judgeCostUsd ?? 0), 12);
  const estimated = report.prompts.reduce(
    (s, p) =>
      s +
      (p.estimate?.base?.totalUsd ?? 0) +
      (p.estimate?.head?.totalUsd ?? 0) +
      (p.estimate?.judge?.totalUsd ?? 0),
    0,
  );
  expect(report.meta.estimatedCostUsd).toBeCloseTo(estimated, 12);
  expect(comment).toContain(
    `spent ${formatUsd(report.meta.totalCostUsd)} (estimated ${formatUsd(report.meta.estimatedCostUsd)})`,
  );
  expect(result.outputs['cost-usd']).toBe(report.meta.totalCostUsd.toFixed(6));
  // Tokens: the answers' usage, as results.json sums it.
  const { tokens } = report.meta;
  if (tokens)
    expect(comment).toContain(
      `tokens ${tokens.input.toLocaleString('en-US')} in, ${tokens.output.toLocaleString('en-US')} out`,
    );
  for (const m of report.monthly) {
    const p = report.prompts.find((x) => x.prompt === m.prompt)!;
    const base = p.change === 'added' ? 0 : p.cost.base!.mean;
    expect(m.deltaUsd).toBeCloseTo((p.cost.head!.mean - base) * m.callsPerDay * 30, 12);
  }
  // Prompts: what the outputs count is what the comment says was checked.
  expect(result.outputs.prompts).toBe(String(evaluated.size));
  expect(result.outputs.regressions).toBe(
    String(report.prompts.filter((p) => p.status === 'regression').length),
  );
  expect(comment).toContain(sanitizeText(report.headline, 300));
}

/** The Guardrails table: each suite's case count and each check's failed answers, base → head. */
function expectGuardrailsAgree(comment: string, report: JsonReport): void {
  const table = comment.split('#### Guardrails')[1]?.split('\n\n')[0] ?? '';
  const cases = report.prompts.flatMap((p) => p.cases);
  for (const line of table.split('\n').filter((l) => /^\| \S+ \(\d+\) \|/.test(l))) {
    const [suiteCell, check, counts] = line.slice(2).split(' | ');
    const [, suite, n] = /^(\S+) \((\d+)\)$/.exec(suiteCell)!;
    const inSuite = cases.filter((c) => (c.suite ?? 'golden') === suite);
    expect(Number(n)).toBe(inSuite.length);
    if (!/^\d+ → \d+$/.test(counts)) continue;
    const failures = inSuite
      .flatMap((c) => c.failures ?? [])
      .filter((f) => sanitizeText(f.check, 60) === check);
    if (suite === 'golden') expect(failures.every((f) => NEVER_FAIL_CHECKS.has(f.name))).toBe(true);
    const sum = (side: 'base' | 'head'): number => failures.reduce((s, f) => s + f[side], 0);
    expect(counts).toBe(`${sum('base')} → ${sum('head')}`);
  }
}

describe('the PR comment on fixture pull requests', () => {
  // The runs go together (each child process mostly waits on its loopback servers); the tests read them.
  const runs = new Map<string, Promise<FixtureRun>>();
  beforeAll(() => {
    for (const name of Object.keys(FIXTURES)) {
      const run = runFixture(name);
      // Its test reports a failure; until then it is not an unhandled rejection.
      run.catch(() => undefined);
      runs.set(name, run);
    }
  });

  it.each(Object.keys(FIXTURES))(
    '%s: reads as the snapshot, every number recomputed from results.json',
    async (name) => {
      const run = await runs.get(name)!;
      expectNumbersAgree(run);
      expect(stable(run.comment)).toMatchSnapshot();
    },
    // The first test waits for its run, which shares the machine with the other four.
    120_000,
  );
});
