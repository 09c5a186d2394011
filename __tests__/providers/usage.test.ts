import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  countMessageTokens,
  countRequestTokens,
  countTextTokens,
  countTokens,
  estimateUsage,
  loadTokenizer,
  requestTokenBound,
  usageFromOpenAI,
  type CountReply,
  type CountRequest,
} from '../../src/providers/usage.js';

describe('usageFromOpenAI', () => {
  it('reads cached input and reasoning details', () => {
    const raw = {
      prompt_tokens: 120,
      completion_tokens: 80,
      prompt_tokens_details: { cached_tokens: 64 },
      completion_tokens_details: { reasoning_tokens: 50 },
    };
    expect(usageFromOpenAI(raw)).toEqual({
      input: 120,
      cachedInput: 64,
      output: 80,
      reasoning: 50,
      estimated: false,
    });
  });

  it.each([
    [
      'absent details',
      { prompt_tokens: 5, completion_tokens: 2 },
      { input: 5, cachedInput: 0, output: 2, reasoning: 0 },
    ],
    [
      'null details',
      { prompt_tokens: 5, completion_tokens: 2, prompt_tokens_details: null },
      { cachedInput: 0 },
    ],
  ])('treats %s as zero', (_name, raw, expected) => {
    expect(usageFromOpenAI(raw)).toMatchObject(expected);
  });

  it.each([undefined, null, {}, { prompt_tokens: 3 }])('returns nothing for missing usage %p', (raw) => {
    expect(usageFromOpenAI(raw)).toBeUndefined();
  });
});

describe('offline counting', () => {
  beforeAll(loadTokenizer);

  it('counts special tokens as plain text instead of throwing', () => {
    expect(countTextTokens('before <|endoftext|> after')).toBeGreaterThan(3);
  });

  it('adds chat framing to message tokens', () => {
    const messages = [{ role: 'user' as const, content: 'hello world' }];
    expect(countMessageTokens(messages)).toBe(countTextTokens('hello world') + 6);
  });

  it('marks estimated usage', async () => {
    expect(await estimateUsage([{ role: 'user', content: 'hello' }], 'hi there')).toMatchObject({
      output: countTextTokens('hi there'),
      estimated: true,
    });
  });
});

// Plain ASCII, multi-byte scripts, emoji (byte-level ranks) and a special token written as text.
const SAMPLES = [
  'hello world',
  'Grüße aus Köln, 東京 und Москва',
  'emoji 🧪🚀 and \u0000 control',
  'before <|endoftext|> after',
  '',
];

describe('batched counting', () => {
  beforeAll(loadTokenizer);

  it('counts each text of a batch as the single counter does', async () => {
    expect(await countTokens(SAMPLES)).toEqual(SAMPLES.map(countTextTokens));
  });

  it('counts each request with its framing', async () => {
    const requests = [
      [
        { role: 'system' as const, content: 'Be brief.' },
        { role: 'user' as const, content: 'hello' },
      ],
      [],
      [{ role: 'user' as const, content: SAMPLES[1]! }],
    ];
    expect(await countRequestTokens(requests)).toEqual(requests.map(countMessageTokens));
  });
});

describe('requestTokenBound', () => {
  beforeAll(loadTokenizer);

  it('is never below the count, in any script', () => {
    for (const text of SAMPLES) {
      const messages = [
        { role: 'system' as const, content: 'Be brief.' },
        { role: 'user' as const, content: text.repeat(3) },
      ];
      expect(requestTokenBound(messages)).toBeGreaterThanOrEqual(countMessageTokens(messages));
    }
  });
});

// Built by `npm run build`, like the end-to-end tests' dist/index.js.
const BUNDLED_WORKER = fileURLToPath(new URL('../../dist/token-worker.js', import.meta.url));

describe('the bundled tokenizer thread (dist/token-worker.js)', () => {
  let worker: Worker;
  beforeAll(async () => {
    if (!existsSync(BUNDLED_WORKER)) throw new Error('dist/ is missing: run `npm run build` first');
    worker = new Worker(BUNDLED_WORKER);
    await loadTokenizer();
  });
  afterAll(() => worker?.terminate());

  it('counts as gpt-tokenizer does on the main thread', async () => {
    const reply = new Promise<CountReply>((resolve) => worker.once('message', resolve));
    worker.postMessage({ id: 7, texts: SAMPLES } satisfies CountRequest);
    expect(await reply).toEqual({ id: 7, counts: SAMPLES.map(countTextTokens) });
  });
});
