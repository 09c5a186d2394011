import { describe, expect, it } from '@jest/globals';
import { applicableChecks, Scorer, scoreRecords } from '../../src/checks/score.js';
import { AnswerSpill, SpilledText, answerText } from '../../src/run/answer-spill.js';
import type { CallRecord, CheckSpec, PlannedCall, ScoredRecord } from '../../src/types.js';

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

describe('Scorer', () => {
  const consistency: CheckSpec = { name: 'consistency', options: {} };

  function repeated(repeat: number): PlannedCall {
    return { ...call(`a#${repeat}`), repeat };
  }

  function answered(repeat: number, output: string): CallRecord {
    return { ...record('ok', output), key: `a#${repeat}`, repeat };
  }

  it('scores an answer as its call ends, before the run is over', async () => {
    const scorer = new Scorer([call('a'), call('b')], () => [contains], undefined);
    const first = record('ok', 'Our refund policy applies.');
    scorer.add(first, 0);
    // Scoring runs in the same turns as the calls: a few turns later the first answer is scored.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    expect((first as ScoredRecord).pass).toBe(true);
    const second = record('ok', 'No idea.');
    const scored = await scorer.finish([first, second]);
    expect(scored.map((r) => r.pass)).toEqual([true, false]);
  });

  it('holds an answer whose check compares repeats until every repeat is in', async () => {
    const plan = [repeated(1), repeated(2)];
    const scorer = new Scorer(plan, () => [consistency], undefined);
    const first = answered(1, 'The refund window is 30 days.');
    scorer.add(first, 0);
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    expect((first as ScoredRecord).checks).toBeUndefined();
    const second = answered(2, 'The refund window is 30 days.');
    scorer.add(second, 1);
    const scored = await scorer.finish([first, second]);
    expect(scored.map((r) => r.checks[0].error ?? false)).toEqual([false, false]);
    expect(scored.map((r) => r.pass)).toEqual([true, true]);
  });

  it('scores the same whether answers come in as they end or all at the end', async () => {
    const plan = [repeated(1), repeated(2), call('b'), call('c')];
    const outputs = ['Refund in 30 days.', 'Refunds take 30 days.', 'No idea.', 'A refund, yes.'];
    const records = (): CallRecord[] => [
      answered(1, outputs[0]),
      answered(2, outputs[1]),
      record('ok', outputs[2]),
      record('error'),
    ];
    const checks = (): CheckSpec[] => [contains, consistency];
    const atEnd = await scoreRecords(records(), plan, checks, undefined);
    const scorer = new Scorer(plan, checks, undefined);
    const live = records();
    for (const index of [2, 0, 3, 1]) scorer.add(live[index], index);
    expect(await scorer.finish(live)).toEqual(atEnd);
  });

  it('puts a long answer on disk once scored; checks that read the other repeats read it back', async () => {
    const plan = [repeated(1), repeated(2), call('b')];
    const long = (n: number): string =>
      `Refund within 30 days, answer ${n}. ${'Details follow. '.repeat(30)}`;
    const records = (): CallRecord[] => [
      answered(1, long(1)),
      answered(2, long(2)),
      record('ok', 'short refund'),
    ];
    const checks = (): CheckSpec[] => [contains, consistency];
    const inMemory = await scoreRecords(records(), plan, checks, undefined);
    const scorer = new Scorer(plan, checks, undefined, undefined, new AnswerSpill({ flushBytes: 100 }));
    const live = records();
    for (const index of [2, 0, 1]) scorer.add(live[index], index);
    const spilled = await scorer.finish(live);
    expect(spilled.map((r) => r.output instanceof SpilledText)).toEqual([true, true, false]);
    expect(spilled.map((r) => answerText(r.output))).toEqual(inMemory.map((r) => r.output));
    expect(spilled.map((r) => r.checks)).toEqual(inMemory.map((r) => r.checks));
  });
});
