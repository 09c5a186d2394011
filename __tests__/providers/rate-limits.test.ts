import { describe, expect, it } from '@jest/globals';
import {
  RateLimitObserver,
  isRateLimitEntry,
  knownRateLimits,
  mergeRateLimits,
} from '../../src/providers/rate-limits.js';
import type { ProviderConfig } from '../../src/types.js';

describe('RateLimitObserver', () => {
  it.each([
    [
      'OpenAI: limits and remaining',
      {
        'x-ratelimit-limit-requests': '500',
        'x-ratelimit-limit-tokens': '30000',
        'x-ratelimit-remaining-tokens': '29000',
      },
      {
        requestsPerMinute: { value: 500, source: 'stated' },
        tokensPerMinute: { value: 30000, source: 'stated' },
      },
    ],
    [
      'Azure OpenAI: remaining only, a floor on the limit',
      { 'x-ratelimit-remaining-requests': '119', 'x-ratelimit-remaining-tokens': '119000' },
      {
        requestsPerMinute: { value: 119, source: 'remaining' },
        tokensPerMinute: { value: 119000, source: 'remaining' },
      },
    ],
    ['no headers', {}, undefined],
    [
      'not whole numbers',
      { 'x-ratelimit-limit-requests': '1e9', 'x-ratelimit-limit-tokens': '-5' },
      undefined,
    ],
  ])('%s', (_name, headers, expected) => {
    const observer = new RateLimitObserver();
    observer.observe('gpt-4o', new Headers(headers));
    expect(observer.stated()[0]?.limits).toEqual(expected);
  });

  it('keeps models apart, a stated limit over any remaining, and the largest remaining seen', () => {
    const observer = new RateLimitObserver();
    observer.observe('a', new Headers({ 'x-ratelimit-remaining-tokens': '100' }));
    observer.observe('a', new Headers({ 'x-ratelimit-remaining-tokens': '400' }));
    observer.observe('a', new Headers({ 'x-ratelimit-remaining-tokens': '200' }));
    observer.observe('b', new Headers({ 'x-ratelimit-limit-tokens': '1000' }));
    observer.observe('b', new Headers({ 'x-ratelimit-remaining-tokens': '5000' }));
    expect(observer.stated()).toEqual([
      { model: 'a', limits: { tokensPerMinute: { value: 400, source: 'remaining' } } },
      { model: 'b', limits: { tokensPerMinute: { value: 1000, source: 'stated' } } },
    ]);
  });
});

describe('knownRateLimits', () => {
  const providers: Record<string, ProviderConfig> = {
    main: { id: 'main', model: 'gpt-4o', limits: { requestsPerMinute: 60, tokensPerMinute: 9000 } },
    gh: { id: 'gh', model: 'openai/gpt-4o-mini', type: 'github-models' },
    bare: { id: 'bare', model: 'local' },
  };

  it('takes what the answers state over the config, the config over the tier, and leaves an entry with nothing out', () => {
    const known = knownRateLimits(
      providers,
      [
        {
          provider: 'main',
          model: 'gpt-4o',
          limits: { tokensPerMinute: { value: 30000, source: 'stated' } },
        },
      ],
      { gh: { requestsPerMinute: 15, requestsPerDay: 150 } },
    );
    expect(known).toEqual([
      {
        provider: 'main',
        model: 'gpt-4o',
        limits: {
          tokensPerMinute: { value: 30000, source: 'stated' },
          requestsPerMinute: { value: 60, source: 'configured' },
        },
      },
      {
        provider: 'gh',
        model: 'openai/gpt-4o-mini',
        limits: {
          requestsPerMinute: { value: 15, source: 'tier' },
          requestsPerDay: { value: 150, source: 'tier' },
        },
      },
    ]);
  });

  it('merges shards: a stated figure from any shard wins', () => {
    const floor = {
      provider: 'main',
      model: 'm',
      limits: { tokensPerMinute: { value: 5, source: 'remaining' as const } },
    };
    const stated = {
      provider: 'main',
      model: 'm',
      limits: { tokensPerMinute: { value: 9, source: 'stated' as const } },
    };
    expect(mergeRateLimits([floor], [stated])).toEqual([stated]);
  });

  it.each([
    [{ provider: 'main', model: 'm', limits: { tokensPerMinute: { value: 9, source: 'stated' } } }, true],
    [{ provider: 'main', model: 'm', limits: { tokensPerMinute: { value: '9', source: 'stated' } } }, false],
    [{ provider: 'main', model: 'm', limits: { tokensPerMinute: { value: 9, source: 'guessed' } } }, false],
    [{ provider: 'main', model: 'm', limits: { other: { value: 9, source: 'stated' } } }, false],
    [{ provider: 1, model: 'm', limits: {} }, false],
  ])('a shard header entry %j is accepted: %s', (entry, valid) => {
    expect(isRateLimitEntry(entry)).toBe(valid);
  });
});
