import { describe, expect, it } from '@jest/globals';
import { renderMessages } from '../../src/prompts/render.js';
import { buildPlan, type PlanPrompt } from '../../src/run/plan.js';
import type { PromptTemplate } from '../../src/types.js';

function template(system: string): PromptTemplate {
  return {
    file: 'prompts/a.md',
    format: 'text',
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: '{{q}}' },
    ],
    messageLines: [1, 2],
    parameters: { max_tokens: 50 },
    cases: [],
    checks: [],
  };
}

const prompt: PlanPrompt = {
  prompt: 'prompts/a.md',
  versions: [
    { version: 'base', template: template('Be brief.') },
    { version: 'head', template: template('Be very brief.') },
  ],
  cases: [
    { id: 'one', vars: { q: 'first?' } },
    { id: 'two', vars: { q: 'second?' }, repeats: 1 },
  ],
  repeats: 2,
  provider: 'main',
  model: 'pinned-model',
  parameters: { temperature: 0 },
};

const estimate = () => ({ inputTokens: 1, outputTokens: 1, usd: 0.001 });

describe('buildPlan', () => {
  it('crosses versions, cases and repeats, with base and head of each case side by side', () => {
    const plan = buildPlan([prompt], renderMessages, estimate);
    expect(plan.map((call) => call.key)).toEqual([
      'prompts/a.md#base#one#1',
      'prompts/a.md#head#one#1',
      'prompts/a.md#base#one#2',
      'prompts/a.md#head#one#2',
      'prompts/a.md#base#two#1',
      'prompts/a.md#head#two#1',
    ]);
  });

  it('always uses the provider pinned model and merges provider and prompt parameters', () => {
    const [call] = buildPlan([prompt], renderMessages, estimate);
    expect(call.request.model).toBe('pinned-model');
    expect(call.request.parameters).toEqual({ temperature: 0, max_tokens: 50 });
    expect(call.request.messages.at(-1)).toEqual({ role: 'user', content: 'first?' });
  });

  it('plants a case system suffix (canary) once, in the system message', () => {
    const planted = {
      ...prompt,
      cases: [{ id: 'c', vars: { q: 'x' }, systemSuffix: 'Code PG-CANARY-123456.' }],
      repeats: 1,
    };
    const [base] = buildPlan([planted], renderMessages, estimate);
    const system = base.request.messages[0].content;
    expect(system).toBe('Be brief.\n\nCode PG-CANARY-123456.');
  });

  it('plans only head for an added prompt', () => {
    const added = { ...prompt, versions: [prompt.versions[1]], repeats: 1 };
    expect(buildPlan([added], renderMessages, estimate).map((call) => call.version)).toEqual([
      'head',
      'head',
    ]);
  });
});
