import { describe, expect, it } from '@jest/globals';
import { RunRecord, plainRecord, recordKey } from '../../src/run/run-record.js';
import type { ScoredRecord } from '../../src/types.js';

const source = { prompt: 'prompts/support.prompt.yml', version: 'head' as const, case: { id: 'refund-1' } };

describe('RunRecord', () => {
  it('reads its key, prompt, version and case from its source', () => {
    const record = new RunRecord(source, 2, { status: 'ok', output: 'Yes.', attempts: 1 });
    expect(record.key).toBe('prompts/support.prompt.yml#head#refund-1#2');
    expect(record.key).toBe(recordKey('prompts/support.prompt.yml', 'head', 'refund-1', 2));
    expect([record.prompt, record.version, record.caseId, record.repeat]).toEqual([
      'prompts/support.prompt.yml',
      'head',
      'refund-1',
      2,
    ]);
  });

  it('writes the JSON of a plain record, its members in one order whatever order they were given in', () => {
    const facts = {
      pass: false,
      checks: [{ check: 'contains "refund"', name: 'contains', pass: false, score: 0, reason: 'missing' }],
      failures: [{ provider: 'openai', error: 'HTTP 500' }],
      model: 'gpt-4o-mini',
      provider: 'openai',
      error: undefined,
      attempts: 2,
      cached: 'cache' as const,
      ttftMs: 12,
      latencyMs: 40.5,
      costUsd: 0.0001,
      usage: { input: 10, cachedInput: 0, output: 3, reasoning: 0, estimated: false },
      toolCalls: [{ name: 'lookup', arguments: '{}' }],
      output: 'No.',
      status: 'ok' as const,
    };
    const record = new RunRecord(source, 1, facts);
    const text = JSON.stringify(record);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'key',
      'prompt',
      'version',
      'caseId',
      'repeat',
      'status',
      'output',
      'toolCalls',
      'usage',
      'costUsd',
      'latencyMs',
      'ttftMs',
      'cached',
      'attempts',
      'provider',
      'model',
      'failures',
      'checks',
      'pass',
    ]);
    const { error: _error, ...given } = facts;
    expect(JSON.parse(text)).toEqual({
      key: 'prompts/support.prompt.yml#head#refund-1#1',
      prompt: source.prompt,
      version: 'head',
      caseId: 'refund-1',
      repeat: 1,
      ...given,
    });
  });

  it('leaves out members it does not have, and takes members set after it was made', () => {
    const record = new RunRecord(source, 1, { status: 'error', attempts: 3, error: 'timed out' });
    expect(plainRecord(record)).toEqual({
      key: 'prompts/support.prompt.yml#head#refund-1#1',
      prompt: source.prompt,
      version: 'head',
      caseId: 'refund-1',
      repeat: 1,
      status: 'error',
      attempts: 3,
      error: 'timed out',
    });
    Object.assign(record, { checks: [], pass: false });
    record.failures = [{ provider: 'openai', error: 'timed out' }];
    record.output = 'late';
    const plain = plainRecord(record);
    expect(plain).toMatchObject({ output: 'late', checks: [], pass: false });
    expect(plain.failures).toEqual([{ provider: 'openai', error: 'timed out' }]);
    expect(Object.keys(plain).slice(-4)).toEqual(['error', 'failures', 'checks', 'pass']);
  });

  it('gives a plain record back as it is, members in the same order', () => {
    const plain: ScoredRecord = {
      pass: true,
      checks: [],
      attempts: 1,
      status: 'ok',
      repeat: 1,
      caseId: 'c',
      version: 'base',
      prompt: 'p',
      key: 'p#base#c#1',
    };
    expect(Object.keys(plainRecord(plain))).toEqual([
      'key',
      'prompt',
      'version',
      'caseId',
      'repeat',
      'status',
      'attempts',
      'checks',
      'pass',
    ]);
  });
});
