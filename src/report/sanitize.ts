/**
 * The one escape for untrusted text (model outputs, dataset rows, file names from the PR) on its way
 * out: in GitHub Markdown it shows as the characters it is, and can neither load remote content, ping
 * people, link issues, break out of a table or code fence, nor hide or reorder text; in the Actions
 * log and the terminal it can start no workflow command. Everywhere, what the gate caught (secrets,
 * personal data, the run's own keys) is masked first, before any cut could keep part of it.
 */
import { codePointLabel, revealInvisible } from './invisible.js';
import { redact } from './redact.js';

/** Zero-width joiner: breaks GitHub's mention, reference and autolink patterns without visible change. */
const ZWJ = '\u200D';

/**
 * What the runner reads as a workflow command: a line that starts with `::` once leading white
 * space is trimmed (`::warning::`, `::stop-commands::`), or the legacy `##[command]` anywhere in a
 * line. The character at the match is the one to escape.
 */
const WORKFLOW_COMMAND = /^(\s*):(?=:)|#(?=#\[)/gm;

/**
 * ASCII punctuation that starts Markdown syntax: escapes, code, emphasis, strikethrough, tables,
 * and the brackets without which no link, image or reference definition can form.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;

/**
 * A `<` that could start HTML or an autolink: tags, comments and declarations need a letter, `/`,
 * `!` or `?` right after it, autolinks a scheme. Any other `<` (`p < 0.001`) is plain text in
 * CommonMark and is left as typed, so the report also reads well in a terminal; a `>` only matters
 * at the start of a line (a quote), as no tag can be open.
 */
const TAG_OPENER = /<(?![\s\d=<])/g;

/** What a cut leaves in place of `more` characters. */
function cutMarker(more: number): string {
  return `… [cut, ${more} more chars]`;
}

/**
 * `text` masked, then its first `maxChars` characters (never half a surrogate pair) and how many more
 * there were. A cut is made only when it saves more than its marker takes: text at most that much
 * over `maxChars` is kept whole, so the result is never longer than `maxChars` plus a marker.
 */
function maskAndCut(text: string, maxChars: number): { kept: string; more: number } {
  const chars = Array.from(redact(text));
  const more = chars.length - maxChars;
  if (more <= cutMarker(more).length) return { kept: chars.join(''), more: 0 };
  return { kept: chars.slice(0, maxChars).join(''), more };
}

/** Masks what must not be republished, keeps the first `maxChars` characters and says how much was cut. */
export function cutText(text: string, maxChars: number): string {
  const { kept, more } = maskAndCut(text, maxChars);
  return more ? `${kept}${cutMarker(more)}` : kept;
}

/** The first `maxChars` characters of text that is already safe (never half a surrogate pair), ending in `…` when cut. */
export function truncate(text: string, maxChars: number): string {
  // A text of no more UTF-16 units than that has no more characters either.
  if (text.length <= maxChars) return text;
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/**
 * Escapes what would start a workflow command, with `escape` of the character that starts it: a
 * format's own lossless escape (`&#58;` in XML, `\u003a` in JSON) or a visible `<U+003A>` in a log.
 */
export function defuseCommands(
  text: string,
  escape: (char: string) => string = (c) => `<${codePointLabel(c)}>`,
): string {
  // Every match holds `::` or `##[`: most texts hold neither, and two searches cost less than the expression.
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(WORKFLOW_COMMAND, (match: string, space: string | undefined) =>
    space === undefined ? escape(match) : `${space}${escape(':')}`,
  );
}

/**
 * Untrusted text as plain text (an annotation, a check run title): secrets masked, invisible
 * characters shown by code point, cut after `maxChars` characters.
 */
export function plainText(text: string, maxChars = Infinity): string {
  return truncate(revealInvisible(redact(text)), maxChars);
}

/**
 * A message for the Actions log or the terminal: secrets masked, every control, escape sequence,
 * carriage return and invisible character shown by code point, and no line able to start a workflow
 * command. Its own line breaks (`\n`) are kept.
 */
export function escapeLog(message: string): string {
  const shown = revealInvisible(redact(message)).replace(/\r/g, (cr) => `<${codePointLabel(cr)}>`);
  return defuseCommands(shown);
}

/** Breaks the patterns GitHub turns into pings, cross-references and links. */
function breakAutolinks(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`) // @user, @org/team
    .replace(/#(?=\d)/g, `#${ZWJ}`) // #123, owner/repo#123
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`) // GH-123
    .replace(/:(?=\/\/)/g, `:${ZWJ}`) // https://, and any other scheme
    .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}

/**
 * A code span as CommonMark reads one on a single line: a run of backticks, then text, then a run
 * of exactly as many (`git diff`, ``a`b``).
 */
const CODE_SPAN = /(?<!`)(`+)(?!`)([^\n]+?)(?<!`)\1(?!`)/g;

/**
 * Whether a code span's text needs no escape but its backticks: no character that starts HTML, an
 * entity or a table cell, and nothing a reader of the raw text (a notification, a log) could take
 * for a mention, a reference, a link or a hidden character. Only such a span is kept as code.
 */
function plainInCode(text: string): boolean {
  return !/[<>&|]/.test(text) && breakAutolinks(revealInvisible(text)) === text;
}

/** Plain untrusted text as inert Markdown (see `sanitizeText`). */
function inertText(text: string): string {
  return breakAutolinks(
    revealInvisible(
      text
        .replace(/\r\n?|\n|\u2028|\u2029/g, ' ⏎ ')
        .replace(/\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(TAG_OPENER, '&lt;')
        .replace(/^(\s*)>/, '$1&gt;')
        .replace(MARKDOWN_PUNCTUATION, '\\$&'),
      '&lt;',
      '&gt;',
    ),
  );
}

/**
 * Untrusted text as one inert line of Markdown, safe in a table cell, a list item or a sentence:
 * HTML openers escaped, Markdown punctuation escaped, mentions and references broken, URLs not linked,
 * newlines shown as ⏎, invisible characters shown as `<U+XXXX>`, cut after `maxChars` characters.
 * A code span in it (`git diff`) whose text needs no other escape stays a code span.
 */
export function sanitizeText(text: string, maxChars = 500): string {
  const { kept, more } = maskAndCut(text, maxChars);
  let inert = '';
  let at = 0;
  for (const span of kept.matchAll(CODE_SPAN)) {
    if (!plainInCode(span[2])) continue;
    inert += inertText(kept.slice(at, span.index)) + codeSpan(span[2]);
    at = span.index + span[0].length;
  }
  inert += inertText(kept.slice(at));
  return more ? `${inert}${cutMarker(more)}` : inert;
}

/**
 * Untrusted text (a file path, a case id) as a Markdown code span: shown verbatim, in which GitHub
 * links and pings nothing.
 */
export function inlineCode(text: string, maxChars = 200): string {
  return codeSpan(cutText(text, maxChars));
}

/**
 * Masked text as a code span on one line, invisible characters shown by code point. The fence is
 * longer than any backtick run inside, and `|` is escaped because GitHub splits table cells before
 * it reads code spans.
 */
function codeSpan(text: string): string {
  const body = revealInvisible(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
