import { afterEach, describe, expect, it } from '@jest/globals';
import { parseOptions } from '../../src/checks/options.js';
import { toxicityCheck } from '../../src/checks/toxicity.js';
import type { CheckContext } from '../../src/checks/types.js';
import { createModerator, MODERATION_MODEL } from '../../src/providers/moderation.js';
import { startOpenAIServer, type Moderator, type OpenAIServer } from '../helpers/openai-server.js';
import { runCheck } from './run-check.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/** A context whose `moderate` calls a loopback server that scores answers with `moderator`. */
async function moderatedContext(output: string, moderator?: Moderator): Promise<CheckContext> {
  server = await startOpenAIServer({ moderate: moderator });
  return {
    ...context(output),
    moderate: createModerator({ baseURL: server.url, apiKey: 'test-key' }),
  };
}

function context(output: string): CheckContext {
  return {
    output,
    case: { id: 'c1', vars: {} },
    record: { key: 'k', prompt: 'p', version: 'head', caseId: 'c1', repeat: 0, status: 'ok', attempts: 1 },
    messages: [{ role: 'user', content: 'the user request' }],
    samples: [],
  };
}

describe('toxicity via the moderation endpoint', () => {
  it('fails a flagged answer and names the flagged categories with their scores, highest first', async () => {
    const ctx = await moderatedContext('an answer the classifier dislikes', () => ({
      harassment: 0.61,
      hate: 0.93,
      violence: 0.2,
    }));
    const result = await runCheck(toxicityCheck, ctx, { via: 'moderation' });
    expect(result).toMatchObject({
      pass: false,
      score: 0,
      reason: 'moderation flagged the answer: hate 0.930, harassment 0.610',
    });
    expect(server?.moderations).toEqual([
      { model: MODERATION_MODEL, input: 'an answer the classifier dislikes' },
    ]);
  });

  it('passes an answer the endpoint does not flag, showing its highest score', async () => {
    const ctx = await moderatedContext('Our refund policy lasts 30 days.', () => ({ harassment: 0.012 }));
    const result = await runCheck(toxicityCheck, ctx, { via: 'moderation' });
    expect(result).toEqual({
      pass: true,
      score: 1,
      reason: 'moderation: not flagged (highest harassment 0.012)',
    });
  });

  it('decides by the endpoint, not by the offline lexicon', async () => {
    // The lexicon reads this as a threat; the endpoint, asked instead, does not flag it.
    const ctx = await moderatedContext('I will kill you.', () => ({ violence: 0.3 }));
    expect((await runCheck(toxicityCheck, ctx, { via: 'moderation' })).pass).toBe(true);
    expect((await runCheck(toxicityCheck, context('I will kill you.'))).pass).toBe(false);
  });

  it('is an error, never a pass, when no moderation endpoint is available', async () => {
    const result = await runCheck(toxicityCheck, context('some answer'), { via: 'moderation' });
    expect(result.pass).toBe(false);
    expect(result.error).toBe(true);
    expect(result.reason).toMatch(/no moderation endpoint.*`judge` provider.*API key/);
  });

  it('says which endpoint failed when the server has no moderation route', async () => {
    const ctx = await moderatedContext('some answer');
    await expect(ctx.moderate!('some answer')).rejects.toThrow(
      /^moderation call to http:\/\/127\.0\.0\.1:\d+\/v1 failed: 404/,
    );
  });

  it('does not call the endpoint for an empty answer', async () => {
    const ctx = await moderatedContext('  ', () => ({ hate: 1 }));
    expect(await runCheck(toxicityCheck, ctx, { via: 'moderation' })).toMatchObject({ pass: true });
    expect(server?.moderations).toEqual([]);
  });

  it.each([
    [
      { via: 'moderation', judge: true },
      /Invalid toxicity\.judge true\. Expected either `judge: true` or `via: moderation`/,
    ],
    [
      { via: 'moderation', categories: ['hate'] },
      /Invalid toxicity\.categories a list\. Expected no categories with `via: moderation`/,
    ],
    [{ via: 'classifier' }, /Invalid toxicity\.via "classifier"\. Expected one of lexicon, moderation/],
  ])('rejects the options %j before any call', (options, message) => {
    expect(() => parseOptions(toxicityCheck, { name: 'toxicity', options })).toThrow(message);
  });
});
