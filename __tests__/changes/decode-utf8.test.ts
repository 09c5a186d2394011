import { describe, expect, it } from '@jest/globals';
import { decodeUtf8 } from '../../src/changes/decode-utf8.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('decodeUtf8', () => {
  it.each<[string, Buffer, string]>([
    ['plain text', bytes('a\nb'), 'a\nb'],
    ['a byte-order mark, dropped', bytes([0xef, 0xbb, 0xbf], 'x: 1\r\n'), 'x: 1\r\n'],
    ['U+FEFF after the start, kept', bytes('a', [0xef, 0xbb, 0xbf]), 'a\uFEFF'],
    ['multi-byte characters', bytes('Köln 東京 🧪'), 'Köln 東京 🧪'],
  ])('decodes %s', (_name, input, text) => {
    expect(decodeUtf8(input, 'f.txt')).toBe(text);
  });

  it.each<[string, Buffer, number]>([
    ['a Latin-1 byte on line 1', bytes([0xe9]), 1],
    ['a lone continuation byte on line 3', bytes('a\nb\n', [0x80]), 3],
    ['an overlong encoding', bytes('a\n', [0xc0, 0xaf]), 2],
    ['an encoded surrogate', bytes('a\nb\r\nc\n', [0xed, 0xa0, 0x80]), 4],
    ['a sequence cut at the end', bytes('a\n', [0xe6, 0x9d]), 2],
    ['UTF-16 with its mark', bytes([0xff, 0xfe, 0x61, 0x00]), 1],
  ])('refuses %s, naming the line', (_name, input, line) => {
    expect(() => decodeUtf8(input, 'evals/x.yaml')).toThrow(
      `evals/x.yaml:${line}: invalid UTF-8: the file must be saved as UTF-8 text`,
    );
  });
});
