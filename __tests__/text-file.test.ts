import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readText } from '../src/text-file.js';

function roundTrip(bytes: Buffer): { got: string; want: string } {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-text-'));
  try {
    const file = join(dir, 'text');
    writeFileSync(file, bytes);
    return { got: readText(file), want: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('readText', () => {
  it('reads what readFileSync reads, across read runs that end inside multi-byte characters', () => {
    // 1, 2, 3 and 4 bytes per character, in a pattern that puts run ends inside each of them.
    const text = Array.from({ length: 90_000 }, (_, i) => ['a', 'é', '€', '😀', '\n'][(i * 7) % 5]).join('');
    const { got, want } = roundTrip(Buffer.from(`\uFEFF${text}`));
    expect(got).toBe(want);
    expect(got.length).toBe(text.length + 1);
  });

  it('replaces invalid and cut-off bytes as readFileSync does', () => {
    const bytes = Buffer.concat([
      Buffer.from('ok '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' €'),
      Buffer.from([0xe2, 0x82]),
    ]);
    const { got, want } = roundTrip(bytes);
    expect(got).toBe(want);
  });

  it('reads an empty file as empty text', () => {
    expect(roundTrip(Buffer.alloc(0)).got).toBe('');
  });
});
