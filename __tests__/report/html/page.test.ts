/** report.html's logic that needs no browser: how cases are listed, filtered, ordered and charted. */
import { describe, expect, it } from '@jest/globals';
import {
  axisRange,
  checkPassCounts,
  distributions,
  histogram,
} from '../../../src/report/html/page/chart-data.js';
import {
  CaseLister,
  FLAGS,
  type Flag,
  LISTED_INPUT_CHARS,
  type ListedCases,
  flagsOf,
  joinCaseTexts,
  splitCaseTexts,
  splitReport,
} from '../../../src/report/html/page/data.js';
import { type Filter, filterCases, searchTextOf } from '../../../src/report/html/page/filter.js';
import { buildJsonReport } from '../../../src/report/json.js';
import { largeResult } from '../../helpers/large-run.js';

describe('splitReport', () => {
  const report = buildJsonReport(largeResult(40));
  const { listed, cases } = splitReport(report);

  it('lists each case with the facts the list, filters and charts use, and keeps it in full apart', () => {
    const columns = listed.cases;
    report.prompts[0].cases.forEach((full, i) => {
      expect(columns.caseId[i]).toBe(full.caseId);
      expect(columns.input[i]).toBe(full.input);
      expect(columns.suites[columns.suite[i]]).toBe(full.suite ?? 'golden');
      expect([columns.basePassRate[i], columns.headPassRate[i]]).toEqual([
        full.basePassRate ?? null,
        full.headPassRate ?? null,
      ]);
      expect(columns.failedChecks[i].map((label) => listed.checkLabels[label])).toEqual(
        (full.failures ?? []).map((f) => f.check),
      );
      // Its answers, base then head: what they cost and took when answered, and each check decided.
      const answers = [...full.trace!.base!.answers, ...full.trace!.head!.answers];
      const listedAnswers = [];
      for (let a = columns.answerStart[i]; a < columns.answerStart[i + 1]; a++)
        listedAnswers.push({
          version: columns.answerVersion[a],
          costUsd: columns.costUsd[a],
          latencyMs: columns.latencyMs[a],
          checks: columns.checks
            .slice(columns.checkStart[a], columns.checkStart[a + 1])
            .map((check) => [listed.checkLabels[check >> 1], (check & 1) === 1]),
        });
      expect(listedAnswers).toEqual(
        answers.map((answer, k) => ({
          version: k < full.trace!.base!.answers.length ? 0 : 1,
          costUsd: answer.status === 'ok' ? (answer.costUsd ?? null) : null,
          latencyMs: answer.status === 'ok' ? (answer.latencyMs ?? null) : null,
          checks:
            answer.status === 'ok' ? answer.checks.filter((c) => !c.error).map((c) => [c.check, c.pass]) : [],
        })),
      );
      expect(flagsOf(columns, i).includes('regressed')).toBe(full.regressed);
      expect(flagsOf(columns, i).includes('flaky')).toBe(full.flaky);
      expect(flagsOf(columns, i).includes('failed')).toBe((full.headPassRate ?? 1) < 1);
    });
    expect(cases[0]).toBe(report.prompts[0].cases[0]);
    expect(listed.checkLabels).toEqual(['grounding (min 0.6)', 'contains "refund policy"', 'pii']);
    // Everything else of the report is there as it is.
    expect({ ...listed, prompts: undefined, cases: undefined, checkLabels: undefined }).toEqual({
      ...report,
      prompts: undefined,
    });
    expect(listed.prompts).toEqual(report.prompts.map(({ cases: _, ...prompt }) => prompt));
  });

  it("writes the listing in pieces as the text of the whole listing, past its columns' first growth", () => {
    const large = buildJsonReport(largeResult(1500));
    const lister = new CaseLister();
    for (const [p, prompt] of large.prompts.entries()) for (const c of prompt.cases) lister.add(c, p);
    const head = { ...large, prompts: large.prompts.map(({ cases: _, ...prompt }) => prompt) };
    const listed = lister.listed(head);
    // Answers that gave no answer (null cost and latency) and more than a column's first 1,024 values.
    expect(listed.cases.costUsd.length).toBeGreaterThan(2048);
    expect(listed.cases.costUsd).toContain(null);
    expect(listed.cases.costUsd.some((cost) => cost !== null && !Number.isInteger(cost))).toBe(true);
    const answers = large.prompts.flatMap((prompt) =>
      prompt.cases.flatMap((c) => [...(c.trace?.base?.answers ?? []), ...(c.trace?.head?.answers ?? [])]),
    );
    const answered = (value: number | undefined, ok: boolean): number | null => (ok ? (value ?? null) : null);
    expect(listed.cases.costUsd).toEqual(answers.map((a) => answered(a.costUsd, a.status === 'ok')));
    expect(listed.cases.latencyMs).toEqual(answers.map((a) => answered(a.latencyMs, a.status === 'ok')));
    const cases = large.prompts.flatMap((prompt) => prompt.cases);
    expect(listed.cases.headPassRate).toEqual(cases.map((c) => c.headPassRate ?? null));
    expect([...lister.listedJson(head)].join('')).toBe(JSON.stringify(listed));
  });

  it('flags errored a case with a call that gave no answer or a check that could not decide', () => {
    const large = buildJsonReport(largeResult(400));
    const columns = splitReport(large).listed.cases;
    const errored = large.prompts[0].cases.filter((_, i) => flagsOf(columns, i).includes('errored'));
    expect(errored.length).toBeGreaterThan(0);
    for (const c of errored)
      expect([...c.trace!.base!.answers, ...c.trace!.head!.answers].some((a) => a.status !== 'ok')).toBe(
        true,
      );
  });

  it('cuts a long input to what a row shows, never through a character', () => {
    const long = buildJsonReport(largeResult(2));
    long.prompts[0].cases[0].input = `${'a'.repeat(LISTED_INPUT_CHARS - 1)}😀 and more`;
    const { listed: cut, cases: full } = splitReport(long);
    expect(cut.cases.input[0]).toBe(`${'a'.repeat(LISTED_INPUT_CHARS - 1)}…`);
    expect(full[0].input).toBe(long.prompts[0].cases[0].input);
  });
});

