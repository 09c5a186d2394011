/** Config files a pull request may write wrongly or with hostile intent: errors at their line, never a guess. */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/load-config.js';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { UserError } from '../../src/errors.js';
import { MAX_WHOLE_FILE_BYTES } from '../../src/limits.js';

const HEAD = 'providers:\n  main: { model: gpt-4o-mini }\nprompts:\n';

function errorOf(text: string): string {
  try {
    parseConfig(text, 'promptgate.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

/** `levels` anchors of nine aliases each: 9^levels values once expanded. */
function aliasBomb(levels: number): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < levels; i++) {
    const [p, n] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
  }
  return lines.join('\n');
}

describe('parseConfig: a prompt listed twice', () => {
  it.each<[string, string, RegExp]>([
    [
      'the same glob in two groups',
      '  - files: prompts/*.md\n  - files: prompts/*.md\n',
      /^promptgate\.yml:5:12: prompts\[1\]\.files: "prompts\/\*\.md" is already listed at promptgate\.yml:4:12 \(prompts\[0\]\.files\); expected each prompt file in one group only$/,
    ],
    [
      'the same file, written two ways, in lists',
      '  - files: [prompts/a.md, prompts/b.md]\n  - files: [./prompts//b.md]\n',
      /^promptgate\.yml:5:13: prompts\[1\]\.files\[0\]: ".\/prompts\/\/b\.md" is already listed at promptgate\.yml:4:27 \(prompts\[0\]\.files\[1\]\)/,
    ],
    [
      'twice in one group',
      '  - files: [prompts/a.md, prompts/a.md]\n',
      /^promptgate\.yml:4:27: prompts\[0\]\.files\[1\]: "prompts\/a\.md" is already listed at promptgate\.yml:4:13/,
    ],
  ])('%s: an error naming both lines', (_name, groups, message) => {
    expect(errorOf(HEAD + groups)).toMatch(message);
  });

  it('different files in different groups are fine', () => {
    const config = parseConfig(`${HEAD}  - files: prompts/a.md\n  - files: prompts/b.md\n`, 'promptgate.yml');
    expect(config.prompts.map((group) => group.files)).toEqual([['prompts/a.md'], ['prompts/b.md']]);
  });
});

describe('parseConfig: bounds on what a config may ask for', () => {
  it.each<[string, string, RegExp]>([
    [
      'repeats: 1e9',
      '  - files: a.md\n    repeats: 1000000000\n',
      /^promptgate\.yml:5:14: prompts\[0\]\.repeats: expected .*100/,
    ],
    ['repeats: 101', '  - files: a.md\n    repeats: 101\n', /prompts\[0\]\.repeats: expected .*100/],
    [
      'concurrency: 65',
      '  - files: a.md\nconcurrency: 65\n',
      /^promptgate\.yml:5:14: concurrency: expected .*64/,
    ],
    ['a provider concurrency of 1e6', '  - files: a.md\n', /providers\.main\.concurrency: expected .*64/],
  ])('%s', (name, groups, message) => {
    const head = name.startsWith('a provider')
      ? 'providers:\n  main: { model: m, concurrency: 1000000, maxRetries: 1000, timeoutMs: 1e12 }\nprompts:\n'
      : HEAD;
    expect(errorOf(head + groups)).toMatch(message);
  });

  it('a provider asking for a thousand retries and a timeout of years is refused too', () => {
    const message = errorOf(
      'providers:\n  main: { model: m, maxRetries: 1000, timeoutMs: 100000000000 }\nprompts:\n  - files: a.md\n',
    );
    expect(message).toMatch(/providers\.main\.maxRetries: expected .*10/);
    expect(message).toMatch(/providers\.main\.timeoutMs: expected .*600000/);
  });

  it('the bounds themselves are allowed', () => {
    const config = parseConfig(
      `${HEAD}  - files: a.md\n    repeats: 100\nconcurrency: 64\n`,
      'promptgate.yml',
    );
    expect([config.prompts[0].repeats, config.concurrency]).toEqual([100, 64]);
  });
});

describe('YAML: alias bombs and oversized files end at once, at the file', () => {
  it.each<[string, string, RegExp]>([
    [
      'in a config',
      `${aliasBomb(10)}\n${HEAD}  - files: a.md\n`,
      /^promptgate\.yml:2:\d+: YAML aliases \(\*name\) expand too far/,
    ],
    [
      'in a value the schema never reads',
      `${HEAD}  - files: a.md\nx: ${'[*a]'}\n`.replace('providers:', `${aliasBomb(10)}\nproviders:`),
      /^promptgate\.yml:2:\d+: YAML aliases/,
    ],
  ])('an alias bomb %s', (_name, text, message) => {
    const started = performance.now();
    expect(errorOf(text)).toMatch(message);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a few aliases reused are fine', () => {
    const source = parseYamlSource('base: &b {x: 1}\nitems: [*b, *b, *b]\n', 'f.yml');
    expect(source.value).toEqual({ base: { x: 1 }, items: [{ x: 1 }, { x: 1 }, { x: 1 }] });
  });

  it('a YAML file past the whole-file limit is refused before it is parsed', () => {
    const text = `# ${'x'.repeat(MAX_WHOLE_FILE_BYTES)}\n`;
    expect(() => parseYamlSource(text, 'big.yml')).toThrow(
      /^big\.yml:1: big\.yml is larger than 1 MiB; files parsed whole/,
    );
  });
});

describe('parseConfig: a byte-order mark and CRLF line ends are accepted', () => {
  it.each<[string, string]>([
    ['BOM', `\uFEFF${HEAD}  - files: a.md\n    repeats: 2\n`],
    ['CRLF', `${HEAD}  - files: a.md\n    repeats: 2\n`.replace(/\n/g, '\r\n')],
    ['BOM and CRLF', `\uFEFF${HEAD}  - files: a.md\n    repeats: 2\n`.replace(/\n/g, '\r\n')],
  ])('%s', (_name, text) => {
    const config = parseConfig(text, 'promptgate.yml');
    expect(config.prompts[0]).toMatchObject({ files: ['a.md'], repeats: 2 });
    expect(Object.keys(config.providers)).toEqual(['main']);
  });

  it('keeps line numbers right in a CRLF file', () => {
    expect(errorOf(`${HEAD}  - files: a.md\n    repeats: 0\n`.replace(/\n/g, '\r\n'))).toMatch(
      /^promptgate\.yml:5:14: /,
    );
  });
});
