/**
 * Makes untrusted text (model outputs, dataset rows, file names from the PR) inert in GitHub
 * Markdown: it shows as the characters it is, and can neither load remote content, ping people,
 * link issues, break out of a table or code fence, nor hide or reorder text.
 */

/** Zero-width joiner: breaks GitHub's mention, reference and autolink patterns without visible change. */
const ZWJ = '\u200D';

/**
 * Characters a browser obeys but a reader cannot see: C0/C1 controls, soft hyphen, zero-width
 * characters, bidi embeddings, overrides and isolates, invisible operators, the BOM, tag characters.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching controls and lone combining marks is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;

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

/** `U+202E` for a character. */
function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Keeps the first `maxChars` characters (never splitting a surrogate pair) and says how much was cut. */
export function cutText(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return `${chars.slice(0, maxChars).join('')}… [cut, ${chars.length - maxChars} more chars]`;
}

/** Shows invisible and bidi characters as `<U+202E>` text so they cannot hide or reorder what follows. */
export function revealInvisible(text: string, open = '<', close = '>'): string {
  return text.replace(INVISIBLE, (char) => `${open}${codePointLabel(char)}${close}`);
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
 * Untrusted text as one inert line of Markdown, safe in a table cell, a list item or a sentence:
 * HTML openers escaped, Markdown punctuation escaped, mentions and references broken, URLs not linked,
 * newlines shown as ⏎, invisible characters shown as `<U+XXXX>`, cut after `maxChars` characters.
 */
export function sanitizeText(text: string, maxChars = 500): string {
  const cut = Array.from(text).length > maxChars;
  const kept = cut ? Array.from(text).slice(0, maxChars).join('') : text;
  const inert = breakAutolinks(
    revealInvisible(
      kept
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
  return cut ? `${inert}… [cut, ${Array.from(text).length - maxChars} more chars]` : inert;
}

/**
 * Untrusted text (a file path, a case id) as a Markdown code span: shown verbatim, in which GitHub
 * links and pings nothing. The fence is longer than any backtick run inside, and `|` is escaped
 * because GitHub splits table cells before it reads code spans.
 */
export function inlineCode(text: string, maxChars = 200): string {
  const body = revealInvisible(cutText(text, maxChars)).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
