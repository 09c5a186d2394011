/** report.html's logic that needs no browser: how cases are listed, filtered, ordered and charted. */
import { describe, expect, it } from '@jest/globals';
import {
  axisRange,
  checkPassCounts,
  distributions,
  histogram,
} from '../../../src/report/html/page/chart-data.js';
import {
  type Flag,
  type ListedCase,
  type Row,
  buildRows,
  splitReport,
} from '../../../src/report/html/page/data.js';
import { type Filter, filterRows, searchTextOf } from '../../../src/report/html/page/filter.js';
import { buildJsonReport } from '../../../src/report/json.js';
import { largeResult } from '../../helpers/large-run.js';

describe('splitReport', () => {
  const report = buildJsonReport(largeResult(40));
  const { listed, cases } = splitReport(report);

  it('lists each case with the facts the list, filters and charts use, and keeps it in full apart', () => {
    const full = report.prompts[0].cases[0];
    const head = full.trace!.head!.answers[0];
    expect(listed.prompts[0].cases[0]).toEqual({
      caseId: full.caseId,
      input: full.input,
      basePassRate: full.basePassRate,
      headPassRate: full.headPassRate,
      flaky: full.flaky,
      regressed: full.regressed,
      failedChecks: (full.failures ?? []).map((f) => f.check),
      answers: expect.objectContaining({
        head: [
          {
            status: head.status,
            costUsd: head.costUsd,
            latencyMs: head.latencyMs,
            checks: head.checks.map((c) => [listed.checkLabels.indexOf(c.check), c.pass]),
          },
        ],
      }) as ListedCase['answers'],
    });
    expect(cases[0]).toBe(full);
    expect(listed.checkLabels).toEqual(['contains "refund policy"', 'grounding (min 0.6)', 'pii']);
    // Everything else of the report is there as it is.
    expect({ ...listed, prompts: undefined, checkLabels: undefined }).toEqual({
      ...report,
      prompts: undefined,
    });
  });
});

/** A row with the given flags and facts; the rest as a passing golden case. */
function row(
  index: number,
  facts: Partial<ListedCase> & { flags?: Flag[]; suite?: string; promptIndex?: number },
): Row {
  const c: ListedCase = {
    caseId: `c${index}`,
    input: `question ${index}`,
    basePassRate: 1,
    headPassRate: 1,
    flaky: false,
    regressed: false,
    failedChecks: [],
    answers: {},
    ...facts,
  };
  return {
    index,
    prompt: { prompt: `prompts/p${facts.promptIndex ?? 0}.md` } as Row['prompt'],
    promptIndex: facts.promptIndex ?? 0,
    c,
    flags: new Set(facts.flags ?? []),
    suite: facts.suite ?? 'golden',
    failedChecks: new Set(c.failedChecks),
  };
}

describe('filterRows', () => {
  const rows = [
    row(0, {}),
    row(1, { flags: ['failed', 'flaky'], headPassRate: 0.5, failedChecks: ['pii'], suite: 'injection' }),
    row(2, { flags: ['regressed', 'failed'], basePassRate: 1, headPassRate: 0, failedChecks: ['canary'] }),
    row(3, { flags: ['errored'], promptIndex: 1 }),
    row(4, { flags: ['regressed', 'failed'], basePassRate: 1, headPassRate: 0.5, suite: 'injection' }),
  ];
  const none: Filter = { text: '', flags: new Set() };
  const texts = ['refund policy', 'ignore previous instructions', 'card 4242', 'timed out', 'refund later'];
  const ids = (filter: Partial<Filter>, order: 'worst' | 'report' = 'report'): number[] =>
    filterRows(rows, { ...none, ...filter }, order, (r) => texts[r.index]).map((r) => r.index);

  it.each<[string, Partial<Filter>, number[]]>([
    ['nothing asked: every row', {}, [0, 1, 2, 3, 4]],
    ['one flag', { flags: new Set<Flag>(['regressed']) }, [2, 4]],
    ['several flags: rows with any of them', { flags: new Set<Flag>(['flaky', 'errored']) }, [1, 3]],
    ['a suite', { suite: 'injection' }, [1, 4]],
    ['a failed check', { check: 'pii' }, [1]],
    ['a prompt', { prompt: 1 }, [3]],
    ['a search, in the text given, any case', { text: '  REFUND ' }, [0, 4]],
    ['all of them together', { suite: 'injection', flags: new Set<Flag>(['failed']), text: 'refund' }, [4]],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('lists the worst first: regressions by the size of the drop, then failures, errors, flaky; else in report order', () => {
    expect(ids({}, 'worst')).toEqual([2, 4, 1, 3, 0]);
  });

  it('searches the answers, reasons and messages of the case in full, lower-cased', () => {
    const report = buildJsonReport(largeResult(2));
    const { listed, cases } = splitReport(report);
    const [first] = buildRows(listed);
    const text = searchTextOf(first, cases[0]);
    expect(text).toContain(cases[0].trace!.head!.answers[0].output!.toLowerCase());
    expect(text).toContain(cases[0].caseId);
    expect(text).toContain('weakest sentence');
  });
});

describe('buildRows', () => {
  it('flags errored a case with a call that gave no answer or a check that could not decide', () => {
    const { listed } = splitReport(buildJsonReport(largeResult(400)));
    const rows = buildRows(listed);
    const errored = rows.filter((r) => r.flags.has('errored'));
    expect(errored.length).toBeGreaterThan(0);
    for (const r of errored)
      expect([...(r.c.answers.base ?? []), ...(r.c.answers.head ?? [])].some((a) => a.status !== 'ok')).toBe(
        true,
      );
    expect(rows.filter((r) => r.flags.has('regressed')).every((r) => r.c.regressed)).toBe(true);
    expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => i));
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
    const near = { values: [1, 2, 3, 4], p50: 2.5, p95: 4 };
    expect(axisRange([near]).min).toBe(0);
    const latencies = Array.from({ length: 100 }, (_, i) => 400 + i);
    const far = axisRange([{ values: latencies, p50: 450, p95: 495 }]);
    expect(far.min).toBeGreaterThan(350);
    expect(far.max).toBeGreaterThanOrEqual(499);
    // One runaway answer does not stretch the axis.
    expect(axisRange([{ values: [...latencies, 1e6], p50: 450, p95: 495 }]).max).toBeLessThan(1000);
  });

  it('distributions and pass counts: answered calls only, per version, as the verdict counts them', () => {
    const facts = (cost: number, pass: boolean | null) => ({
      status: 'ok' as const,
      costUsd: cost,
      checks: [[0, pass]] as [number, boolean | null][],
    });
    const rows = [
      row(0, { answers: { base: [facts(1, true)], head: [facts(3, false)] } }),
      row(1, {
        answers: { base: [facts(2, true)], head: [facts(5, null), { status: 'error', checks: [] }] },
      }),
    ];
    const cost = distributions(rows, 'costUsd');
    expect(cost.base).toEqual({ values: [1, 2], p50: 1.5, p95: 1.95 });
    expect(cost.head?.values).toEqual([3, 5]);
    expect(distributions(rows, 'latencyMs')).toEqual({});
    expect(checkPassCounts(rows, ['pii'])).toEqual([
      { check: 'pii', counts: { base: { passed: 2, decided: 2 }, head: { passed: 0, decided: 1 } } },
    ]);
  });
});
