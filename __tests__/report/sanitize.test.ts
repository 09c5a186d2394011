import { describe, expect, it } from '@jest/globals';
import {
  cutText,
  defuseCommands,
  escapeLog,
  inlineCode,
  plainText,
  sanitizeText,
  truncate,
} from '../../src/report/sanitize.js';

/** A fake OpenAI key of the published shape and a Luhn-valid card number: what an answer may leak. */
const KEY = `sk-proj-${'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0F'.repeat(2).slice(0, 48)}`;
const CARD = '4111111111111111';

/** Text a hostile model answer or dataset row could carry into the PR comment. */
const HOSTILE = [
  '<details><summary>x</summary><img src=x onerror=alert(1)></details>',
  '![pixel](https://evil.example/p.png)',
  '[click](https://evil.example/login)',
  '<https://evil.example/auto>',
  'www.evil.example',
  'cc @octocat and @acme/security-team',
  'fixes #123, acme/app#45 and GH-678',
  '```\n# heading\n```',
  '| a | b |',
  'safe\u202Eevil\u2066x\u200By\uFEFFz',
].join('\n');

describe('sanitizeText', () => {
  const out = sanitizeText(HOSTILE, 10_000);

  it.each([
    ['raw HTML tags', /<[a-z/]/i],
    ['image syntax', /!\[/],
    ['link syntax', /[^\\]\[[^\]]*\]\(/],
    ['autolinked URLs', /https?:\/\//],
    ['www autolinks', /www\./],
    ['@mentions', /@[a-z]/i],
    ['#123 references', /#\d/],
    ['GH-123 references', /GH-\d/],
    ['unescaped fences', /(^|[^\\])```/],
    ['unescaped pipes', /(^|[^\\])\|/],
    ['newlines', /\n/],
    ['bidi and invisible characters', /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/],
  ])('leaves no %s', (_, pattern) => {
    expect(out).not.toMatch(pattern);
  });

  it('shows invisible characters as their code point', () => {
    expect(out).toContain('safe&lt;U+202E&gt;evil&lt;U+2066&gt;x&lt;U+200B&gt;y&lt;U+FEFF&gt;z');
  });

  it('keeps ordinary text readable', () => {
    expect(sanitizeText('Returns within 30 days, see the policy.')).toBe(
      'Returns within 30 days, see the policy.',
    );
  });

  it.each([
    ['a < b && c > d', 'a < b &amp;&amp; c > d'],
    ['p < 0.001 and x<=y', 'p < 0.001 and x<=y'],
    ['<b>bold</b> <!-- c --> <?x>', '&lt;b>bold&lt;/b> &lt;!-- c --> &lt;?x>'],
    ['> quoted', '&gt; quoted'],
    ['snake_case *bold*', 'snake\\_case \\*bold\\*'],
    ['line one\nline two', 'line one ⏎ line two'],
    ['thanks @octocat', 'thanks @\u200Doctocat'],
  ])('escapes %j', (input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('cuts long text with a visible marker', () => {
    expect(sanitizeText('a'.repeat(200), 100)).toBe(`${'a'.repeat(100)}… [cut, 100 more chars]`);
  });

  it('keeps text whole when the marker would take as much room as the cut saves', () => {
    expect(sanitizeText('a'.repeat(104), 100)).toBe('a'.repeat(104));
    expect(sanitizeText('a'.repeat(123), 100)).toBe(`${'a'.repeat(100)}… [cut, 23 more chars]`);
  });

  it.each([
    ['taken from `git diff` instead', 'taken from `git diff` instead'],
    ['a ``tick`s`` span', 'a ``tick`s`` span'],
    ['`snake_case` but not snake_case', '`snake_case` but not snake\\_case'],
    ['one ` tick', 'one \\` tick'],
  ])('keeps the code span of %j a code span', (input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each([
    ['`<img src=x onerror=alert(1)>`', '\\`&lt;img src=x onerror=alert(1)>\\`'],
    ['`@octocat`', '\\`@\u200Doctocat\\`'],
    ['`https://evil.example`', '\\`https:\u200D//evil.example\\`'],
    ['`a|b`', '\\`a\\|b\\`'],
    ['`bidi\u202E`', '\\`bidi&lt;U+202E&gt;\\`'],
  ])('escapes a code span whose text needs more than its backticks escaped: %j', (input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each([
    ['whole', `leaked ${KEY} and ${CARD}`, 500],
    ['across the cut', `${'x'.repeat(90)} ${KEY}`, 100],
    ['at the very end of the cut', `${'x'.repeat(60)}${CARD}`, 70],
  ])('masks secrets and card numbers (%s) before it cuts', (_, text, max) => {
    const out = sanitizeText(text, max);
    expect(out).not.toContain(KEY.slice(0, 20));
    expect(out).not.toContain(CARD.slice(0, 10));
  });
});

/** Inputs a PR or a model controls that try to write a workflow command into the log. */
const COMMAND_INJECTIONS = [
  'prompts/x.md\n::warning file=x::pwned',
  '\n::stop-commands::tok3n',
  '  \t ::error::indented',
  'a\r::set-output name=x::y',
  'a\r\n::add-mask::abc',
  'a\u2028::notice::line separator',
  'a\u0085::notice::next line',
  '\u00A0\u3000::debug::unicode spaces',
  '\uFEFF::warning::after a BOM',
  'mid-line ##[set-env name=A;]b and ##[stop-commands]x',
  '\u001B[2K\u001B[1A::error::erase the line above',
];

describe('escapeLog', () => {
  it.each(COMMAND_INJECTIONS)('lets %j start no workflow command', (text) => {
    const out = escapeLog(`changed: ${text}\n${text}`);
    for (const line of out.split(/\r\n|\r|\n/)) {
      expect(line.trimStart()).not.toMatch(/^::/);
      expect(line).not.toContain('##[');
    }
  });

  it('shows the character it escaped, and every invisible one, by code point', () => {
    expect(escapeLog('x\n::warning::y')).toBe('x\n<U+003A>:warning::y');
    expect(escapeLog('##[group]z')).toBe('<U+0023>#[group]z');
    expect(escapeLog('cr\rbom\uFEFFesc\u001B[0mls\u2028zw\u200B')).toBe(
      'cr<U+000D>bom<U+FEFF>esc<U+001B>[0mls<U+2028>zw<U+200B>',
    );
  });

  it('keeps its own lines and plain text as written', () => {
    expect(escapeLog('2 affected prompt(s)\n  added: prompts/a.md\n  modified: b::c.md')).toBe(
      '2 affected prompt(s)\n  added: prompts/a.md\n  modified: b::c.md',
    );
  });

  it('masks a key echoed in a provider error', () => {
    const out = escapeLog(`401 Incorrect API key provided: ${KEY}`);
    expect(out).toContain('401 Incorrect API key provided: [OpenAI API key: sk-pro…(56 chars)]');
  });
});

describe('defuseCommands', () => {
  it("escapes with the format's own escape", () => {
    expect(defuseCommands('a\n ::x::y ##[z]', (c) => `&#${c.codePointAt(0)};`)).toBe(
      'a\n &#58;:x::y &#35;#[z]',
    );
  });
});

describe('truncate and plainText', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdef', 4, 'abc…'],
    ['😀😀😀😀', 3, '😀😀…'],
    ['a😀b', 2, 'a…'],
  ])('cut %j to %i characters, never half a surrogate pair', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  it('shows plain text masked, with invisible characters by code point', () => {
    expect(plainText(`rtl\u202Etxt key ${KEY}`, 100)).toBe(
      'rtl<U+202E>txt key [OpenAI API key: sk-pro…(56 chars)]',
    );
  });

  it('shows a lone surrogate rather than passing half a character on', () => {
    expect(plainText('half \uD83D of it')).toBe('half <U+D83D> of it');
  });
});

describe('cutText', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdef', 3, 'abcdef'],
    ['x'.repeat(50), 3, 'xxx… [cut, 47 more chars]'],
    ['😀'.repeat(40), 2, '😀😀… [cut, 38 more chars]'],
  ])(
    'cuts %j at %i characters, only when it saves more than the marker, never splitting a character',
    (text, max, expected) => {
      expect(cutText(text, max)).toBe(expected);
    },
  );
});

describe('inlineCode', () => {
  it.each([
    ['prompts/a.prompt.yml', '`prompts/a.prompt.yml`'],
    ['has `tick`', '`` has `tick` ``'],
    ['`edge', '`` `edge ``'],
    ['pipe|name', '`pipe\\|name`'],
    ['bidi\u202Ename', '`bidi<U+202E>name`'],
    ['two\nlines', '`two lines`'],
    ['zero\u200Bwidth\uFEFF', '`zero<U+200B>width<U+FEFF>`'],
    [`key-${KEY}`, '`key-[OpenAI API key: sk-pro…(56 chars)]`'],
  ])('renders %j verbatim as code', (text, expected) => {
    expect(inlineCode(text)).toBe(expected);
  });
});
