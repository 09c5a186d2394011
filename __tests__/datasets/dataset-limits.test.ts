/**
 * Wrong or oversized dataset files: an error naming the file (and line) before any call, read in
 * bounded memory; a byte-order mark and CRLF line ends are fine.
 */
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { CaseTally } from '../../src/datasets/case-tally.js';
import { readDataset } from '../../src/datasets/load-dataset.js';
import {
  MAX_CASES_PER_PROMPT,
  MAX_DATASET_BYTES_PER_PROMPT,
  MAX_ROW_BYTES,
  MAX_WHOLE_FILE_BYTES,
} from '../../src/limits.js';
import type { Case } from '../../src/types.js';

const BOM = '\uFEFF';

/** A dataset from bytes, as the engine hands one over. */
function file(path: string, content: string | Buffer) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { path, size: bytes.length, content: Readable.from([bytes]) };
}

/** A dataset whose bytes are made as they are read (64 KiB at a time); `pulled()` says how many were. */
function generated(path: string, row: (i: number) => string, totalBytes: number) {
  let pulled = 0;
  function* chunks(): Generator<Buffer> {
    let pending = '';
    for (let i = 0; pulled < totalBytes; i++) {
      pending += row(i);
      if (pending.length < 65_536) continue;
      pulled += pending.length;
      yield Buffer.from(pending);
      pending = '';
    }
  }
  return {
    file: { path, size: totalBytes, content: Readable.from(chunks(), { objectMode: false }) },
    pulled: () => pulled,
  };
}

async function readAll(...files: ReturnType<typeof file>[]): Promise<Case[]> {
  const tally = new CaseTally();
  const cases: Case[] = [];
  for (const f of files) for await (const c of readDataset(f, tally)) cases.push(c);
  return cases;
}

describe('datasets: byte-order marks and CRLF are accepted', () => {
  it.each<[string, string]>([
    ['d.jsonl', `${BOM}{"id":"a","q":"x"}\r\n\r\n{"id":"b","q":"y"}\r\n`],
    ['d.csv', `${BOM}id,q\r\na,x\r\nb,"two\r\nlines"\r\n`],
    ['d.yaml', `${BOM}- id: a\r\n  q: x\r\n- id: b\r\n  q: y\r\n`],
    ['d.json', `${BOM}[{"id":"a","q":"x"},\r\n{"id":"b","q":"y"}]\r\n`],
  ])('%s', async (path, text) => {
    const cases = await readAll(file(path, text));
    expect(cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(cases[0].vars).toEqual({ q: 'x' });
    // The mark is not part of the first key, and no value keeps a carriage return.
    expect(JSON.stringify(cases)).not.toMatch(/\\r|\\ufeff|\uFEFF/i);
  });

  it('keeps line numbers exact in a CRLF file with a multi-line cell', async () => {
    const cases = await readAll(file('d.csv', `${BOM}id,q\r\na,"one\r\ntwo"\r\nb,three\r\n`));
    expect(cases.map((c) => [c.id, c.vars.q, c.source?.line])).toEqual([
      ['a', 'one\ntwo', 2],
      ['b', 'three', 4],
    ]);
  });
});

describe('datasets: wrong data is an error with its file and line', () => {
  const invalid = Buffer.from([0xc3, 0x28]);
  it.each<[string, Buffer, RegExp]>([
    [
      'd.jsonl',
      Buffer.concat([Buffer.from('{"q":"ok"}\n{"q":"'), invalid, Buffer.from('"}\n')]),
      /^d\.jsonl:2: invalid UTF-8/,
    ],
    [
      'd.csv',
      Buffer.concat([Buffer.from('q\nok\nfine\n'), invalid, Buffer.from('\n')]),
      /^d\.csv:4: invalid UTF-8/,
    ],
    [
      'd.yaml',
      Buffer.concat([Buffer.from('- q: ok\n- q: fine\n- q: '), invalid, Buffer.from('\n')]),
      /^d\.yaml:3: invalid UTF-8/,
    ],
    ['d.jsonl', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), /^d\.jsonl:1: invalid UTF-8/],
  ])('invalid UTF-8 in %s', async (path, bytes, message) => {
    await expect(readAll(file(path, bytes))).rejects.toThrow(message);
  });

  it('a UTF-8 sequence split across chunks is read whole', async () => {
    const bytes = Buffer.from('{"q":"Köln 東京"}\n');
    const content = Readable.from([...bytes].map((byte) => Buffer.from([byte])));
    const [c] = await readAll({ path: 'd.jsonl', size: bytes.length, content });
    expect(c.vars.q).toBe('Köln 東京');
  });

  it.each<[string, string[], RegExp]>([
    [
      'in one JSONL file',
      ['a.jsonl', '{"id":"x"}\n{"id":"y"}\n{"id":"x"}\n'],
      /^a\.jsonl:3: duplicate case id "x", first used at a\.jsonl:1; expected every case/,
    ],
    [
      'a number and a string',
      ['a.jsonl', '{"id":7}\n{"id":"7"}\n'],
      /^a\.jsonl:2: duplicate case id "7", first used at a\.jsonl:1/,
    ],
    [
      'in one YAML file',
      ['a.yaml', '- id: x\n- id: y\n- id: x\n'],
      /^a\.yaml:3:3: duplicate case id "x", first used at a\.yaml:1:3/,
    ],
    [
      'in one CSV file',
      ['a.csv', 'id,q\nx,1\nx,2\n'],
      /^a\.csv:3: duplicate case id "x", first used at a\.csv:2/,
    ],
  ])('a duplicate case id %s names both rows', async (_name, [path, text], message) => {
    await expect(readAll(file(path, text))).rejects.toThrow(message);
  });

  it("a duplicate case id across a prompt's datasets names both files", async () => {
    await expect(
      readAll(file('evals/a.jsonl', '{"id":"x"}\n'), file('evals/b.csv', 'id,q\ny,1\nx,2\n')),
    ).rejects.toThrow(/^evals\/b\.csv:3: duplicate case id "x", first used at evals\/a\.jsonl:1/);
  });

  it('default ids of same-named files in two folders collide, and say so', async () => {
    await expect(
      readAll(file('evals/a/q.jsonl', '{"q":1}\n'), file('evals/b/q.jsonl', '{"q":2}\n')),
    ).rejects.toThrow(
      /^evals\/b\/q\.jsonl:1: duplicate case id "q\.jsonl:1", first used at evals\/a\/q\.jsonl:1/,
    );
  });

  it.each<[string, string, RegExp]>([
    [
      '1e9 repeats',
      '{"q":1,"repeats":1000000000}\n',
      /^d\.jsonl:1: dataset row: "repeats" must be an integer from 1 to 100, got 1000000000$/,
    ],
    ['101 repeats', '{"q":1,"repeats":101}\n', /from 1 to 100, got 101/],
  ])('a row asking for %s', async (_name, text, message) => {
    await expect(readAll(file('d.jsonl', text))).rejects.toThrow(message);
  });
});

