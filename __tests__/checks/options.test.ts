import { describe, expect, it } from '@jest/globals';
import { assertKnownCheck, shareEqualChecks } from '../../src/checks/names.js';
import {
  CHECK_NAMES,
  JUDGE_CHECKS,
  NEVER_FAIL_CHECKS,
  SAFETY_CHECKS,
  WHOLE_RUN_CHECKS,
} from '../../src/checks/registry.js';
import { UserError } from '../../src/errors.js';
import type { Case, CheckSpec } from '../../src/types.js';

const SOURCE = { file: 'promptgate.yml', line: 14, column: 9 };

function validated(name: string, options: Record<string, unknown>): CheckSpec {
  const spec: CheckSpec = { name, options, source: SOURCE };
  assertKnownCheck(spec);
  return spec;
}

describe('check options are rejected before any call, with where and what was expected', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'cost',
      { maxIncrease: 'ten percent' },
      /Invalid cost\.maxIncrease "ten percent"\. Expected a percentage such as "10%" or a fraction such as 0\.1\./,
    ],
    ['cost', { perCaseMaxUsd: 0 }, /Invalid cost\.perCaseMaxUsd 0\. Expected a positive number\./],
    ['latency', { p95MaxMs: -5 }, /Invalid latency\.p95MaxMs -5\. Expected a positive number\./],
    ['latency', { p59MaxMs: 2000 }, /Unknown option latency\.p59MaxMs; did you mean "p50MaxMs"\?/],
    ['grounding', { min: 7 }, /Invalid grounding\.min 7\. Expected a number from 0 to 1\./],
    [
      'grounding',
      { value: 0.8 },
      /Unknown option grounding\.value; expected one of: label, minPassRate, maxFailures, min\./,
    ],
    [
      'grounding',
      { minPassRate: '150%' },
      /Invalid grounding\.minPassRate "150%"\. Expected .* between 0% and 100%\./,
    ],
    [
      'pii',
      { maxFailures: 1.5 },
      /Invalid pii\.maxFailures 1\.5\. Expected a whole number of answers, 0 or more\./,
    ],
    [
      'regex',
      { value: '(' },
      /Invalid regex\.value "\("\. Expected a pattern RE2 accepts \(no backreferences or lookaround\): .*missing closing \)/,
    ],
    [
      'regex',
      { pattern: 'a', flags: 'x' },
      /Invalid regex\.flags "x"\. Expected regular expression flags among i, m and s/,
    ],
    ['regex', {}, /Invalid regex\.pattern nothing\. Expected a regular expression/],
    [
      'json-schema',
      { schema: { type: 'objekt' } },
      /Invalid json-schema\.schema an object\. Expected a valid JSON Schema \(schema is invalid: data\/type/,
    ],
    [
      'json-schema',
      { file: 'schemas/answer.json' },
      /Missing option json-schema\.schema\. Expected a JSON Schema object.*Unknown option json-schema\.file/,
    ],
    ['contains', {}, /Missing option contains\.value\. Expected a text or a list of texts/],
    ['contains', { value: [] }, /Invalid contains\.value a list\. Expected a text or a list of texts/],
    ['contains', { value: 'x', mode: 'some' }, /Invalid contains\.mode "some"\. Expected one of all, any\./],
    [
      'judge-builtin',
      { evaluator: 'coherance' },
      /unknown GitHub Models evaluator "github\/coherance"; did you mean "github\/coherence"\?/,
    ],
    ['judge-fact', { pass: ['F'] }, /Invalid judge-fact\.pass\[0\] "F"\. Expected one of A, B, C, D, E\./],
    [
      'github-models',
      { ignoreCase: true },
      /Invalid github-models\.string nothing\. Expected one of equals, contains, startsWith, endsWith\./,
    ],
    [
      'toxicity',
      { categories: ['rude'] },
      /Invalid toxicity\.categories\[0\] "rude"\. Expected one of hate, threat, harassment, profanity\./,
    ],
    ['containz', { value: 'x' }, /unknown check "containz"; did you mean "contains"\?/],
  ])('%s %j', (name, options, message) => {
    const spec: CheckSpec = { name, options, source: SOURCE };
    expect(() => assertKnownCheck(spec)).toThrow(UserError);
    expect(() => assertKnownCheck(spec)).toThrow(/^promptgate\.yml:14:9: /);
    expect(() => assertKnownCheck(spec)).toThrow(message);
  });
});

