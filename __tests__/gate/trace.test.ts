import { describe, expect, it } from '@jest/globals';
import { groupByCase } from '../../src/gate/records.js';
import { caseTrace, reportedCase } from '../../src/gate/trace.js';
import { largeResult } from '../helpers/large-run.js';
import type { CaseTrace, PlannedCall, ScoredRecord } from '../../src/types.js';

const PROMPT = 'prompts/a.md';

function call(version: 'base' | 'head', caseId: string, repeat: number, prompt = PROMPT): PlannedCall {
  return {
    key: `${prompt}#${version}#${caseId}#${repeat}`,
    prompt,
    version,
    case: { id: caseId, vars: {} },
    repeat,
    provider: 'main',
    request: {
      model: 'gpt-test',
      messages: [{ role: 'user', content: `${version} ${caseId}` }],
      parameters: { temperature: 0 },
    },
    estimate: { inputTokens: 1, outputTokens: 1, usd: 0 },
  };
}

function record(planned: PlannedCall, overrides: Partial<ScoredRecord> = {}): ScoredRecord {
  return {
    key: planned.key,
    prompt: planned.prompt,
    version: planned.version,
    caseId: planned.case.id,
    repeat: planned.repeat,
    status: 'ok',
    output: `answer ${planned.key}`,
    attempts: 1,
    provider: 'main',
    model: 'gpt-test-0613',
    checks: [{ check: 'contains "x"', name: 'contains', pass: true, score: 1, reason: 'found "x"' }],
    pass: true,
    ...overrides,
  };
}

/** The trace as the reports show it. */
function shown(trace: CaseTrace<ScoredRecord>): CaseTrace {
  const c = { caseId: 'c1', flaky: false, required: false, regressed: false, input: '', reasons: [] };
  return reportedCase({ ...c, answers: { base: 0, head: 0 }, checks: [], trace }).trace!;
}

describe('groupByCase', () => {
  it("keeps each version's first call of each case of the prompt (and of its old path), whose request the trace shows", () => {
    const plan = [
      call('base', 'c1', 1, 'prompts/old.md'),
      call('head', 'c1', 1),
      call('head', 'c1', 2),
      call('head', 'c2', 1, 'prompts/other.md'),
    ];
    const groups = groupByCase(
      PROMPT,
      plan.map((c) => record(c)),
      plan,
      'prompts/old.md',
    );
    expect(groups.map((g) => g.caseId)).toEqual(['c1']);
    expect(groups[0].baseCall?.request.messages[0].content).toBe('base c1');
    expect(groups[0].headCall).toBe(plan[1]);
    expect(groups[0].head.map((r) => r.repeat)).toEqual([1, 2]);
    expect(caseTrace(groups[0]).base?.request?.messages[0].content).toBe('base c1');
  });
});

describe('caseTrace', () => {
  it('keeps every answer of each version in repeat order with its request, provider, attempts and verdict', () => {
    const [base1, head1, head2] = [call('base', 'c1', 1), call('head', 'c1', 1), call('head', 'c1', 2)];
    const failedCheck = {
      check: 'contains "x"',
      name: 'contains',
      pass: false,
      score: 0,
      reason: 'missing "x"',
    };
    const answers = {
      base: [record(base1)],
      head: [
        record(head1, {
          attempts: 2,
          provider: 'backup',
          failures: [{ provider: 'main', error: 'HTTP 500' }],
          checks: [failedCheck],
          pass: false,
        }),
        record(head2, { status: 'error', output: undefined, error: 'timed out', checks: [], pass: false }),
      ],
    };
    const kept = caseTrace({ caseId: 'c1', case: base1.case, ...answers }, { base: base1, head: head1 });
    // The run's records themselves, not copies: the report's shape is made when it is written.
    expect(kept.head?.answers).toEqual(answers.head);
    kept.head?.answers.forEach((answer, i) => expect(answer).toBe(answers.head[i]));
    expect(kept.base?.answers[0]).toBe(answers.base[0]);
    const trace = shown(kept);
    expect(trace.base).toEqual({
      request: base1.request,
      answers: [
        {
          repeat: 1,
          status: 'ok',
          output: `answer ${base1.key}`,
          attempts: 1,
          provider: 'main',
          model: 'gpt-test-0613',
          checks: [expect.objectContaining({ pass: true })],
          pass: true,
        },
      ],
    });
    expect(trace.head?.answers.map((a) => [a.repeat, a.status, a.pass])).toEqual([
      [1, 'ok', false],
      // No answer: nothing can be claimed, so no verdict either way.
      [2, 'error', undefined],
    ]);
    expect(trace.head?.answers[0]).toMatchObject({
      attempts: 2,
      provider: 'backup',
      failures: [{ provider: 'main', error: 'HTTP 500' }],
    });
  });

  it('leaves out a version with no answers, and the request of answers from a baseline', () => {
    const head = call('head', 'c1', 1);
    const trace = caseTrace(
      { caseId: 'c1', case: head.case, base: [record(call('base', 'c1', 1))], head: [record(head)] },
      { head },
    );
    expect(trace.base).not.toHaveProperty('request');
    expect(
      caseTrace({ caseId: 'c1', case: head.case, base: [], head: [record(head)] }, undefined).base,
    ).toBeUndefined();
  });
});

describe('decide', () => {
  it("puts each case's trace in the result", () => {
    const [first] = largeResult(3).prompts[0].cases;
    expect(first.trace?.base?.request?.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(first.trace?.head?.answers[0].output).toEqual(expect.any(String));
  });
});
