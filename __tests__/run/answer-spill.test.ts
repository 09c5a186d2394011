import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerSpill, SPILL_MIN_CHARS, SpilledText, answerText } from '../../src/run/answer-spill.js';

describe('AnswerSpill', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spill-test-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a short answer as it is, and a long one on disk, read back the same', () => {
    const spill = new AnswerSpill({ dir });
    const short = 'x'.repeat(SPILL_MIN_CHARS - 1);
    expect(spill.keep(short)).toBe(short);
    const long = 'y'.repeat(SPILL_MIN_CHARS);
    const kept = spill.keep(long);
    expect(kept).toBeInstanceOf(SpilledText);
    expect(answerText(kept)).toBe(long);
    expect(String(kept)).toBe(long);
    // Serialised, a handle is the answer itself: shard files and results.json hold the text.
    expect(JSON.stringify({ output: kept })).toBe(JSON.stringify({ output: long }));
  });

  it('reads back every answer, written or still waiting, in any order, whatever its characters', () => {
    // A small flush size: most answers are on disk, the last few still in memory.
    const spill = new AnswerSpill({ dir, flushBytes: 4096 });
    const texts = Array.from(
      { length: 300 },
      (_, i) =>
        `${i}: ${['plain ascii', 'Grüße naïve', '数据 and 🚀', 'mixed é🚀数'][i % 4].repeat(30 + (i % 7))}`,
    );
    const kept = texts.map((text) => spill.keep(text));
    expect(kept.every((k) => k instanceof SpilledText)).toBe(true);
    const order = texts.map((_, i) => (i * 7919) % texts.length);
    for (const i of order) expect(answerText(kept[i])).toBe(texts[i]);
    // An answer longer than the read buffer.
    const huge = 'z'.repeat(200_000);
    const far = spill.keep(huge);
    spill.keep('w'.repeat(5000));
    expect(answerText(far)).toBe(huge);
  });

  it('leaves no file behind: the spill file is unlinked as soon as it is open', () => {
    const spill = new AnswerSpill({ dir, flushBytes: 10 });
    const kept = Array.from({ length: 50 }, (_, i) => spill.keep(`${i} ${'text '.repeat(100)}`));
    expect(kept[0]).toBeInstanceOf(SpilledText);
    expect(readdirSync(dir)).toEqual([]);
    expect(answerText(kept[3])).toBe(`3 ${'text '.repeat(100)}`);
  });

  it('keeps answers in memory where no file can be made', () => {
    const spill = new AnswerSpill({ dir: join(dir, 'missing', 'folder') });
    const long = 'q'.repeat(1000);
    expect(spill.keep(long)).toBe(long);
  });
});
