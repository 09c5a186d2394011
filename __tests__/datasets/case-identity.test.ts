import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { caseIdentity, foldDuplicateCases } from '../../src/datasets/case-identity.js';
import { readDataset } from '../../src/datasets/load-dataset.js';
import { parseGithubModelsPrompt } from '../../src/prompts/github-models.js';
import type { Case } from '../../src/types.js';

const c = (id: string, vars: Record<string, unknown>, rest: Partial<Case> = {}): Case => ({
  id,
  vars,
  ...rest,
});

describe('caseIdentity', () => {
  it.each<[string, Case, Case, boolean]>([
    ['same variables, other ids', c('a', { q: 'hi' }), c('b', { q: 'hi' }), true],
    ['variables in another order', c('a', { q: 'hi', n: 1 }), c('b', { n: 1, q: 'hi' }), true],
    ['a number and the string it renders as', c('a', { n: 3 }), c('b', { n: '3' }), true],
    [
      'expected as a variable (testData) and as a field (dataset)',
      c('a', { q: 'hi', expected: 'yo' }, { expected: 'yo' }),
      c('b', { q: 'hi' }, { expected: 'yo' }),
      true,
    ],
    ['another value', c('a', { q: 'hi' }), c('b', { q: 'hello' }), false],
    [
      'another expected answer',
      c('a', { q: 'hi' }, { expected: 'x' }),
      c('b', { q: 'hi' }, { expected: 'y' }),
      false,
    ],
    ['an expected answer on one only', c('a', { q: 'hi' }), c('b', { q: 'hi' }, { expected: 'x' }), false],
    ['one more variable', c('a', { q: 'hi' }), c('b', { q: 'hi', tone: 'warm' }), false],
  ])('%s', (_name, a, b, same) => {
    expect(caseIdentity(a) === caseIdentity(b)).toBe(same);
  });
});

describe('foldDuplicateCases', () => {
  it('keeps the first of each case, with the copies checks, required flag and most repeats', () => {
    const contains = { name: 'contains', options: { value: 'refund' } };
    const pii = { name: 'pii', options: {} };
    const { cases, folded } = foldDuplicateCases(
      [
        c('own#1', { q: 'hi' }, { checks: [contains] }),
        c('own#2', { q: 'bye' }),
        c('data#1', { q: 'hi' }, { checks: [contains, pii], required: true, repeats: 5 }),
        c('data#2', { q: 'new' }),
        c('data#3', { q: 'bye' }, { repeats: 1 }),
      ],
      3,
    );
    expect(folded).toBe(2);
    expect(cases.map((x) => x.id)).toEqual(['own#1', 'own#2', 'data#2']);
    expect(cases[0]).toMatchObject({ checks: [contains, pii], required: true, repeats: 5 });
    // The prompt's 3 repeats are more than the copy's 1: the case keeps the prompt's.
    expect(cases[1].repeats).toBeUndefined();
  });

  it("folds a starter dataset row into the prompt file's own testData case, as both are read", async () => {
    const prompt = parseGithubModelsPrompt(
      'prompts/support.prompt.yml',
      `messages:\n  - role: user\n    content: '{{question}}'\ntestData:\n  - question: Where is my order?\n    expected: { status: shipped }\n  - question: Refund?\n`,
    );
    const yaml = `- vars:\n    question: Where is my order?\n    expected: { status: shipped }\n  expected: '{"status":"shipped"}'\n- vars:\n    question: Refund?\n- vars:\n    question: A new case\n`;
    const rows: Case[] = [];
    for await (const row of readDataset({
      path: 'evals/support.yaml',
      size: yaml.length,
      content: Readable.from([Buffer.from(yaml)]),
    }))
      rows.push(row);
    const { cases, folded } = foldDuplicateCases([...prompt.cases, ...rows], 1);
    expect(folded).toBe(2);
    expect(cases.map((x) => x.id)).toEqual([
      'support.prompt.yml#1',
      'support.prompt.yml#2',
      'support.yaml#3',
    ]);
  });
});
