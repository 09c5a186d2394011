import { describe, expect, it } from '@jest/globals';
import { cutJson } from '../src/json-cut.js';

/** `text` in runs of `size` characters (the last one shorter). */
function runsOf(text: string, size: number): string[] {
  const runs: string[] = [];
  for (let at = 0; at < text.length; at += size) runs.push(text.slice(at, at + size));
  return runs;
}

/** Cuts `text` at `path` and puts it back together: the skeleton parsed, each number replaced by its value parsed. */
function cutAndRebuild(runs: string[], path: string[]) {
  const taken: Array<{ names: string[]; value: unknown }> = [];
  const skeleton = cutJson(runs, path, (names, text) => {
    taken.push({ names, value: JSON.parse(text) });
    return taken.length - 1;
  });
  if (skeleton === undefined) return undefined;
  const parsed = JSON.parse(skeleton) as { prompts: Record<string, { cases: Record<string, unknown> }> };
  for (const entry of Object.values(parsed.prompts))
    for (const id of Object.keys(entry.cases)) entry.cases[id] = taken[entry.cases[id] as number].value;
  return { parsed, taken, skeleton };
}

const PATH = ['prompts', '*', 'cases', '*'];

describe('cutJson', () => {
  // Names with escapes, brackets and quotes inside strings, an array as a value, integer-like ids (which
  // JSON.parse orders first), a repeated member (the last one counts), other members beside the cases,
  // text outside the ASCII range, and no whitespace at all beside pretty layout.
  const doc = {
    version: 1,
    note: 'a "string" with { and ] inside \\ and \u2713',
    prompts: {
      'a "quoted" }{ path.md': {
        promptHash: 'h',
        cases: {
          '10': { runs: [{ pass: true, checks: { 'x]': true } }], output: 'answer with } and "quotes"' },
          '2': { runs: [] },
          'é\n': [1, [2, { three: '}' }]],
        },
        model: 'm',
      },
      other: { cases: {} },
    },
  };
  const texts = [
    JSON.stringify(doc),
    JSON.stringify(doc, null, 2),
    JSON.stringify(doc, null, '\t').replace(/\n/g, '\r\n'),
  ];

  it('cuts every value at the path and leaves a skeleton that puts back the same JSON, however the text is split', () => {
    for (const text of texts) {
      for (const size of [1, 2, 3, 7, 64, text.length]) {
        const result = cutAndRebuild(runsOf(text, size), PATH);
        expect(result?.parsed).toEqual(JSON.parse(text));
        expect(result?.taken.map((t) => t.names)).toEqual([
          ['prompts', 'a "quoted" }{ path.md', 'cases', '2'],
          ['prompts', 'a "quoted" }{ path.md', 'cases', '10'],
          ['prompts', 'a "quoted" }{ path.md', 'cases', 'é\n'],
        ]);
        // What was cut is no longer in the skeleton.
        expect(result?.skeleton).not.toContain('answer with');
      }
    }
  });

  it('reads names with escapes as JSON does, and a repeated member as JSON.parse does (the last counts)', () => {
    const text = '{"\\u0070rompts": {"p": {"cases": {"c": {"n": 1}, "c": {"n": 2}}}}}';
    const result = cutAndRebuild([text], PATH);
    expect(result?.parsed).toEqual(JSON.parse(text));
    expect(result?.taken.map((t) => t.names[0])).toEqual(['prompts', 'prompts']);
  });

  it('cuts nothing off the path', () => {
    const text = '{"prompt": {"p": {"cases": {"c": {"n": 1}}}}, "prompts": {"p": {"case": {"c": {}}}}}';
    const taken: string[] = [];
    expect(cutJson([text], PATH, (_names, value) => taken.push(value))).toBe(text);
    expect(taken).toEqual([]);
  });

  it('gives up where it cannot follow the text, or a value at the path is not an object or an array', () => {
    const take = () => 0;
    for (const text of [
      '{"prompts": {"p": {"cases": {"c": {"n": 1}}}}', // not closed
      '{"prompts": {"p": {"cases": {"c": {"n": 1]}}}}', // closed by the wrong bracket
      '{"prompts": {}}}', // closed once too often
      '{"prompts": {"p": {"cases": {"c": 5}}}}', // a number where a case goes
      '{"prompts": {"p": {"cases": {"c": "text"}}}}',
      '{"prompts": {"p": {"cases": {"c": null}}}}',
      '{"prompts": {"p\\x": {}}}', // a name JSON would not read
      '{"prompts": {"p": {"cases": {"c": {"n": "open', // a string never closed
    ])
      expect(cutJson([text], PATH, take)).toBeUndefined();
  });

  it('ends the scan with what the taker throws', () => {
    const text = '{"prompts": {"p": {"cases": {"c": {"n": 1}}}}}';
    expect(() =>
      cutJson([text], PATH, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
  });
});
