import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { renderJUnit } from '../../src/report/junit.js';
import { renderJson, type JsonReport } from '../../src/report/json.js';
import type { GateResult } from '../../src/types.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/report/result.json', import.meta.url), 'utf8'),
) as GateResult;

describe('renderJUnit', () => {
  const xml = renderJUnit(fixture);

  it('gives the file as it was before it was written a case at a time, byte for byte', () => {
    // Rendered whole, before junit.xml was made of pieces (fixtures/report/result.junit.xml).
    const golden = readFileSync(new URL('../../fixtures/report/result.junit.xml', import.meta.url), 'utf8');
    expect(xml).toBe(golden);
  });

  it('counts failures, errors and skipped cases', () => {
    expect(xml).toMatch(/<testsuites name="promptgate" tests="13" failures="6" errors="1" skipped="2">/);
  });

  it('gives a failing case its reasons and dataset line', () => {
    expect(xml).toContain(
      '<testcase classname="prompts/support/refund.prompt.yml" name="refund-window" file="evals/support.jsonl:3">',
    );
    expect(xml).toContain(
      '<failure message="Regressed: head passed 0% (base 100%)">contains &quot;30 days&quot;',
    );
  });

  it('marks provider errors as errors, not failures', () => {
    expect(xml).toMatch(
      /name="gate: provider" file="prompts\/sales\/upsell.md">\s*<error message="the provider failed on 18 of 48 calls/,
    );
  });

  it('skips a removed prompt: nothing about it passed', () => {
    const removed = {
      ...fixture.prompts[1],
      prompt: 'prompts/old.md',
      change: 'removed' as const,
      status: 'removed' as const,
      cases: [],
      findings: [{ check: 'change', status: 'pass' as const, facts: { kind: 'removed' as const } }],
    };
    expect(renderJUnit({ ...fixture, prompts: [removed] })).toContain(
      '<testcase classname="prompts/old.md" name="gate: change" file="prompts/old.md">\n      <skipped message="prompt removed in this PR: nothing to run">',
    );
  });

  it('escapes markup from model output', () => {
    expect(xml).toContain('&lt;img src=https://evil.example/pixel.png&gt;');
    expect(xml).not.toContain('<img');
  });

  it('shows characters XML cannot carry, and invisible ones, by code point', () => {
    const result = structuredClone(fixture);
    result.prompts[0].cases[0].output = 'bell\u0007 null\u0000 bom\uFEFF rtl\u202E half\uD800';
    expect(renderJUnit(result)).toContain(
      'bell&lt;U+0007&gt; null&lt;U+0000&gt; bom&lt;U+FEFF&gt; rtl&lt;U+202E&gt; half&lt;U+D800&gt;',
    );
  });

  it('lets no case id, prompt name or answer start a workflow command when the file is printed', () => {
    const result = structuredClone(fixture);
    const hostile = 'x"/><injected a="\n::warning file=x::pwned\r::stop-commands::t ##[add-mask]y';
    result.prompts[0].prompt = hostile;
    result.prompts[0].cases[0].caseId = hostile;
    result.prompts[0].cases[0].output = hostile;
    const xml = renderJUnit(result);
    for (const line of xml.split(/\r\n|\r|\n/)) {
      expect(line.trimStart()).not.toMatch(/^::/);
      expect(line).not.toContain('##[');
    }
    expect(xml).not.toContain('<injected');
    // Character references: a parser reads the id back as written.
    expect(xml).toContain(
      'name="x&quot;/&gt;&lt;injected a=&quot;&#10;::warning file=x::pwned&#13;::stop-commands::t &#35;#[add-mask]y"',
    );
  });

  it('masks secrets and card numbers in every attribute and text', () => {
    const key = `sk-proj-${'Q1w2E3r4T5y6U7i8O9p0'.repeat(3).slice(0, 48)}`;
    const result = structuredClone(fixture);
    result.prompts[0].cases[0].caseId = `id-${key}`;
    result.prompts[0].cases[0].output = `card 4111 1111 1111 1111, key ${key}`;
    result.prompts[0].cases[0].reasons = [`secrets: ${key}`];
    const xml = renderJUnit(result);
    expect(xml).not.toContain(key.slice(0, 20));
    expect(xml).not.toContain('4111 1111 1111 1111');
    expect(xml).toContain('[OpenAI API key: sk-pro…(56 chars)]');
  });
});

