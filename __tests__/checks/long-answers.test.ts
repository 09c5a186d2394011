/**
 * Never hangs on what it is given (issue 14): the text checks on 200,000-character hostile answers.
 * Each test's timeout is the guard: before the fix these took from 26 s (secrets) to 91 s (citations).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { citations } from '../../src/checks/citations.js';
import { loadLanguageModels } from '../../src/checks/guard/language-models.js';
import { piiCheck } from '../../src/checks/pii.js';
import { secretsCheck } from '../../src/checks/secrets.js';
import { toxicityCheck } from '../../src/checks/toxicity.js';
import type { AnyCheckDefinition, CheckContext } from '../../src/checks/types.js';
import { runCheck } from './run-check.js';

// The pii and toxicity detectors read the English language models.
beforeAll(loadLanguageModels);

/** Jest's default: the config allows a minute, which would hide a check that has turned slow again. */
const TIMEOUT_MS = 5000;
const LENGTH = 200_000;

/** `unit` repeated to exactly LENGTH characters. */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

function context(output: string): CheckContext {
  return {
    output,
    case: {
      id: 'c1',
      vars: {},
      context: ['Acme Cloud costs $40 per user per month.'],
    },
    record: { key: 'k', prompt: 'p', version: 'head', caseId: 'c1', repeat: 0, status: 'ok', attempts: 1 },
    messages: [{ role: 'user', content: 'the question' }],
    samples: [],
  };
}

const HOSTILE: Array<[string, string]> = [
  ['a.a.a.', fill('a.')],
  ['one endless word', fill('a')],
  ['an endless key', `sk-${fill('a')}`.slice(0, LENGTH)],
  ['digits and spaces', fill('1 ')],
  ['citations in one sentence', fill('[1]')],
  ['titles without names', fill('Mr ')],
  ['card-like groups', fill('4111 ')],
  ['one word repeated', fill('word ')],
  ['no sentence punctuation', fill('the answer goes on without a stop and ')],
  ['quotations never closed', fill('\u201ca ')],
  ['source lists never closed', fill('(source: ')],
];

const CHECKS: Array<[string, AnyCheckDefinition]> = [
  ['citations', citations],
  ['toxicity', toxicityCheck],
  ['pii', piiCheck],
  ['secrets', secretsCheck],
];

describe.each(CHECKS)('%s on a 200,000-character hostile answer', (_name, check) => {
  it.each(HOSTILE)(
    '%s',
    async (_label, output) => {
      const result = await runCheck(check, context(output));
      expect(result.error).toBeUndefined();
      expect(result.score).toBeGreaterThanOrEqual(0);
    },
    TIMEOUT_MS,
  );
});

describe('a finding at the end of a long benign answer', () => {
  const benign = fill('Acme Cloud is billed monthly and support answers within a day. ');

  it.each<[string, AnyCheckDefinition, string, RegExp]>([
    ['secrets: an API key', secretsCheck, 'Use sk-proj-4fQx9LmZ2vT8rW1yK6nB3cD7 here.', /OpenAI API key/],
    [
      'pii: a card number',
      piiCheck,
      'Your card 4111 1111 1111 1111 is on file.',
      /credit-card "4111 1111 1111 1111"/,
    ],
    [
      'citations: an invented source',
      citations,
      'Acme was founded on the moon [history].',
      /invented: \[history\]/,
    ],
    ['toxicity: a threat', toxicityCheck, 'I will kill you.', /threat/],
  ])(
    '%s',
    async (_label, check, planted, reason) => {
      const result = await runCheck(check, context(`${benign}\n\n${planted}`));
      expect(result.pass).toBe(false);
      expect(result.reason).toMatch(reason);
    },
    TIMEOUT_MS,
  );
});
