import { describe, expect, it } from '@jest/globals';
import type { CheckContext, JudgeFn } from '../../src/checks/types.js';
import { runCheck } from './run-check.js';
import type { Case } from '../../src/types.js';
import { grounding, groundingScore } from '../../src/checks/grounding.js';
import { reference, referenceScore } from '../../src/checks/reference.js';
import { judgeFact } from '../../src/checks/judge-fact.js';
import { judgeGrounding } from '../../src/checks/judge-grounding.js';
import { consistency } from '../../src/checks/consistency.js';
import { citations, findCitations } from '../../src/checks/citations.js';
import { splitSentences } from '../../src/checks/text/tokens.js';

const CONTEXT =
  'Acme Cloud costs $40 per user per month. The annual plan includes a 30-day free trial. ' +
  'Acme was founded in 1999 in Boston by Maria Lopez. Acme does not offer phone support.';

function context(
  output: string,
  overrides: Partial<Case> = {},
  extra: Partial<CheckContext> = {},
): CheckContext {
  const testCase: Case = { id: 'case-1', vars: {}, context: CONTEXT, ...overrides };
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
    messages: [{ role: 'user', content: 'Tell me about Acme.' }],
    samples: [],
    ...extra,
  };
}

function judgeReplying(output: string): JudgeFn {
  return () => Promise.resolve({ output });
}

describe('grounding', () => {
  it.each([
    ['supported answer', 'Acme was founded in 1999 in Boston. It costs $40 per user per month.', true, ''],
    ['wrong number', 'Acme was founded in 1987 in Boston.', false, '"1987"'],
    ['wrong entity', 'Acme was founded in 1999 in Paris.', false, '"paris"'],
    ['negation flip (inserted)', 'The annual plan does not include a free trial.', false, 'negate'],
    ['negation flip (removed)', 'Acme offers phone support.', false, 'negate'],
    [
      'a paraphrase that rewords a long answer',
      'Maria Lopez started Acme in Boston back in 1999, and today Acme Cloud is priced at $40 for each user every month.',
      true,
      '',
    ],
    ['a reply particle is not a negation', 'No, Acme does not offer phone support.', true, ''],
    ['a short span with a word the context lacks', 'Founded by Maria Garcia.', false, 'garcia'],
    [
      'facts joined that the context keeps apart',
      'Maria Lopez costs $40.',
      false,
      'never states them together',
    ],
  ])('%s', async (_name, answer, pass, named) => {
    const result = await runCheck(grounding, context(answer));
    expect(result).toMatchObject({ pass });
    expect(result).not.toHaveProperty('error', true);
    if (named) expect(result.reason).toContain(named);
  });

  it('names a word swapped for its opposite', () => {
    const result = groundingScore(
      'Quarterly sales fell by 12 percent in 2023.',
      'Quarterly sales rose by 12 percent in 2023.',
    );
    expect(result.score).toBeLessThan(0.51);
    expect(result.claims[0].opposedWords.length).toBeGreaterThan(0);
  });

  it('says how many sentences the context supports', async () => {
    const result = await runCheck(
      grounding,
      context('Acme was founded in 1999. Acme was founded in 1987 by Maria Lopez.'),
    );
    expect(result.reason).toMatch(
      /^weakest sentence.s support 0\.\d\d \(min 0\.51\): 1 of 2 sentences supported by the context; unsupported: "1987"/,
    );
  });

  it('reports an error, not a pass, when the case has no context', async () => {
    const result = await runCheck(grounding, context('Anything.', { context: undefined }));
    expect(result).toMatchObject({ pass: false, error: true });
    expect(result.reason).toContain('no context in case case-1');
  });

  it('scores a fully supported answer 1 and a made-up one lower', () => {
    expect(groundingScore('Maria Lopez founded Acme.', CONTEXT).score).toBe(1);
    expect(groundingScore('Acme sells bicycles to penguins.', CONTEXT).score).toBeLessThan(0.51);
  });

  it('reads context given as several passages', async () => {
    expect(
      (
        await runCheck(
          grounding,
          context('Acme was founded in Boston.', { context: ['Unrelated text.', CONTEXT] }),
        )
      ).pass,
    ).toBe(true);
  });
});

