import { describe, expect, it } from '@jest/globals';
import { contains } from '../../src/checks/contains.js';
import { equals } from '../../src/checks/equals.js';
import { githubModelsString } from '../../src/checks/github-models.js';
import { jsonSchema } from '../../src/checks/json-schema.js';
import { jsonValid } from '../../src/checks/json-valid.js';
import { regex } from '../../src/checks/regex.js';
import type { AnyCheckDefinition, CheckContext } from '../../src/checks/types.js';
import { runCheck } from './run-check.js';
import type { Case } from '../../src/types.js';

function ctx(output: string, c: Partial<Case> = {}): CheckContext {
  const testCase: Case = { id: 'c1', vars: { topic: 'refund policy', name: 'Ann' }, ...c };
  return {
    output,
    case: testCase,
    record: { key: 'k', prompt: 'p', version: 'head', caseId: 'c1', repeat: 0, status: 'ok', attempts: 1 },
    messages: [],
    samples: [],
  };
}

const SCHEMA = {
  type: 'object',
  properties: { answer: { type: 'string' }, email: { type: 'string', format: 'email' } },
  required: ['answer'],
};

describe.each<
  [string, AnyCheckDefinition, string, Record<string, unknown>, Partial<Case>, boolean, number, string]
>([
  ['equals', equals, ' Paris \n', { value: 'Paris' }, {}, true, 1, 'output equals "Paris"'],
  ['equals', equals, 'paris', { value: 'Paris' }, {}, false, 0, 'output "paris" does not equal "Paris"'],
  ['equals', equals, 'paris', { value: 'Paris', ignoreCase: true }, {}, true, 1, 'output equals "Paris"'],
  ['equals', equals, '4', {}, { expected: '4' }, true, 1, 'output equals "4"'],
  [
    'contains',
    contains,
    'See our Refund Policy.',
    { value: 'refund policy' },
    {},
    false,
    0,
    'output does not contain "refund policy"',
  ],
  [
    'contains',
    contains,
    'See our Refund Policy.',
    { value: 'refund policy', ignoreCase: true },
    {},
    true,
    1,
    'output contains "refund policy"',
  ],
  [
    'contains',
    contains,
    'Hi Ann, see the refund policy',
    { value: ['{{name}}', '{{topic}}', 'days'] },
    {},
    false,
    2 / 3,
    'output does not contain "days"',
  ],
  [
    'contains',
    contains,
    'within 30 days',
    { value: ['weeks', 'days'], mode: 'any' },
    {},
    true,
    1,
    'output contains "days"',
  ],
  ['regex', regex, 'Order #12345 shipped', { value: '#\\d{5}' }, {}, true, 1, 'output matches /#\\d{5}/'],
  [
    'regex',
    regex,
    'no order',
    { pattern: '^order', flags: 'i' },
    {},
    false,
    0,
    'output does not match /^order/i (got "no order")',
  ],
  ['json-valid', jsonValid, '{"a": 1}', {}, {}, true, 1, 'output is valid JSON'],
  ['json-valid', jsonValid, 'Here:\n```json\n{"a": 1}\n```\nDone.', {}, {}, true, 1, 'output is valid JSON'],
  [
    'json-schema',
    jsonSchema,
    '{"answer": "yes"}',
    { schema: SCHEMA },
    {},
    true,
    1,
    'output matches the JSON schema',
  ],
  [
    'json-schema',
    jsonSchema,
    '{"answer": 3, "email": "nope"}',
    { schema: SCHEMA },
    {},
    false,
    0,
    'output does not match the JSON schema: /answer must be string; /email must match format "email"',
  ],
  [
    'github-models',
    githubModelsString,
    '  summary - a fox.  ',
    { startsWith: 'Summary -' },
    {},
    true,
    1,
    'output starts with "Summary -"',
  ],
  [
    'github-models',
    githubModelsString,
    'A FOX jumped',
    { contains: 'a fox' },
    {},
    true,
    1,
    'output contains "a fox"',
  ],
  [
    'github-models',
    githubModelsString,
    'Done.',
    { endsWith: 'done' },
    {},
    false,
    0,
    'output does not end with "done"',
  ],
  [
    'github-models',
    githubModelsString,
    'summary - 4',
    { equals: 'Summary - {{expected}}' },
    { expected: '4' },
    false,
    0,
    'output does not equal "Summary - 4"',
  ],
  [
    'github-models',
    githubModelsString,
    'Summary - 4',
    { equals: 'Summary - {{expected}}' },
    { expected: '4' },
    true,
    1,
    'output equals "Summary - 4"',
  ],
])('%s', (_name, check, output, options, testCase, pass, score, reason) => {
  it(`${JSON.stringify(output)} with ${JSON.stringify(options)} -> ${reason}`, async () => {
    const result = await runCheck(check, ctx(output, testCase), options);
    expect(result.pass).toBe(pass);
    expect(result.score).toBeCloseTo(score);
    expect(result.reason).toBe(reason);
  });
});

describe('basic checks on odd answers', () => {
  it('json-valid says why the output is not JSON', async () => {
    expect(await runCheck(jsonValid, ctx('{"a": '))).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^output is not valid JSON: /),
    });
  });

  it('marks equals with neither a value nor an expected answer as undecided, never passed', async () => {
    expect(await runCheck(equals, ctx('x'))).toMatchObject({ pass: false, error: true });
  });

  it('regex reports the matched text as evidence', async () => {
    expect(await runCheck(regex, ctx('call 555-1234'), { value: '\\d{3}-\\d{4}' })).toMatchObject({
      evidence: '555-1234',
    });
  });

  it('regex fills {{var}} from the case before matching', async () => {
    const result = await runCheck(regex, ctx('Hi Ann!'), { value: '^Hi {{name}}!$' });
    expect(result).toMatchObject({ pass: true, reason: 'output matches /^Hi Ann!$/' });
  });

  it('a global regex matches every answer, not every other one', async () => {
    const options = { value: 'ok', flags: 'g' };
    const results = await Promise.all([1, 2, 3].map(() => runCheck(regex, ctx('ok'), options)));
    expect(results.map((r) => r.pass)).toEqual([true, true, true]);
  });
});
