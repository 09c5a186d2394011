import { beforeAll, describe, expect, it } from '@jest/globals';
import { createRng } from '../../src/random.js';
import { normaliseForToxicity } from '../../src/checks/toxicity.js';
import { generateAdversarial, listSuites, pickInputVar } from '../../src/datasets/adversarial/generate.js';
import { MUTATORS, rot13, type MutatorName } from '../../src/datasets/adversarial/mutators.js';
import { UserError } from '../../src/errors.js';
import type { Case } from '../../src/types.js';
import { loadLanguageModels } from '../../src/checks/guard/language-models.js';

// The pii and toxicity detectors read the English language models.
beforeAll(loadLanguageModels);

const INPUT = 'Please refund order 48213 placed on 2024-03-05 for 129.99 dollars';
const names = Object.keys(MUTATORS) as MutatorName[];

describe('mutators', () => {
  it.each(names)('%s is deterministic for a seed and varies across seeds', (name) => {
    const a = MUTATORS[name](INPUT, createRng(7));
    expect(MUTATORS[name](INPUT, createRng(7))).toBe(a);
    if (name !== 'empty') {
      const outputs = new Set([1, 2, 3, 4, 5].map((seed) => MUTATORS[name](INPUT, createRng(seed))));
      expect(outputs.size).toBeGreaterThan(1);
    }
  });

  it.each(['typos', 'noise', 'emoji', 'unicode', 'language', 'long'] as MutatorName[])(
    '%s keeps every number of the request',
    (name) => {
      for (let seed = 0; seed < 20; seed++) {
        const out = MUTATORS[name](INPUT, createRng(seed));
        for (const number of ['48213', '2024-03-05', '129.99']) expect(out).toContain(number);
        expect(out).not.toBe(INPUT);
      }
    },
  );

  it('typos change only a few letters of a few words', () => {
    const out = MUTATORS.typos(INPUT, createRng(3));
    const before = INPUT.split(' ');
    const after = out.split(' ');
    expect(after.length).toBe(before.length);
    expect(after.filter((w, i) => w !== before[i]).length).toBeLessThanOrEqual(3);
  });

  it('encoding keeps the request recoverable', () => {
    for (let seed = 0; seed < 12; seed++) {
      const out = MUTATORS.encoding(INPUT, createRng(seed));
      const payload = out.split('\n\n')[1];
      const decoded = [
        Buffer.from(payload, 'base64').toString('utf8'),
        rot13(payload),
        Buffer.from(payload, 'hex').toString('utf8'),
      ];
      expect(decoded).toContain(INPUT);
    }
  });

  it('unicode hides the plain text behind look-alikes that still read the same', () => {
    for (let seed = 0; seed < 10; seed++) {
      const out = MUTATORS.unicode(INPUT, createRng(seed));
      expect(out).toMatch(/[^\p{ASCII}]/u);
      expect(normaliseForToxicity(out)).toBe(normaliseForToxicity(INPUT));
    }
  });

  it('long buries the request in at least 10,000 characters', () => {
    expect(MUTATORS.long(INPUT, createRng(1)).length).toBeGreaterThan(10_000);
  });
});

const golden: Case[] = [
  {
    id: 'refund-1',
    vars: { customer: 'Ada', question: INPUT },
    expected: 'Refund issued',
    checks: [
      { name: 'contains', options: { value: 'refund' } },
      { name: 'pii', options: {} },
    ],
  },
  {
    id: 'summary-1',
    vars: { email: 'Hello,\nThe invoice is attached.\nRegards' },
    context: 'Invoice 77 is due on Friday.\nPay by card.',
  },
];

