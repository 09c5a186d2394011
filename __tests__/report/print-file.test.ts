import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { printDefused } from '../../src/report/print-file.js';
import { defuseCommands } from '../../src/report/sanitize.js';

async function printed(text: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-print-'));
  try {
    const file = join(dir, 'report.md');
    writeFileSync(file, text);
    const out = new PassThrough();
    const parts: string[] = [];
    out.on('data', (part: Buffer) => parts.push(part.toString('utf8')));
    await printDefused(file, out);
    return parts.join('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('printDefused', () => {
  it('prints what defusing the whole file prints, across many read runs', async () => {
    // Lines of every length, so read runs end inside lines, inside multi-byte characters and just
    // after a line break; commands at line starts, after blank and white-space lines, and mid-line.
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < 400_000; i++) {
      const filler = '✅ é '.repeat(i % 53) + 'x'.repeat((i * 7919) % 3000);
      lines.push(
        [
          `::warning::${i}`,
          `  ::set-output name=x::${i}`,
          '',
          ' \t',
          `::error::after blanks ${i}`,
          `${filler} ##[group]${i}`,
          `${filler}::not a command`,
          '😀'.repeat(i % 11),
        ][i % 8],
      );
    }
    const text = lines.join('\n');
    const got = await printed(text);
    expect(got).toBe(`${defuseCommands(text)}\n`);
    expect(got).not.toMatch(/^\s*::/m);
    expect(got).not.toContain('##[');
  });

  it('prints a file with no line break, and an empty one, as one line', async () => {
    expect(await printed('::warning::x')).toBe(`${defuseCommands('::warning::x')}\n`);
    expect(await printed('')).toBe('\n');
  });
});