describe('splitCaseTexts', () => {
  it('parts a case into the texts a search reads and the rest, and joins them back as they were', () => {
    const { cases } = splitReport(buildJsonReport(largeResult(400)));
    for (const c of cases) {
      const copy = structuredClone(c);
      const { texts, rest } = splitCaseTexts(c);
      expect(c).toEqual(copy);
      const answer = c.trace!.head!.answers[0];
      expect(texts).toEqual(
        expect.arrayContaining([c.caseId, c.input, answer.output ?? answer.error, answer.checks[0]?.reason]),
      );
      // No text is left in the rest: the search's part holds them once.
      expect(JSON.stringify(rest)).not.toContain(JSON.stringify(answer.output ?? answer.error).slice(1, -1));
      expect(joinCaseTexts(rest, texts)).toEqual(copy);
    }
  });
});

/** Listed cases with the given flags and facts; the rest as a passing golden case of prompt 0. */
function listedOf(
  facts: {
    flags?: Flag[];
    suite?: number;
    prompt?: number;
    base?: number;
    head?: number;
    failed?: number[];
  }[],
): ListedCases {
  return {
    prompt: facts.map((f) => f.prompt ?? 0),
    caseId: facts.map((_, i) => `c${i}`),
    suite: facts.map((f) => f.suite ?? 0),
    suites: ['golden', 'injection'],
    input: facts.map((_, i) => `question ${i}`),
    basePassRate: facts.map((f) => f.base ?? 1),
    headPassRate: facts.map((f) => f.head ?? 1),
    flags: facts.map((f) => (f.flags ?? []).reduce((bits, flag) => bits | (1 << FLAGS.indexOf(flag)), 0)),
    failedChecks: facts.map((f) => f.failed ?? []),
    answerStart: facts.map(() => 0).concat(0),
    answerVersion: [],
    costUsd: [],
    latencyMs: [],
    checkStart: [0],
    checks: [],
  };
}

