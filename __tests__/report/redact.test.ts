import { describe, expect, it } from '@jest/globals';
import { credentialsIn, maskValue, redact, registerSecret } from '../../src/report/redact.js';

/** Fake credentials and personal data of the shapes the `secrets` and `pii` checks detect. */
const OPENAI_KEY = `sk-proj-${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'.repeat(2).slice(0, 48)}`;
const CARD = '4111 1111 1111 1111';

describe('maskValue', () => {
  it.each([
    ['OpenAI API key', OPENAI_KEY, `[OpenAI API key: sk-pro…(${OPENAI_KEY.length} chars)]`],
    ['credit-card', CARD, '[credit-card: 4111…(19 chars)]'],
    // Never more than a quarter of the value.
    ['KEY', 'abcdefgh', '[KEY: ab…(8 chars)]'],
  ])('shows the kind and a short prefix of a %s', (kind, value, expected) => {
    expect(maskValue(kind, value)).toBe(expected);
  });
});

describe('redact', () => {
  it.each([
    ['an OpenAI key', `here: ${OPENAI_KEY}.`, OPENAI_KEY, '[OpenAI API key: sk-pro…'],
    [
      'an Anthropic key',
      `k=sk-ant-api03-${'x1Y2z3'.repeat(6)}`,
      `sk-ant-api03-${'x1Y2z3'.repeat(6)}`,
      ': sk-ant…',
    ],
    ['a GitHub token', `ghp_${'a1B2c3D4e5'.repeat(4)}`, `ghp_${'a1B2c3D4e5'.repeat(4)}`, '[GitHub token: '],
    ['an AWS key id', 'AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', '[AWS access key id: '],
    [
      'a password in a URL',
      'postgres://admin:hunter2hunter2@db.internal/x',
      'hunter2hunter2',
      '[password in URL: ',
    ],
    ['a card number', `card ${CARD} exp 12/29`, CARD, '[credit-card: 4111…(19 chars)]'],
    ['a card number without spaces', 'pay with 5555555555554444 now', '5555555555554444', '[credit-card: '],
    ['an IBAN', 'IBAN GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32', '[iban: '],
    ['an email address', 'write to jane.doe@example.com', 'jane.doe@example.com', '[email: '],
    ['a US SSN', 'ssn 123-45-6789', '123-45-6789', '[us-ssn: '],
  ])('masks %s, keeping its kind', (_, text, secret, mask) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(mask);
  });

  it('masks a private key block whole', () => {
    const body = 'MIIEowIBAAKCAQEA7x'
      .repeat(120)
      .match(/.{1,64}/g)!
      .join('\n');
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    const out = redact(`before\n${pem}\nafter`);
    expect(out).toMatch(/^before\n\[private key: -----B…\(\d+ chars\)\]\nafter$/);
  });

  it.each([
    'Returns within 30 days, see the policy.',
    'pass rate 95% → 16% on 38 cases, p < 0.001',
    'gpt-4o-2024-08-06 at $0.00041 per call, 812 ms',
    'base 7f0d8ec9c28530 → head 870ff24eedd6a9',
    '3 of 40 head answers contained personal data (93% pass)',
  ])('leaves ordinary report text alone: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('masks a registered value of any shape, and a start or end of it left by a cut', () => {
    const value = 'q7!Zr#2vLp@9Wm$4xKc%8Nd';
    expect(registerSecret(value, 'MY_PROVIDER_CRED')).toBe(true);
    expect(registerSecret(value, 'MY_PROVIDER_CRED')).toBe(false);
    for (const text of [
      `error 401: key ${value} rejected`,
      `error 401: key ${value.slice(0, 15)}…`,
      `…${value.slice(-14)} rejected`,
    ]) {
      const out = redact(text);
      expect(out).toContain('[MY_PROVIDER_CRED: ');
      expect(out).not.toContain(value.slice(0, 12));
      expect(out).not.toContain(value.slice(-12));
    }
  });

  it('masks a value registered after the same text was masked once (what was masked is not reused)', () => {
    const value = 'Hw3#kd9!Qz7@Lp2$Vn5%Tr';
    const text = `the provider said: token ${value} expired`;
    expect(redact(text)).toBe(text);
    expect(registerSecret(value, 'LATE_CRED')).toBe(true);
    expect(redact(text)).not.toContain(value);
    expect(redact(text)).toContain('[LATE_CRED: ');
  });

  it('gives the same text for a text seen again, past what it remembers at once', () => {
    const texts = Array.from(
      { length: 25_000 },
      (_, i) => `answer ${i}: call me on +1 415 555 ${String(i % 10_000).padStart(4, '0')}`,
    );
    const first = texts.map((text) => redact(text));
    expect(first.every((out, i) => !out.includes(texts[i].slice(-17)))).toBe(true);
    expect(texts.map((text) => redact(text))).toEqual(first);
  });

  it('registers no value too short to be a credential', () => {
    expect(registerSecret('true', 'SOME_TOKEN')).toBe(false);
    expect(redact('it is true')).toBe('it is true');
  });

  it('finds a secret wherever it sits in a long text, window boundaries included', () => {
    for (const at of [0, 2000, 2040, 2047, 2048, 2500, 4090, 9000]) {
      const text = `${'lorem ipsum '.repeat(800).slice(0, at)} ${OPENAI_KEY} ${CARD} ${'dolor '.repeat(300)}`;
      const out = redact(text);
      expect(out).not.toContain(OPENAI_KEY);
      expect(out).not.toContain(CARD);
    }
  });

  it('masks a private key longer than a window without showing its middle', () => {
    const line = 'MIIJKQIBAAKCAgEAz9'.repeat(4).slice(0, 64);
    const pem = `-----BEGIN PRIVATE KEY-----\n${`${line}\n`.repeat(100)}-----END PRIVATE KEY-----`;
    const out = redact(`${'x '.repeat(1500)}${pem}\n\nthe end`);
    expect(out).not.toContain(line);
    expect(out).toMatch(/the end$/);
  });

  it('takes bounded time on input that makes the detectors backtrack', () => {
    const started = performance.now();
    redact('a.'.repeat(100_000));
    // Without windows this takes over a minute.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('credentialsIn', () => {
  const env = {
    OPENAI_API_KEY: 'sk-test-1234567890',
    GITHUB_TOKEN: 'ghs_0123456789abcdef',
    ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAiOiJKV1Qi.runtime',
    'INPUT_GITHUB-TOKEN': 'ghs_0123456789abcdef',
    DB_PASSWORD: 'correct horse battery',
    MY_LLM: 'opaque-credential-value',
    HOME: '/home/runner',
    GITHUB_SHA: '7f0d8ec9c28530870ff24eedd6a9',
    SHORT_TOKEN: 'abc',
    EMPTY_KEY: '',
  };

  it.each([
    ['OPENAI_API_KEY', true],
    ['GITHUB_TOKEN', true],
    ['ACTIONS_RUNTIME_TOKEN', true],
    ['INPUT_GITHUB-TOKEN', true],
    ['DB_PASSWORD', true],
    ['MY_LLM', false],
    ['HOME', false],
    ['GITHUB_SHA', false],
    ['SHORT_TOKEN', false],
    ['EMPTY_KEY', false],
  ])('%s is a credential by its name: %s', (name, expected) => {
    expect(credentialsIn(env).some((c) => c.name === name)).toBe(expected);
  });

  it("adds each provider's apiKeyEnv, whatever its name", () => {
    const config = { providers: { main: { id: 'main', model: 'm', apiKeyEnv: 'MY_LLM' } } };
    expect(credentialsIn(env, config)).toContainEqual({ name: 'MY_LLM', value: 'opaque-credential-value' });
  });
});
