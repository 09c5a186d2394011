import { describe, expect, it } from '@jest/globals';
import { CaseStream, type StreamedPrompt } from '../../src/gate/case-stream.js';
import { type CaseRecords, groupByCase } from '../../src/gate/records.js';
import type { PlannedCall, ScoredRecord, Version } from '../../src/types.js';

/** Calls of `prompt` for cases `ids`, each version and repeat side by side, as a plan lays them out. */
function planOf(
  prompt: string,
  ids: string[],
  versions: Version[],
  repeats = 2,
  file = prompt,
): PlannedCall[] {
  return ids.flatMap((id) => {
    const testCase = { id, vars: { q: id } };
    return Array.from({ length: repeats }, (_, r) =>
      versions.map((version): PlannedCall => ({
        key: `${file}#${version}#${id}#${r + 1}`,
        prompt: file,
        version,
        case: testCase,
        repeat: r + 1,
        provider: 'main',
        request: { model: 'm', messages: [{ role: 'user', content: id }], parameters: {} },
        estimate: { inputTokens: 1, outputTokens: 1, usd: 0 },
      })),
    ).flat();
  });
}

function recordOf(call: PlannedCall): ScoredRecord {
  return {
    key: call.key,
    prompt: call.prompt,
    version: call.version,
    caseId: call.case.id,
    repeat: call.repeat,
    status: 'ok',
    output: `${call.version} ${call.case.id}`,
    attempts: 1,
    provider: 'main',
    checks: [],
    pass: true,
  } as unknown as ScoredRecord;
}

const turns = async (n = 5): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

function streamOf(plan: PlannedCall[], prompts: StreamedPrompt[]) {
  const handed: Array<{ c: CaseRecords; prompt: number }> = [];
  const stream = new CaseStream(plan, prompts, undefined, (c, prompt) => handed.push({ c, prompt }));
  return { stream, handed };
}

describe('CaseStream', () => {
  it('hands each case on once all its answers are scored, in plan order, as groupByCase groups it', async () => {
    const plan = [
      ...planOf('a.md', ['x', 'y', 'z'], ['base', 'head']),
      ...planOf('b.md', ['x', 'w'], ['base', 'head', 'fallback:backup'], 1),
    ];
    const records = plan.map(recordOf);
    const { stream, handed } = streamOf(plan, [{ prompt: 'a.md' }, { prompt: 'b.md' }]);
    // Every answer of y and z, and all but one of x's: nothing is handed on before x is complete.
    const last = plan.findIndex(
      (call) => call.case.id === 'x' && call.version === 'head' && call.repeat === 2,
    );
    plan.forEach((_, i) => {
      if (plan[i].prompt === 'a.md' && i !== last) stream.scored(i, records[i]);
    });
    await turns();
    expect(handed).toEqual([]);
    stream.scored(last, records[last]);
    await turns();
    expect(handed.map(({ c, prompt }) => [prompt, c.caseId])).toEqual([
      [0, 'x'],
      [0, 'y'],
      [0, 'z'],
    ]);
    // b.md's fallback answers are not the verdict's to read: its cases wait for base and head only.
    plan.forEach((call, i) => {
      if (call.prompt === 'b.md' && !call.version.startsWith('fallback')) stream.scored(i, records[i]);
    });
    await turns();
    const groups = [...groupByCase('a.md', records, plan), ...groupByCase('b.md', records, plan)];
    expect(handed.map(({ c }) => c)).toEqual(groups);
    // The same records, not copies.
    expect(handed[0].c.head[1]).toBe(groups[0].head[1]);
  });

  it('hands nothing on once closed, nor after a case that is not complete', async () => {
    const plan = planOf('a.md', ['x', 'y'], ['head'], 1);
    const { stream, handed } = streamOf(plan, [{ prompt: 'a.md' }]);
    stream.scored(1, recordOf(plan[1]));
    await turns();
    expect(handed).toEqual([]);
    stream.close();
    stream.scored(0, recordOf(plan[0]));
    await turns();
    expect(handed).toEqual([]);
  });

  it('hands nothing on where two prompts read the same file (a rename onto a prompt that is also gated)', async () => {
    const plan = [...planOf('a.md', ['x'], ['base'], 1), ...planOf('b.md', ['x'], ['head'], 1)];
    const { stream, handed } = streamOf(plan, [{ prompt: 'a.md' }, { prompt: 'b.md', previousFile: 'a.md' }]);
    plan.forEach((call, i) => stream.scored(i, recordOf(call)));
    await turns();
    expect(handed).toEqual([]);
  });
});