describe('filterCases', () => {
  const [PII, CANARY] = [0, 1];
  const cases = listedOf([
    {},
    { flags: ['failed', 'flaky'], head: 0.5, failed: [PII], suite: 1 },
    { flags: ['regressed', 'failed'], base: 1, head: 0, failed: [CANARY] },
    { flags: ['errored'], prompt: 1 },
    { flags: ['regressed', 'failed'], base: 1, head: 0.5, suite: 1 },
  ]);
  const none: Filter = { text: '', flags: new Set() };
  const texts = ['refund policy', 'ignore previous instructions', 'card 4242', 'timed out', 'refund later'];
  const ids = (filter: Partial<Filter>, order: 'worst' | 'report' = 'report'): number[] =>
    filterCases(cases, { ...none, ...filter }, order, (i) => texts[i]);

  it.each<[string, Partial<Filter>, number[]]>([
    ['nothing asked: every case', {}, [0, 1, 2, 3, 4]],
    ['one flag', { flags: new Set<Flag>(['regressed']) }, [2, 4]],
    ['several flags: cases with any of them', { flags: new Set<Flag>(['flaky', 'errored']) }, [1, 3]],
    ['a suite', { suite: 1 }, [1, 4]],
    ['a failed check', { check: PII }, [1]],
    ['a prompt', { prompt: 1 }, [3]],
    ['a search, in the text given, any case', { text: '  REFUND ' }, [0, 4]],
    ['all of them together', { suite: 1, flags: new Set<Flag>(['failed']), text: 'refund' }, [4]],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('lists the worst first: regressions by the size of the drop, then failures, errors, flaky; else in report order', () => {
    expect(ids({}, 'worst')).toEqual([2, 4, 1, 3, 0]);
  });

  it('searches the answers, reasons and messages of the case in full, lower-cased', () => {
    const { cases: full } = splitReport(buildJsonReport(largeResult(2)));
    const text = searchTextOf(splitCaseTexts(full[0]).texts, 'golden', 'prompts/support.prompt.yml');
    expect(text).toContain(full[0].trace!.head!.answers[0].output!.toLowerCase());
    expect(text).toContain(full[0].caseId);
    expect(text).toContain('weakest sentence');
    expect(text).toContain('prompts/support.prompt.yml');
  });
});

describe('charts', () => {
  it.each<[string, number[], { min: number; max: number }, number[]]>([
    ['equal bins', [0, 1, 2, 3], { min: 0, max: 4 }, [1, 1, 1, 1]],
    ['values beyond the axis in the end bins', [-5, 0.5, 9, 100], { min: 0, max: 4 }, [2, 0, 0, 2]],
    ['an empty axis in the first bin', [3, 3], { min: 3, max: 3 }, [2, 0, 0, 0]],
  ])('histogram: %s', (_name, values, range, counts) => {
    expect(histogram(values, range, 4)).toEqual(counts);
  });

  it('axisRange spans the 1st to 99th percentile, from zero unless the values sit far from it', () => {
    const near = { values: Float64Array.of(1, 2, 3, 4), p50: 2.5, p95: 4 };
    expect(axisRange([near]).min).toBe(0);
    const latencies = Array.from({ length: 100 }, (_, i) => 400 + i);
    const far = axisRange([{ values: Float64Array.from(latencies), p50: 450, p95: 495 }]);
    expect(far.min).toBeGreaterThan(350);
    expect(far.max).toBeGreaterThanOrEqual(499);
    // One runaway answer does not stretch the axis.
    const runaway = Float64Array.from([...latencies, 1e6]);
    expect(axisRange([{ values: runaway, p50: 450, p95: 495 }]).max).toBeLessThan(1000);
    // Two versions on one axis: the span of both.
    const high = { values: Float64Array.of(40, 50), p50: 45, p95: 49.5 };
    const both = axisRange([near, high]);
    expect(both.min).toBe(0);
    expect(both.max).toBeCloseTo(52, 0);
  });

  it('distributions and pass counts: answered calls only, per version, as the verdict counts them', () => {
    const cases = listedOf([{}, {}]);
    // Case 0: base cost 1 passed, head cost 3 failed; case 1: base cost 2 passed, head cost 5
    // undecided (left out), and a head call that gave no answer.
    Object.assign(cases, {
      answerStart: [0, 2, 5],
      answerVersion: [0, 1, 0, 1, 1],
      costUsd: [1, 3, 2, 5, null],
      latencyMs: [null, null, null, null, null],
      checkStart: [0, 1, 2, 3, 3, 3],
      checks: [1, 0, 1],
    });
    const cost = distributions(cases, [0, 1], 'costUsd');
    expect(cost.base).toEqual({ values: Float64Array.of(1, 2), p50: 1.5, p95: 1.95 });
    expect(cost.head?.values).toEqual(Float64Array.of(3, 5));
    expect(distributions(cases, [1], 'costUsd').head?.values).toEqual(Float64Array.of(5));
    expect(distributions(cases, [0, 1], 'latencyMs')).toEqual({});
    expect(checkPassCounts(cases, [0, 1], ['pii', 'canary'])).toEqual([
      { check: 'pii', counts: { base: { passed: 2, decided: 2 }, head: { passed: 0, decided: 1 } } },
    ]);
    expect(checkPassCounts(cases, [1], ['pii'])).toEqual([
      { check: 'pii', counts: { base: { passed: 1, decided: 1 } } },
    ]);
  });
});
