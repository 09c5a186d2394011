/** The `regex` check on RE2: linear time on any answer, JavaScript syntax where RE2 can run it, clear refusals. */
import { describe, expect, it } from '@jest/globals';
import { parseOptions } from '../../src/checks/options.js';
import { regex } from '../../src/checks/regex.js';
import type { CheckContext } from '../../src/checks/types.js';
import { MAX_REGEX_WORK } from '../../src/limits.js';
import type { Case } from '../../src/types.js';
import { runCheck } from './run-check.js';

function ctx(output: string, vars: Case['vars'] = {}): CheckContext {
  return {
    output,
    case: { id: 'c1', vars },
    record: { key: 'k', prompt: 'p', version: 'head', caseId: 'c1', repeat: 1, status: 'ok', attempts: 1 },
    messages: [],
    samples: [],
  };
}

function parse(options: Record<string, unknown>): unknown {
  return parseOptions(regex, { name: 'regex', options, source: { file: 'promptgate.yml', line: 9 } });
}

describe('regex: JavaScript patterns and flags on RE2', () => {
  it.each<[string, Record<string, unknown>, string, boolean, string | null]>([
    ['a plain pattern', { value: '#\\d{5}' }, 'Order #12345', true, '#12345'],
    ['i: case-insensitive, Unicode folding', { value: 'école', flags: 'i' }, 'ÉCOLE', true, 'ÉCOLE'],
    ['without i, case matters', { value: 'école' }, 'ÉCOLE', false, null],
    ['m: ^ and $ at each line', { value: '^b$', flags: 'm' }, 'a\nb\nc', true, 'b'],
    ['without m, $ is the end of the answer', { value: '^b$' }, 'a\nb\nc', false, null],
    ['s: . matches a newline', { value: 'a.b', flags: 's' }, 'a\nb', true, 'a\nb'],
    ['without s, . stops at a newline', { value: 'a.b' }, 'a\nb', false, null],
    ['g, u and d change nothing', { value: 'ok', flags: 'gud' }, 'ok ok', true, 'ok'],
    ['a named group', { value: '(?<word>[a-z]+)!' }, 'Hi there!', true, 'there!'],
    ['a \\u{...} escape', { value: '\\u{1F600}+' }, 'x😀😀', true, '😀😀'],
    ['a \\uXXXX escape', { value: '\\u0041' }, 'xA', true, 'A'],
    ['an escaped slash', { value: 'a\\/b' }, 'a/b', true, 'a/b'],
  ])('%s', async (_name, options, output, pass, evidence) => {
    const result = await runCheck(regex, ctx(output), options);
    expect(result.pass).toBe(pass);
    expect(result.evidence).toBe(evidence ?? undefined);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a lookbehind',
      { value: '(?<=\\$)\\d+' },
      /Expected a pattern RE2 accepts \(no backreferences or lookaround\): /,
    ],
    ['a lookahead', { value: 'a(?=b)' }, /Expected a pattern RE2 accepts .*unsupported Perl syntax/],
    ['a negative lookahead', { value: '^(?!x)' }, /Expected a pattern RE2 accepts /],
    ['a backreference', { value: '(a)\\1' }, /Expected a pattern RE2 accepts .*invalid escape sequence/],
    ['an unclosed group', { pattern: '(a' }, /Invalid regex\.pattern "\(a"\. Expected a pattern RE2 accepts/],
    ['a repeat count past 1000', { value: 'a{2000}' }, /invalid repeat count/],
    [
      'a program too large',
      { value: '[a-z]{1000}[0-9]{1000}' },
      /too large \(program size \d+, at most 1000\)/,
    ],
    ['the sticky flag', { value: 'a', flags: 'y' }, /Invalid regex\.flags "y"\. Expected .*among i, m and s/],
    ['the unicode-sets flag', { value: 'a', flags: 'v' }, /Invalid regex\.flags "v"/],
  ])('refuses %s when the config is loaded', (_name, options, message) => {
    expect(() => parse(options)).toThrow(message);
  });

  it('names the file and line of the check in the error', () => {
    expect(() => parse({ value: '(?<=a)b' })).toThrow(
      /^promptgate\.yml:9: Invalid regex\.value "\(\?<=a\)b"/,
    );
  });
});

describe('regex: bounded work on hostile answers', () => {
  it.each<[string, string, string]>([
    ['nested quantifiers', '(a+)+$', 'a'.repeat(200_000) + '!'],
    ['overlapping alternatives', '(a|aa)+$', 'a'.repeat(200_000) + '!'],
    [
      'a classic ReDoS (email)',
      '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+$',
      'a'.repeat(100_000) + '!',
    ],
    ['many wildcards', '(.*a){20}$', 'a'.repeat(20_000) + '!'],
  ])('%s on a long answer ends at once', async (_name, value, output) => {
    const started = performance.now();
    const result = await runCheck(regex, ctx(output), { value });
    expect(result.pass).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('an answer too long for the pattern is undecided, never a pass or a hang', async () => {
    const value = '(?:[a-z]*a){300}$';
    const output = 'a'.repeat(MAX_REGEX_WORK / 300);
    const started = performance.now();
    const result = await runCheck(regex, ctx(output), { value });
    expect(result).toMatchObject({ pass: false, error: true });
    expect(result.reason).toMatch(/^not checked: an answer of \d+ characters is too long for /);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a pattern a case makes invalid is undecided, with the reason', async () => {
    const result = await runCheck(regex, ctx('x', { name: '(' }), { value: '^{{name}}$' });
    expect(result).toMatchObject({ pass: false, error: true });
    expect(result.reason).toMatch(/not one RE2 accepts once filled from the case: .*missing closing \)/);
  });
});
