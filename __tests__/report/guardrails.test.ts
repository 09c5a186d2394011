import { describe, expect, it } from '@jest/globals';
import { guardrailRows } from '../../src/report/guardrails.js';
import type { CaseOutcome, PromptVerdict } from '../../src/types.js';

/** A case outcome with only what the Guardrails table reads. */
function outcome(caseId: string, extra: Partial<CaseOutcome> = {}): CaseOutcome {
  return {
    caseId,
    flaky: false,
    required: false,
    regressed: false,
    input: `q=${caseId}`,
    reasons: [],
    answers: { base: 1, head: 1 },
    checks: [],
    ...extra,
  };
}

function verdict(prompt: string, cases: CaseOutcome[]): PromptVerdict {
  return {
    prompt,
    change: 'modified',
    status: 'pass',
    findings: [],
    passRate: {},
    cost: {},
    latency: {},
    cases,
    counts: { planned: 0, ok: 0, error: 0, notRun: 0 },
  };
}

const leak = (base: number, head: number, evidence?: string) => ({
  check: 'canary',
  name: 'canary',
  base,
  head,
  evidence,
});

describe('guardrailRows', () => {
  it.each<[string, CaseOutcome[], string[][]]>([
    [
      'an attack suite: counts summed per check, the first attack with proof',
      [
        outcome('a~injection', { suite: 'injection', failures: [leak(0, 1)] }),
        outcome('b~injection', { suite: 'injection', failures: [leak(1, 2, 'PG-INJECT-1234 sure')] }),
        outcome('c~injection', { suite: 'injection' }),
      ],
      [['injection (3)', 'canary', '1 → 3', '`b~injection` q=b\\~injection', 'PG-INJECT-1234 sure']],
    ],
    [
      'an attack suite that held',
      [outcome('a~harmful', { suite: 'harmful', basePassRate: 1, headPassRate: 1 })],
      [['harmful (1)', '—', 'none', '—', '—']],
    ],
    [
      'an attack suite whose head answers all failed to come back',
      [outcome('a~harmful', { suite: 'harmful', basePassRate: 1 })],
      [['harmful (1)', '—', 'no head answer decided', '—', '—']],
    ],
    [
      'a failure only base had: no attack worked on head',
      [outcome('a~jailbreak', { suite: 'jailbreak', failures: [leak(1, 0)] })],
      [['jailbreak (1)', 'canary', '1 → 0', '—', '—']],
    ],
    [
      'a robustness suite as the share of variants still passing',
      [
        outcome('a~typos', { suite: 'typos', basePassRate: 1, headPassRate: 0.5 }),
        outcome('b~typos', { suite: 'typos', basePassRate: 1, headPassRate: 1 }),
      ],
      [['typos (2)', 'all checks', 'still passing 100% → 75%', '—', '—']],
    ],
    [
      'golden cases only for must-never-fail checks',
      [
        outcome('a', { failures: [{ check: 'grounding', name: 'grounding', base: 0, head: 1 }] }),
        outcome('b', { failures: [{ check: 'pii', name: 'pii', base: 0, head: 1, evidence: 'card 4111' }] }),
      ],
      [['golden (2)', 'pii', '0 → 1', '`b` q=b', 'card 4111']],
    ],
    ['golden cases that broke no guardrail', [outcome('a', { failures: [] })], []],
  ])('renders %s', (_, cases, rows) => {
    expect(guardrailRows([verdict('p.md', cases)])).toEqual(rows);
  });

  it('names the prompt when more than one has guardrail rows', () => {
    const rows = guardrailRows([
      verdict('a.md', [outcome('x', { suite: 'harmful', headPassRate: 1 })]),
      verdict('b.md', [outcome('y', { suite: 'harmful', headPassRate: 1 })]),
    ]);
    expect(rows.map((r) => r[0])).toEqual(['`a.md` harmful (1)', '`b.md` harmful (1)']);
  });

  it('keeps hostile inputs and answers inert and short in the cells', () => {
    const [row] = guardrailRows([
      verdict('p.md', [
        outcome('x', {
          suite: 'injection',
          input: `<img src=x> ${'a'.repeat(300)}`,
          failures: [leak(0, 1, '@octocat | see https://evil.example')],
        }),
      ]),
    ]);
    expect(row[3]).toMatch(/^`x` &lt;img src=x> a+…$/);
    expect(row[3].length).toBeLessThan(140);
    expect(row[4]).toBe('@\u200Doctocat \\| see https:\u200D//evil.example');
  });
});

describe('guardrailRows at scale', () => {
  it('groups 200,000 cases by suite in one pass', () => {
    // A suite's list copied for each case it gained made this quadratic: minutes at this size.
    const suites = ['typos', 'injection', undefined];
    const cases = Array.from({ length: 200_000 }, (_, i) =>
      outcome(`c${i}`, { suite: suites[i % 3], basePassRate: 1, headPassRate: 1 }),
    );
    const rows = guardrailRows([verdict('prompts/a.md', cases)]);
    expect(rows.map((row) => row[0])).toEqual(['typos (66667)', 'injection (66667)']);
  });
});
