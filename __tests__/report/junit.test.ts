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

  it('escapes markup from model output', () => {
    expect(xml).toContain('&lt;img src=https://evil.example/pixel.png&gt;');
    expect(xml).not.toContain('<img');
  });

  it('drops characters XML cannot carry', () => {
    const result = structuredClone(fixture);
    result.prompts[0].cases[0].output = 'bell\u0007 and null\u0000';
    expect(renderJUnit(result)).toContain('bell\uFFFD and null\uFFFD');
  });
});

describe('renderJson', () => {
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
