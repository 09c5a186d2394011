/**
 * Extraction of the facts that hallucinations most often get wrong: numbers (amounts, years, dates,
 * counts written as words) and named entities (capitalised phrases). Each is returned in a
 * normalised form so that `$1,000`, `1000` and `one thousand`-free text compare simply.
 */
import { NEGATION_WORDS, STOP_WORDS, tokenize } from './tokens.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  twice: 2,
  half: 0.5,
  dozen: 12,
};

/**
 * Numbers in the text as canonical strings (`$1,000.50` -> `1000.5`, `31st` -> `31`, `six` -> `6`).
 * Digits inside a name or formula (`C2H5OH`, `M^3RL`) are part of that name, not a quantity.
 */
export function extractNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\d^_])\d[\d,]*(?:\.\d+)?/gu)) {
    found.push(String(Number(match[0].replace(/,/g, ''))));
  }
  for (const token of tokenize(text)) {
    const value = NUMBER_WORDS[token];
    if (value !== undefined) found.push(String(value));
  }
  return [...new Set(found)];
}

/**
 * Capitalised phrases, lower-cased (`early bird bundle`, `paris`). A lone capitalised first word is
 * capitalised by position, not because it names something, unless it has inner capitals (`EcoGenius`).
 */
export function extractEntities(sentence: string): string[] {
  const entities: string[] = [];
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}]/gu) ?? [];
  let phrase: string[] = [];
  let startsSentence = false;
  const flush = (): void => {
    const positional = startsSentence && phrase.length === 1 && !/\p{Lu}/u.test(phrase[0].slice(1));
    if (phrase.length > 0 && !positional) entities.push(phrase.join(' ').toLowerCase());
    phrase = [];
  };
  words.forEach((word, index) => {
    const lower = word.toLowerCase();
    if (!/^\p{Lu}/u.test(word) || STOP_WORDS.has(lower) || NEGATION_WORDS.has(lower)) {
      flush();
      return;
    }
    if (phrase.length === 0) startsSentence = index === 0;
    phrase.push(word.replace(/['’]s$/, ''));
  });
  flush();
  return [...new Set(entities)];
}