describe('datasets: read in bounded memory, stopped at documented limits', () => {
  it.each<[string, string]>([
    ['a JSONL line', 'd.jsonl'],
    ['a CSV line', 'd.csv'],
  ])('%s past the row limit stops at once, without reading the rest', async (_name, path) => {
    const { file: big, pulled } = generated(path, () => 'x'.repeat(1000), 200 * 1024 * 1024);
    await expect(readAll(big)).rejects.toThrow(
      new RegExp(
        `^d\\.(jsonl|csv):1: dataset row is longer than ${MAX_ROW_BYTES.toLocaleString('en-US')} bytes`,
      ),
    );
    expect(pulled()).toBeLessThan(MAX_ROW_BYTES + 200_000);
  });

  it('a CSV record whose quoted cell spans lines past the row limit is an error', async () => {
    const { file: big } = generated(
      'd.csv',
      (i) => (i === 0 ? 'q\n"' : 'y'.repeat(999) + '\n'),
      3 * MAX_ROW_BYTES,
    );
    await expect(readAll(big)).rejects.toThrow(
      /^d\.csv:\d+: invalid CSV: .*(max_record_size|Max Record Size)/i,
    );
  });

  it(`more than ${MAX_CASES_PER_PROMPT} cases stops at the first case too many`, async () => {
    const { file: many, pulled } = generated('d.jsonl', (i) => `{"q":${i}}\n`, 200 * 1024 * 1024);
    await expect(readAll(many)).rejects.toThrow(
      new RegExp(`^d\\.jsonl:${MAX_CASES_PER_PROMPT + 1}: the prompt has more than 100,000 cases`),
    );
    expect(pulled()).toBeLessThan(5 * 1024 * 1024);
  });

  it("a 200 MB dataset stops at the prompt's byte limit, its memory bounded", async () => {
    const row = (i: number) => `{"id":"r${i}","q":"${'z'.repeat(MAX_ROW_BYTES / 2)}"}\n`;
    const { file: big, pulled } = generated('d.jsonl', row, 200 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      await expect(readAll(big)).rejects.toThrow(
        new RegExp(
          `^d\\.jsonl:\\d+: the prompt's datasets hold more than ${MAX_DATASET_BYTES_PER_PROMPT / 1024 / 1024} MiB of rows`,
        ),
      );
    } finally {
      clearInterval(timer);
    }
    expect(pulled()).toBeLessThan(MAX_DATASET_BYTES_PER_PROMPT + MAX_ROW_BYTES);
    expect(peak - before).toBeLessThan(250 * 1024 * 1024);
  });

  it.each<[string]>([['d.yaml'], ['d.json']])(
    'a %s dataset past the whole-file limit is refused before it is read',
    async (path) => {
      let read = false;
      const content = new Readable({
        read() {
          read = true;
          this.push(null);
        },
      });
      await expect(readAll({ path, size: MAX_WHOLE_FILE_BYTES + 1, content })).rejects.toThrow(
        /^d\.(yaml|json):1: d\.(yaml|json) is larger than 1 MiB; files parsed whole/,
      );
      expect(read).toBe(false);
    },
  );

  it('a YAML dataset larger than its stated size still stops at the limit', async () => {
    const { file: big, pulled } = generated('d.yaml', () => '- q: x\n', 50 * 1024 * 1024);
    await expect(readAll({ ...big, size: 10 })).rejects.toThrow(/is larger than 1 MiB/);
    expect(pulled()).toBeLessThan(MAX_WHOLE_FILE_BYTES + 100_000);
  });

  it('an alias bomb in a YAML dataset is an error at the file, at once', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const [p, n] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    lines.push(`cases: [*j]`);
    const started = performance.now();
    await expect(readAll(file('bomb.yaml', lines.join('\n')))).rejects.toThrow(
      /^bomb\.yaml:2:\d+: YAML aliases \(\*name\) expand too far: more than 100 resolved/,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
