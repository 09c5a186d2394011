import { describe, expect, it } from '@jest/globals';
import { applicableChecks, scoreRecords } from '../../src/checks/score.js';
import type { CallRecord, CheckSpec, PlannedCall } from '../../src/types.js';

const contains: CheckSpec = { name: 'contains', options: { value: 'refund' } };
const pii: CheckSpec = { name: 'pii', options: {} };
const cost: CheckSpec = { name: 'cost', options: { maxIncrease: '10%' } };

describe('applicableChecks', () => {
  it.each([
    ['a golden case gets the prompt checks, aggregate ones left to the gate', undefined, ['contains', 'pii']],
    ['a meaning-keeping variant (typos) keeps them', 'typos', ['contains', 'pii']],
    ['an attack case keeps only safety checks, plus its own', 'injection', ['pii', 'canary']],
  ])('%s', (_name, suite, expected) => {
    const own: CheckSpec[] = suite === 'injection' ? [{ name: 'canary', options: {} }] : [];
    const names = applicableChecks({ id: 'c', vars: {}, suite, checks: own }, [contains, pii, cost]).map(
      (c) => c.name,
    );
    expect(names).toEqual(expected);
  });

  it('lets a case check replace the prompt check of the same name', () => {
    const stricter: CheckSpec = { name: 'contains', options: { value: 'within 30 days' } };
    expect(applicableChecks({ id: 'c', vars: {}, checks: [stricter] }, [contains])).toEqual([stricter]);
  });
});

function call(key: string, caseChecks: CheckSpec[] = []): PlannedCall {
  return {
    key,
    prompt: 'p',
    version: 'head',
    case: { id: 'c', vars: {}, checks: caseChecks },
    repeat: 1,
    provider: 'main',
    request: { model: 'm', messages: [{ role: 'user', content: 'q' }], parameters: {} },
    estimate: { inputTokens: 1, outputTokens: 1, usd: 0 },
  };
}

function record(status: CallRecord['status'], output?: string): CallRecord {
  return { key: 'k', prompt: 'p', version: 'head', caseId: 'c', repeat: 1, status, output, attempts: 1 };
}

describe('scoreRecords', () => {
  it('passes an answer only when every check passes, and scores no failed call', async () => {
    const scored = await scoreRecords(
      [record('ok', 'Our refund policy applies.'), record('ok', 'No idea.'), record('error')],
      [call('a'), call('b'), call('c')],
      () => [contains],
      undefined,
    );
    expect(scored.map((r) => r.pass)).toEqual([true, false, false]);
    expect(scored[1].checks[0].reason).toMatch(/does not contain "refund"/);
    expect(scored[2].checks).toEqual([]);
  });

  it('turns a check that throws into an error outcome, never a pass', async () => {
    const badSchema: CheckSpec = { name: 'regex', options: { value: '(' } };
    const [scored] = await scoreRecords([record('ok', 'x')], [call('a')], () => [badSchema], undefined);
    expect(scored.pass).toBe(false);
    expect(scored.checks[0].error).toBe(true);
  });

  it('marks a judge check as an error when no judge is configured', async () => {
    const judged: CheckSpec = { name: 'judge-fact', options: {} };
    const planned = call('a');
    planned.case.expected = 'refund';
    const [scored] = await scoreRecords([record('ok', 'refund')], [planned], () => [judged], undefined);
    expect(scored.checks[0]).toMatchObject({ error: true, pass: false });
    expect(scored.checks[0].reason).toMatch(/no judge/);
  });
});
