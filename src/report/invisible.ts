/**
 * Characters that hide or reorder text, and how every surface shows them instead. Imports nothing:
 * report.html's script uses it too.
 */

/**
 * Characters a browser or terminal obeys but a reader cannot see: C0/C1 controls (escape sequences
 * included), soft hyphen, zero-width characters, line and paragraph separators, bidi embeddings,
 * overrides and isolates, invisible operators, the BOM, tag characters, noncharacters, and a lone
 * surrogate (half of a character, which no encoder can write).
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching controls and lone combining marks is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC00-\uDDEF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `U+202E` for a character. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Shows invisible and bidi characters as `<U+202E>` text so they cannot hide or reorder what follows. */
export function revealInvisible(text: string, open = '<', close = '>'): string {
  return text.replace(INVISIBLE, (char) => `${open}${codePointLabel(char)}${close}`);
}
