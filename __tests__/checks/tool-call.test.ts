import { describe, expect, it } from '@jest/globals';
import { assertKnownCheck } from '../../src/checks/names.js';
import { scoreAnswer } from '../../src/checks/score.js';
import { toolCall } from '../../src/checks/tool-call.js';
import type { CallRecord, CheckSpec, ToolCall } from '../../src/types.js';

function run(options: Record<string, unknown>, toolCalls: ToolCall[] | undefined, output = '') {
  const spec: CheckSpec = { name: 'tool-call', options };
  assertKnownCheck(spec);
  const record = {
    key: 'k',
    prompt: 'p',
    version: 'head',
    caseId: 'c',
    repeat: 1,
    status: 'ok',
    attempts: 1,
    toolCalls,
  } as CallRecord;
  return scoreAnswer(
    toolCall,
    { output, case: { id: 'c', vars: { city: 'Bergen' } }, record, messages: [], samples: [] },
    spec.parsed,
  );
}

const weather = (args: string): ToolCall[] => [{ name: 'weather', arguments: args }];

describe('tool-call', () => {
  it('passes on a call of the named function whose arguments satisfy the schema and hold the values', async () => {
    const result = await run(
      {
        name: 'weather',
        arguments: { type: 'object', required: ['city'], properties: { days: { type: 'integer' } } },
        values: { city: '{{city}}' },
      },
      weather('{"city":"Bergen","days":2}'),
    );
    expect(result).toMatchObject({ pass: true, reason: 'the answer called weather as expected' });
  });

  it.each([
    [{ name: 'weather' }, undefined, /called no tool \(it answered "It is sunny\."\)/],
    [{ name: 'weather' }, [{ name: 'search', arguments: '{}' }], /called search, not weather/],
    [{ values: { city: '{{city}}' } }, weather('{"city":"Oslo"}'), /argument city is "Oslo", not "Bergen"/],
    [
      { arguments: { required: ['days'] } },
      weather('{"city":"Bergen"}'),
      /do not satisfy the schema: \/ must have required property 'days'/,
    ],
    [{ values: { city: 'Bergen' } }, weather('{"city": Bergen'), /arguments are not JSON/],
  ])('fails %j on %j, saying why', async (options, calls, reason) => {
    const result = await run(options, calls, 'It is sunny.');
    expect(result.pass).toBe(false);
    expect(result.error).toBeUndefined();
    expect(result.reason).toMatch(reason);
  });

  it('one matching call among several is enough', async () => {
    const calls = [...weather('{"city":"Oslo"}'), ...weather('{"city":"Bergen"}')];
    expect((await run({ values: { city: 'Bergen' } }, calls)).pass).toBe(true);
  });

  it('an invalid schema is refused when the config is read', () => {
    expect(() =>
      assertKnownCheck({ name: 'tool-call', options: { arguments: { type: 'nonsense' } } }),
    ).toThrow(/arguments.*valid JSON Schema/);
  });
});