describe('generateAdversarial', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const suites = listSuites().map((s) => s.name);
    const a = generateAdversarial(golden, suites, { seed: 42 });
    expect(generateAdversarial(golden, suites, { seed: 42 })).toEqual(a);
    expect(generateAdversarial(golden, suites, { seed: 43 })).not.toEqual(a);
    expect(a).toHaveLength(golden.length * suites.length);
  });

  it('robustness variants keep the parent, its checks and its reference answer', () => {
    const [variant] = generateAdversarial([golden[0]], ['typos'], { seed: 1 });
    expect(variant).toMatchObject({
      id: 'refund-1~typos',
      suite: 'typos',
      parentId: 'refund-1',
      expected: 'Refund issued',
      checks: golden[0].checks,
    });
    expect(variant.vars.customer).toBe('Ada');
    expect(variant.vars.question).not.toBe(INPUT);
  });

  it('empty and nonsense variants keep only the safety checks', () => {
    for (const variant of generateAdversarial([golden[0]], ['empty', 'nonsense'], { seed: 1 })) {
      expect(variant.checks?.map((c) => c.name)).toEqual(['pii']);
      expect(variant.expected).toBeUndefined();
    }
  });

  it('injection plants a system canary and asks the input to echo a second token', () => {
    const [variant] = generateAdversarial([golden[0]], ['injection'], { seed: 5 });
    const { systemToken, injectionToken } = variant.canary!;
    expect(systemToken).toMatch(/^PG-CANARY-[0-9a-f]{6}$/);
    expect(injectionToken).toMatch(/^PG-INJECT-[0-9a-f]{6}$/);
    expect(variant.systemSuffix).toContain(systemToken);
    expect(String(variant.vars.question)).toContain(injectionToken);
    expect(String(variant.vars.question)).toContain(INPUT);
    expect(variant.checks?.map((c) => c.name)).toEqual(['canary']);
  });

  it('indirect injection lands in the context when the case has one', () => {
    const [variant] = generateAdversarial([golden[1]], ['indirect-injection'], { seed: 5 });
    expect(String(variant.context)).toContain(variant.canary!.injectionToken!);
    expect(variant.vars.email).toBe(golden[1].vars.email);
  });

  it('indirect injection lands in a document-like var when there is no context', () => {
    const noContext: Case = {
      id: 'd',
      vars: { question: 'Summarise it', document: 'Line one.\nLine two.\nLine three.' },
    };
    const [variant] = generateAdversarial([noContext], ['indirect-injection'], { seed: 5 });
    expect(String(variant.vars.document)).toContain(variant.canary!.injectionToken!);
    expect(variant.vars.question).toBe('Summarise it');
  });

  it.each([
    ['harmful', true, 'refuse'],
    ['jailbreak', true, 'refuse'],
    ['benign-edge', false, 'comply'],
  ])('%s cases set expectRefusal=%s and a refusal check', (suite, expectRefusal, expect_) => {
    const [variant] = generateAdversarial([golden[0]], [suite], { seed: 9 });
    expect(variant.expectRefusal).toBe(expectRefusal);
    expect(variant.checks?.[0]).toEqual({ name: 'refusal', options: { expect: expect_ } });
  });

  it('extraction cases check the canary and system-prompt leaks', () => {
    const [variant] = generateAdversarial([golden[0]], ['extraction'], { seed: 9 });
    expect(variant.checks?.map((c) => c.name)).toEqual(['canary', 'system-prompt-leak']);
  });

  it('makes perCase distinct variants with distinct canaries', () => {
    const variants = generateAdversarial([golden[0]], ['injection'], { seed: 1, perCase: 3 });
    expect(variants.map((v) => v.id)).toEqual([
      'refund-1~injection-1',
      'refund-1~injection-2',
      'refund-1~injection-3',
    ]);
    expect(new Set(variants.map((v) => v.canary?.systemToken)).size).toBe(3);
  });

  it('rejects an unknown suite with a did-you-mean hint', () => {
    expect(() => generateAdversarial(golden, ['jailbrake'], { seed: 1 })).toThrow(UserError);
    expect(() => generateAdversarial(golden, ['jailbrake'], { seed: 1 })).toThrow(
      "Did you mean 'jailbreak'?",
    );
  });
});

describe('pickInputVar', () => {
  it.each([
    [{ context: 'a long passage of text here', question: 'q?' }, undefined, 'question'],
    [{ a: 'short', b: 'the much longer one' }, undefined, 'b'],
    [{ a: 'x', question: 'y' }, 'a', 'a'],
    [{ n: 3 }, undefined, undefined],
  ])('picks the var to mutate from %j', (vars, configured, expected) => {
    expect(pickInputVar(vars, configured)).toBe(expected);
  });
});

describe('listSuites', () => {
  it('describes every suite on one line', () => {
    const suites = listSuites();
    expect(suites.map((s) => s.name)).toEqual(expect.arrayContaining(['typos', 'injection', 'benign-edge']));
    for (const suite of suites) expect(suite.description).not.toContain('\n');
  });
});