describe('renderJson', () => {
  it('masks secrets in every string, and escapes `##[` so the file parses back unchanged', () => {
    const key = `sk-proj-${'Q1w2E3r4T5y6U7i8O9p0'.repeat(3).slice(0, 48)}`;
    const result = structuredClone(fixture);
    result.prompts[0].cases[0].output = `key ${key}, card 5555555555554444`;
    result.prompts[0].cases[0].input = 'a\n::warning::x ##[add-mask]y';
    const text = renderJson(result);
    expect(text).not.toContain(key.slice(0, 20));
    expect(text).not.toContain('5555555555554444');
    expect(text).not.toContain('##[');
    const json = JSON.parse(text) as JsonReport;
    expect(json.prompts[0].cases[0].input).toBe('a\n::warning::x ##[add-mask]y');
    expect(json.prompts[0].cases[0].output).toBe(
      'key [OpenAI API key: sk-pro…(56 chars)], card [credit-card: 5555…(16 chars)]',
    );
  });

  it('holds the trace behind every answer, masked like every other string', () => {
    const key = `sk-proj-${'Z9y8X7w6V5u4T3s2R1q0'.repeat(3).slice(0, 48)}`;
    const result = structuredClone(fixture);
    const request = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'system' as const, content: `Use the key ${key}.` }],
      parameters: { temperature: 0 },
    };
    const answer = {
      key: 'prompts/a.md#head#c1#1',
      prompt: 'prompts/a.md',
      version: 'head' as const,
      caseId: 'c1',
      repeat: 1,
      status: 'ok' as const,
      output: 'Call 555-0100.',
      attempts: 2,
      provider: 'backup',
      model: 'gpt-4o-mini-2024-07-18',
      failures: [{ provider: 'main', error: `HTTP 401: bad key ${key}` }],
      latencyMs: 812,
      ttftMs: 230,
      cached: 'cassette' as const,
      checks: [],
      pass: true,
    };
    result.prompts[0].cases[0].trace = { head: { request, answers: [answer] } };
    const text = renderJson(result);
    expect(text).not.toContain(key.slice(0, 20));
    const { trace } = (JSON.parse(text) as JsonReport).prompts[0].cases[0];
    expect(trace?.head?.request?.messages[0].content).toBe(
      'Use the key [OpenAI API key: sk-pro…(56 chars)].',
    );
    expect(trace?.head?.answers[0]).toMatchObject({
      provider: 'backup',
      attempts: 2,
      latencyMs: 812,
      ttftMs: 230,
      cached: 'cassette',
      failures: [{ provider: 'main', error: 'HTTP 401: bad key [OpenAI API key: sk-pro…(56 chars)]' }],
    });
  });

  it('holds the whole gate result with a format version, and the words beside the facts', () => {
    const json = JSON.parse(renderJson(fixture)) as JsonReport;
    expect(json).toMatchObject({ version: 1, status: fixture.status, meta: fixture.meta });
    expect(json.headline).toBe(
      'prompts/support/refund.prompt.yml regressed: pass rate 92% → 58% on 24 cases, p = 0.002.',
    );
    expect(json.prompts[0].findings[0]).toMatchObject({
      ...fixture.prompts[0].findings[0],
      sentence: expect.stringMatching(/^head fails 8 of 24 cases that base passed/),
    });
    expect(json.notes).toEqual([
      'prompts/support/refund.prompt.yml: this change adds $3,300.00 per month at 500,000 calls/day',
    ]);
  });
});
