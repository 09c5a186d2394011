/** Prompt files written wrongly or with hostile intent: errors at their line, never a guess. */
import { describe, expect, it } from '@jest/globals';
import { MAX_WHOLE_FILE_BYTES } from '../../src/limits.js';
import { parsePrompt } from '../../src/prompts/parse-prompt.js';

const noFiles = () => Promise.resolve(undefined);

const PROMPTY =
  '---\nname: a\nmodel:\n  parameters: { max_tokens: 50 }\n---\nsystem:\nBe brief.\nuser:\n{{q}}\n';
const GITHUB =
  'name: a\nmessages:\n  - role: system\n    content: Be brief.\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: hi\n';
const TEXT = '---\nsystem: Be brief.\n---\nAnswer {{q}}\n';

describe('prompts: a byte-order mark and CRLF line ends are accepted', () => {
  it.each<[string, string]>([
    ['a.prompty', PROMPTY],
    ['a.prompt.yml', GITHUB],
    ['a.md', TEXT],
  ])('%s', async (file, text) => {
    const plain = await parsePrompt(file, text, noFiles);
    for (const variant of [
      `\uFEFF${text}`,
      text.replace(/\n/g, '\r\n'),
      `\uFEFF${text.replace(/\n/g, '\r\n')}`,
    ]) {
      const parsed = await parsePrompt(file, variant, noFiles);
      expect(parsed).toEqual(plain);
      expect(JSON.stringify(parsed)).not.toMatch(/\\r|\uFEFF/);
    }
  });
});

describe('prompts: wrong data is an error at its line', () => {
  it.each<[string, string, RegExp]>([
    [
      'a.prompty',
      '---\nname: a\nsystem:\nBe brief.\n',
      /^a\.prompty:1: prompt a\.prompty: the front matter opened by "---" on line 1 is never closed; expected a line "---" after it$/,
    ],
    [
      'a.md',
      '---\nsystem: Be brief.\nAnswer {{q}}\n',
      /^a\.md:1: .*front matter opened by "---" on line 1 is never closed/,
    ],
    ['a.prompty', '\uFEFF---\r\nname: a\r\n', /^a\.prompty:1: .*never closed/],
  ])('front matter that never closes in %s', async (file, text, message) => {
    await expect(parsePrompt(file, text, noFiles)).rejects.toThrow(message);
  });

  it.each<[string, (bomb: string) => string, RegExp]>([
    [
      'a.prompt.yml',
      (bomb) => `${bomb}\nmessages: *j\n`,
      /^a\.prompt\.yml:2:\d+: YAML aliases \(\*name\) expand too far/,
    ],
    ['a.prompty', (bomb) => `---\n${bomb}\n---\nuser:\nhi\n`, /^a\.prompty:3:\d+: YAML aliases/],
    ['a.md', (bomb) => `---\n${bomb}\n---\nhi\n`, /^a\.md:3:\d+: YAML aliases/],
  ])('an alias bomb in %s ends at once', async (file, wrap, message) => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const [p, n] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const started = performance.now();
    await expect(parsePrompt(file, wrap(lines.join('\n')), noFiles)).rejects.toThrow(message);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([['a.md'], ['a.prompt.yml']])('%s past the whole-file limit is refused', async (file) => {
    await expect(parsePrompt(file, 'x'.repeat(MAX_WHOLE_FILE_BYTES + 1), noFiles)).rejects.toThrow(
      new RegExp(`^${file.replace(/\./g, '\\.')}:1: ${file.replace(/\./g, '\\.')} is larger than 1 MiB`),
    );
  });
});
