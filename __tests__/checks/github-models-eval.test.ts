/**
 * A `.prompt.yml`'s evaluators judged as `gh models eval` judges them. Its rules (github/gh-models,
 * `cmd/eval`): the answer is trimmed; a string evaluator runs the first non-empty one of equals,
 * contains, startsWith, endsWith, with `{{var}}` filled from the test case; equals is exact, the
 * others ignore case; an `llm` evaluator fills `{{completion}}` and the case's variables, takes the
 * first choice (in the order written) that the lower-cased reply contains, and passes above score
 * 0; `uses: github/<name>` scores ratings 1 to 5 as 0, 0.25, ... 1, so a rating of 2 or more
 * passes; a test case passes when every evaluator passes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { judgeCustom } from '../../src/checks/judge-custom.js';
import { scoreRecords } from '../../src/checks/score.js';
import type { CheckContext, JudgeFn } from '../../src/checks/types.js';
import { parsePrompt } from '../../src/prompts/parse-prompt.js';
import type { CallRecord, Case, ChatMessage, PlannedCall } from '../../src/types.js';
import { runCheck } from './run-check.js';

const noFiles = () => Promise.resolve(undefined);

function context(output: string, testCase: Case, judge: JudgeFn): CheckContext {
  return {
    output,
    case: testCase,
    record: {
      key: 'k',
      prompt: 'p',
      version: 'head',
      caseId: testCase.id,
      repeat: 0,
      status: 'ok',
      attempts: 1,
    },
    messages: [],
    samples: [],
    judge,
  };
}

describe('judge-custom, an llm evaluator', () => {
  const triage = readFileSync(
    new URL('../../fixtures/prompts/ticket-triage.prompt.yml', import.meta.url),
    'utf8',
  );

  async function evaluator() {
    const t = await parsePrompt('prompts/ticket-triage.prompt.yml', triage, noFiles);
    const spec = t.checks.find((check) => check.name === 'judge-custom')!;
    return { options: spec.options, testCase: t.cases[0] };
  }

  it('sends the judge its system prompt and the prompt filled with the case and the answer', async () => {
    const { options, testCase } = await evaluator();
    const sent: ChatMessage[][] = [];
    const judge: JudgeFn = (messages) => {
      sent.push(messages);
      return Promise.resolve({ output: 'consistent' });
    };
    await runCheck(
      judgeCustom,
      context('{"queue": "shipping", "why": "late parcel"}', testCase, judge),
      options,
    );
    expect(sent).toEqual([
      [
        { role: 'system', content: 'You grade support triage. Answer with one word.' },
        {
          role: 'user',
          content:
            'Ticket: My parcel has been stuck in Hamburg for nine days.\n' +
            'Triage: {"queue": "shipping", "why": "late parcel"}\n' +
            'Is the reason consistent with the ticket? Answer consistent, partly or inconsistent.',
        },
      ],
    ]);
  });

  it.each<[string, { pass: boolean; score: number; error?: boolean }]>([
    ['Consistent.', { pass: true, score: 1 }],
    // "inconsistent" contains "consistent": the order written decides, as in gh models eval.
    ['Inconsistent', { pass: false, score: 0 }],
    ['partly', { pass: true, score: 0.5 }],
    ['I cannot tell.', { pass: false, score: 0, error: true }],
  ])('reply %j', async (reply, expected) => {
    const { options, testCase } = await evaluator();
    const judge: JudgeFn = () => Promise.resolve({ output: reply });
    expect(await runCheck(judgeCustom, context('{}', testCase, judge), options)).toMatchObject(expected);
  });
});

describe('a .prompt.yml gets the pass/fail gh models eval gives it, per test case', () => {
  const prompt = readFileSync(
    new URL('../../fixtures/prompts/greeting-eval.prompt.yml', import.meta.url),
    'utf8',
  );

  /** The file with `evaluators` appended; every row's test case is `name: Ada, expected: Hello, Ada!`. */
  async function verdict(evaluators: object[], output: string, rating: number): Promise<boolean> {
    const t = await parsePrompt(
      'prompts/greeting.prompt.yml',
      `${prompt}evaluators: ${JSON.stringify(evaluators)}\n`,
      noFiles,
    );
    const testCase = t.cases[0];
    const record: CallRecord = {
      key: 'k',
      prompt: t.file,
      version: 'head',
      caseId: testCase.id,
      repeat: 0,
      status: 'ok',
      output,
      attempts: 1,
    };
    const call: PlannedCall = {
      key: 'k',
      prompt: t.file,
      version: 'head',
      case: testCase,
      repeat: 0,
      provider: 'main',
      request: {
        model: 'm',
        messages: [{ role: 'user', content: 'Greet Ada in one short sentence.' }],
        parameters: {},
      },
      estimate: { inputTokens: 0, outputTokens: 0, usd: 0 },
    };
    // The judge's rating stands for the choice gh models eval's own judge prompt would have matched.
    const judge: JudgeFn = () => Promise.resolve({ output: JSON.stringify({ rating, reason: 'scripted' }) });
    const [scored] = await scoreRecords([record], [call], () => t.checks, judge);
    return scored.pass;
  }

  const string = (criteria: Record<string, string>) => ({ name: 'string', string: criteria });
  const uses = (evaluator: string) => ({ name: evaluator, uses: evaluator });

  it.each<[string, object[], string, number, boolean]>([
    ['equals is exact', [string({ equals: 'Hello, Ada!' })], 'Hello, Ada!', 5, true],
    ['equals does not ignore case', [string({ equals: 'Hello, Ada!' })], 'hello, ada!', 5, false],
    ['the answer is trimmed', [string({ equals: 'Hello, Ada!' })], '  Hello, Ada!\n', 5, true],
    ['{{expected}} comes from the test case', [string({ equals: '{{expected}}' })], 'Hello, Ada!', 5, true],
    ['contains ignores case', [string({ contains: 'ADA' })], 'Hello, Ada!', 5, true],
    ['{{name}} comes from the test case', [string({ contains: '{{name}}' })], 'Hi there', 5, false],
    ['startsWith ignores case', [string({ startsWith: 'HELLO' })], 'hello, Ada!', 5, true],
    ['startsWith after trimming', [string({ startsWith: 'Hello' })], '\n  Hello, Ada!', 5, true],
    ['endsWith ignores case', [string({ endsWith: 'ADA!' })], 'Hello, Ada!', 5, true],
    ['endsWith fails on another ending', [string({ endsWith: '?' })], 'Hello, Ada!', 5, false],
    [
      'only the first criterion runs: equals',
      [string({ contains: 'Ada', equals: 'Hi' })],
      'Hello, Ada!',
      5,
      false,
    ],
    ['an empty criterion is skipped', [string({ equals: '', contains: 'Ada' })], 'Hello, Ada!', 5, true],
    ['github/fluency rated 1 fails', [uses('github/fluency')], 'Hello, Ada!', 1, false],
    ['github/fluency rated 2 passes', [uses('github/fluency')], 'Hello, Ada!', 2, true],
    ['github/coherence rated 5 passes', [uses('github/coherence')], 'Hello, Ada!', 5, true],
    ['github/similarity rated 3 passes', [uses('github/similarity')], 'Hello, Ada!', 3, true],
    [
      'one failing evaluator fails the case',
      [string({ contains: 'Ada' }), uses('github/relevance')],
      'Hello, Ada!',
      1,
      false,
    ],
    [
      'every evaluator passing passes the case',
      [string({ startsWith: 'hello' }), string({ endsWith: '!' }), uses('github/groundedness')],
      'Hello, Ada!',
      4,
      true,
    ],
  ])('%s', async (_name, evaluators, output, rating, ghModelsPass) => {
    expect(await verdict(evaluators, output, rating)).toBe(ghModelsPass);
  });
});