describe('splitSentences', () => {
  it.each([
    ['glued sentences', 'It ended in the 19th century.First for Women is a magazine.', 2],
    ['decimal numbers', 'The time was 0.9 s. It was fast.', 2],
    ['abbreviations', 'It runs along U.S. Highway 60.', 1],
  ])('%s', (_name, text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});

describe('reference', () => {
  it.each([
    ['exact after normalising', 'Richard Nixon.', 'richard nixon', true],
    ['answer contains the reference', 'It first aired in 2006.', '2006', true],
    ['wrong year', 'It first aired in 2008.', 'It first aired in 2006.', false],
    ['wrong entity', 'The capital is Lyon.', 'The capital is Paris.', false],
  ])('%s', async (_name, answer, expected, pass) => {
    expect((await runCheck(reference, context(answer, { expected }))).pass).toBe(pass);
  });

  it('names the numbers that disagree', () => {
    expect(referenceScore('It first aired in 2008.', 'It first aired in 2006.').disagreements).toEqual([
      '"2006" vs "2008"',
    ]);
  });

  it('reports an error when the case has no expected answer', async () => {
    expect(await runCheck(reference, context('x'))).toMatchObject({ pass: false, error: true });
  });
});

describe('judge-fact', () => {
  const withJudge = (reply: string): CheckContext =>
    context('Paris.', { expected: 'Paris' }, { judge: judgeReplying(reply) });

  it.each([
    ['C', true],
    ['E', true],
    ['D', false],
    ['B', false],
  ])('choice %s passes: %s', async (choice, pass) => {
    const result = await runCheck(judgeFact, withJudge(JSON.stringify({ choice, reason: 'because' })), {});
    expect(result).toMatchObject({ pass });
    expect(result.reason).toContain(`(${choice})`);
  });

  it.each([
    ['prose', 'The answer is C.'],
    ['unknown choice', '{"choice": "F", "reason": "x"}'],
    ['missing reason', '{"choice": "C"}'],
  ])('a reply that breaks the schema (%s) is an error, never a pass', async (_name, reply) => {
    const result = await runCheck(judgeFact, withJudge(reply), {});
    expect(result).toMatchObject({ pass: false, error: true });
    expect(result.reason).toMatch(/^judge reply broke its schema: /);
  });

  it('accepts a fenced JSON reply', async () => {
    const result = await runCheck(
      judgeFact,
      withJudge('```json\n{"choice": "A", "reason": "subset"}\n```'),
      {},
    );
    expect(result.pass).toBe(true);
  });

  it('reports an error when no judge is configured', async () => {
    const result = await runCheck(judgeFact, context('Paris.', { expected: 'Paris' }), {});
    expect(result).toMatchObject({
      pass: false,
      error: true,
      reason: expect.stringContaining('no judge provider configured'),
    });
  });
});

describe('judge-grounding', () => {
  it('scores the share of claims the judge found supported', async () => {
    const reply = JSON.stringify({
      claims: [
        { claim: 'a', supported: true },
        { claim: 'founded in 1987', supported: false },
      ],
    });
    const result = await runCheck(judgeGrounding, context('x', {}, { judge: judgeReplying(reply) }), {});
    expect(result).toMatchObject({ pass: false, score: 0.5 });
    expect(result.reason).toContain('unsupported: "founded in 1987"');
  });

  it('treats a reply without claims as broken', async () => {
    const result = await runCheck(
      judgeGrounding,
      context('x', {}, { judge: judgeReplying('{"verdict": "ok"}') }),
      {},
    );
    expect(result).toMatchObject({ pass: false, error: true });
  });
});

describe('consistency', () => {
  it('passes when the other samples say the same thing', async () => {
    const samples = ['Acme was founded in Boston in 1999.', 'In 1999 Acme was founded in Boston.'];
    expect(
      (await runCheck(consistency, context('Acme was founded in Boston in 1999.', {}, { samples }))).pass,
    ).toBe(true);
  });

  it('fails when a sentence appears in no other sample', async () => {
    const samples = ['Acme was founded in Boston.', 'Acme was founded in Boston.'];
    const result = await runCheck(
      consistency,
      context('Acme was founded in Boston. Its mascot is a purple walrus.', {}, { samples }),
    );
    expect(result).toMatchObject({ pass: false, score: 0.5, evidence: 'Its mascot is a purple walrus.' });
  });

  it('reports an error without other samples', async () => {
    const result = await runCheck(consistency, context('Acme.'));
    expect(result).toMatchObject({
      pass: false,
      error: true,
      reason: expect.stringContaining('repeats >= 2'),
    });
  });
});

describe('citations', () => {
  const passages = [
    { id: 'pricing', text: 'Acme Cloud costs $40 per user per month.' },
    { id: 'history', text: 'Acme was founded in 1999 in Boston.' },
  ];

  it('finds bracket and source citations', () => {
    expect(findCitations('A [1, 2]. B (source: faq). See [docs](https://x).').map((c) => c.id)).toEqual([
      '1',
      '2',
      'faq',
    ]);
  });

  it('passes when each cited passage supports its sentence', async () => {
    expect(
      (
        await runCheck(
          citations,
          context('Acme costs $40 per user per month [pricing].', { context: passages as never }),
        )
      ).pass,
    ).toBe(true);
  });

  it('fails on an invented citation and names it', async () => {
    const result = await runCheck(
      citations,
      context('Acme was founded in 1999 [doc-9].', { context: passages as never }),
    );
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('invented: [doc-9]');
  });

  it('fails when the cited passage does not support the sentence', async () => {
    const result = await runCheck(
      citations,
      context('Acme was founded in 1999 [pricing].', { context: passages as never }),
    );
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('not supported by the cited passage: [pricing]');
  });

  it('indexes plain string passages from 1', async () => {
    expect(
      (
        await runCheck(
          citations,
          context('Acme costs $40 per user per month [1].', { context: [passages[0].text] }),
        )
      ).pass,
    ).toBe(true);
  });
});