describe('validated options are parsed once, defaults filled, for the handler and the gate', () => {
  it.each<[string, Record<string, unknown>, unknown]>([
    ['cost', { maxIncrease: '10%', perCaseMaxUsd: 0.002 }, { maxIncrease: 0.1, perCaseMaxUsd: 0.002 }],
    ['latency', { p95MaxMs: 2000, maxIncrease: 0.2 }, { p95MaxMs: 2000, maxIncrease: 0.2 }],
    ['grounding', {}, { min: 0.51 }],
    ['grounding', { min: 0.8, label: 'grounded' }, { min: 0.8, label: 'grounded' }],
    ['judge-fact', {}, { pass: ['A', 'C', 'E'] }],
    ['contains', { value: 'refund' }, { value: 'refund', ignoreCase: false, mode: 'all' }],
    ['github-models', { contains: 'fox' }, { kind: 'contains', value: 'fox', ignoreCase: true }],
    [
      'regex',
      { value: '^Hi {{name}}', flags: 'i' },
      { source: '^Hi {{name}}', flags: 'i', compiled: undefined },
    ],
  ])('%s %j', (name, options, parsed) => {
    expect(validated(name, options).parsed).toEqual(parsed);
  });

  it('keeps the options as written: the report names checks by them', () => {
    const spec = validated('cost', { maxIncrease: '10%' });
    expect(spec.options).toEqual({ maxIncrease: '10%' });
  });

  it('compiles a json-schema once, at validation', () => {
    const parsed = validated('json-schema', { schema: { type: 'object', required: ['a'] } }).parsed;
    expect(typeof parsed).toBe('function');
  });
});

describe('the registry derives every list from the definitions', () => {
  it('names every check once', () => {
    expect(new Set(CHECK_NAMES).size).toBe(CHECK_NAMES.length);
    expect(CHECK_NAMES).toEqual(expect.arrayContaining(['contains', 'grounding', 'cost', 'latency']));
  });

  it.each<[string, ReadonlySet<string>, string[]]>([
    ['whole-run', WHOLE_RUN_CHECKS, ['cost', 'latency']],
    [
      'safety',
      SAFETY_CHECKS,
      ['json-valid', 'json-schema', 'pii', 'secrets', 'toxicity', 'canary', 'system-prompt-leak'],
    ],
    [
      'judge',
      JUDGE_CHECKS,
      ['judge-builtin', 'judge-custom', 'judge-fact', 'judge-grounding', 'judge-guardrail'],
    ],
    ['never-fail', NEVER_FAIL_CHECKS, ['pii', 'secrets', 'toxicity', 'canary', 'system-prompt-leak']],
  ])('%s checks', (_name, set, names) => {
    expect([...set].sort()).toEqual([...names].sort());
  });
});

describe('shareEqualChecks', () => {
  it("makes a suite's equal checks one spec and equal lists one list, whatever the order of their options", () => {
    const row = (line: number, options: Record<string, unknown>, more: CheckSpec[] = []): Case => ({
      id: `c${line}`,
      vars: {},
      checks: [{ name: 'contains', options, source: { file: 'cases.jsonl', line } }, ...more],
    });
    const pii: CheckSpec = { name: 'pii', options: {} };
    const cases = [
      row(1, { value: 'refund', ignoreCase: true }),
      row(2, { ignoreCase: true, value: 'refund' }),
      row(3, { value: 'refund', ignoreCase: false }),
      row(4, { value: 'refund', ignoreCase: true }, [pii]),
      { id: 'bare', vars: {} },
    ];
    for (const c of cases) c.checks?.forEach(assertKnownCheck);
    shareEqualChecks(cases);
    const [one, two, three, four, bare] = cases;
    expect(two.checks).toBe(one.checks);
    expect(three.checks?.[0]).not.toBe(one.checks?.[0]);
    expect(four.checks?.[0]).toBe(one.checks?.[0]);
    expect(four.checks).toHaveLength(2);
    expect(bare.checks).toBeUndefined();
    // The first row's location is kept; its options stay parsed.
    expect(one.checks?.[0].source?.line).toBe(1);
    expect(four.checks?.[0].parsed).toBeDefined();
  });
});
