/**
 * Text helpers shared by the offline hallucination checks: sentence splitting, word tokens,
 * a light stemmer and a stop-word list. English only; they aim to be predictable, not clever.
 */

/** Function words that carry no claim of their own, so they never count as support. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as of at by for from in into on onto to with about above after ' +
    'against along among around before behind below beneath beside between beyond during except inside ' +
    'near off out outside over since through throughout till toward towards under until up upon via within ' +
    'is are was were be been being am do does did doing done have has had having will would shall should ' +
    'can could may might must i me my mine we us our ours you your yours he him his she her hers it its ' +
    'they them their theirs this that these those who whom whose which what when where why how there here ' +
    'also just very too only own same such both each few more most other some any all again further once ' +
    'while because although though whether s t ll re ve d m o y let lets get gets got yes'
  ).split(' '),
);

/** Words that flip a clause's meaning; `n't` arrives as the token `not`. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'without',
  'cannot',
  'lack',
  'lacks',
]);

/**
 * Splits prose into sentences. A break needs terminal punctuation, then a space and a capital, digit
 * or quote, or no space and a capitalised word: scraped passages glue sentences (`century.First`).
 * A single capital before the stop (`U.S.`, `J. Smith`) is an abbreviation, not a break.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(
      /\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)|(?<=[^\s.A-Z][a-z0-9)"'”%]*[.!?]["'”)]?)(?:\s+(?=["“'(]?[A-Z0-9])|(?=[A-Z][a-z]))/,
    )
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Lower-cased word and number tokens; `don't` becomes `do not` so negation survives. */
export function tokenize(text: string): string[] {
  const expanded = text.replace(/n['’]t\b/gi, ' not').replace(/\bcan ?not\b/gi, 'can not');
  return (expanded.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu) ?? []).map((token) =>
    /^\d/.test(token) ? token.replace(/,/g, '') : token,
  );
}

/** A light suffix stripper so `offers`/`offered`/`offering` meet; not a full Porter stemmer. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const rules: Array<[RegExp, string]> = [
    [/ies$/, 'y'],
    [/(ss|us|is)$/, '$1'],
    [/sses$/, 'ss'],
    [/([^s])s$/, '$1'],
    [/eed$/, 'ee'],
    [/([a-z]{3})(ed|ing)$/, '$1'],
    [/([a-z]{3})ly$/, '$1'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) return trimEnding(word.replace(pattern, replacement));
  }
  return word.replace(/e$/, '');
}

/** Drops a doubled last letter and a final `e` (`stopp` -> `stop`), never below three letters (`cnns` -> `cnn`). */
function trimEnding(word: string): string {
  return word.length <= 3 ? word : word.replace(/(.)\1$/, '$1').replace(/e$/, '');
}

/** Stemmed tokens that carry content: not stop words, not negations. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !STOP_WORDS.has(token) && !NEGATION_WORDS.has(token))
    .map(stem);
}

/** Whitespace-collapsed, lower-cased text without punctuation: the form exact matches compare. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .filter((token) => token !== 'a' && token !== 'an' && token !== 'the')
    .join(' ');
}
