import { describe, expect, it } from '@jest/globals';
import { requestHash } from '../../src/providers/request-hash.js';
import type { ChatRequest } from '../../src/types.js';

const base: ChatRequest = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'hi' }],
  parameters: { temperature: 0, seed: 1 },
};

describe('requestHash', () => {
  it('ignores key order and undefined members', () => {
    const reordered = {
      parameters: { seed: 1, temperature: 0, top_p: undefined },
      messages: base.messages,
      model: base.model,
    };
    expect(requestHash(reordered)).toBe(requestHash(base));
    expect(requestHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, ChatRequest]>([
    ['the model', { ...base, model: 'gpt-4o' }],
    ['a message', { ...base, messages: [{ role: 'user', content: 'hi!' }] }],
    ['a role', { ...base, messages: [{ role: 'system', content: 'hi' }] }],
    ['a parameter', { ...base, parameters: { temperature: 0.2, seed: 1 } }],
    ['the response format', { ...base, responseFormat: { type: 'json_object' } }],
  ])('changes when %s changes', (_name, changed) => {
    expect(requestHash(changed)).not.toBe(requestHash(base));
  });
});
