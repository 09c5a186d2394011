import { describe, expect, it } from '@jest/globals';
import { cutText, inlineCode, sanitizeText } from '../../src/report/sanitize.js';

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
    ['mail me@example.com', 'mail me@\u200Dexample.com'],
  ])('escapes %j', (input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('cuts long text with a visible marker', () => {
    expect(sanitizeText('a'.repeat(120), 100)).toBe(`${'a'.repeat(100)}… [cut, 20 more chars]`);
  });
});

describe('cutText', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdef', 3, 'abc… [cut, 3 more chars]'],
    ['😀😀😀', 2, '😀😀… [cut, 1 more chars]'],
  ])('cuts %j at %i characters without splitting a character', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });
});

describe('inlineCode', () => {
  it.each([
    ['prompts/a.prompt.yml', '`prompts/a.prompt.yml`'],
    ['has `tick`', '`` has `tick` ``'],
    ['`edge', '`` `edge ``'],
    ['pipe|name', '`pipe\\|name`'],
    ['bidi\u202Ename', '`bidi<U+202E>name`'],
    ['two\nlines', '`two lines`'],
  ])('renders %j verbatim as code', (text, expected) => {
    expect(inlineCode(text)).toBe(expected);
  });
});
