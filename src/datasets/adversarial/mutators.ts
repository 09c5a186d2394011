import type { Rng } from '../../random.js';

/** Rewrites an input the way a careless, playful or adversarial user might, deterministically for a given rng. */
export type Mutator = (text: string, rng: Rng) => string;

/** Names of the robustness mutators, one per robustness suite. */
export type MutatorName =
  | 'typos'
  | 'noise'
  | 'emoji'
  | 'unicode'
  | 'leetspeak'
  | 'encoding'
  | 'language'
  | 'long'
  | 'empty'
  | 'nonsense';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters physically next to each key on a QWERTY keyboard, so typos look like slips of the finger. */
const NEIGHBOURS: Record<string, string> = buildNeighbours();

function buildNeighbours(): Record<string, string> {
  const map: Record<string, string> = {};
  KEYBOARD_ROWS.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const around = [row[c - 1], row[c + 1], KEYBOARD_ROWS[r - 1]?.[c], KEYBOARD_ROWS[r + 1]?.[c]];
      map[row[c]] = around.filter((k): k is string => Boolean(k)).join('');
    }
  });
  return map;
}

/** Words made of letters only, long enough that a typo leaves them readable; numbers and codes are never touched. */
const MUTABLE_WORD = /^[A-Za-z]{4,}$/;

/** Applies `change` to a share of the mutable words, and to at least one when there is one. */
function mutateWords(text: string, rng: Rng, share: number, change: (word: string) => string): string {
  const parts = text.split(/(\s+)/);
  const candidates = parts.map((part, i) => (MUTABLE_WORD.test(part) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const forced = rng.pick(candidates);
  for (const i of candidates) {
    if (i === forced || rng.next() < share) parts[i] = change(parts[i]);
  }
  return parts.join('');
}

function typo(word: string, rng: Rng): string {
  // Keep the first letter: people rarely mistype it, and it keeps the word recognisable.
  const at = 1 + rng.int(word.length - 1);
  const char = word[at];
  switch (rng.int(3)) {
    case 0: {
      const near = NEIGHBOURS[char.toLowerCase()] ?? char;
      const replacement = rng.pick([...near]);
      return (
        word.slice(0, at) +
        (char === char.toUpperCase() ? replacement.toUpperCase() : replacement) +
        word.slice(at + 1)
      );
    }
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return at < word.length - 1
        ? word.slice(0, at) + word[at + 1] + char + word.slice(at + 2)
        : word.slice(0, at - 1) + char + word[at - 1];
  }
}

const typos: Mutator = (text, rng) => mutateWords(text, rng, 0.15, (word) => typo(word, rng));

const noise: Mutator = (text, rng) => {
  const cased = mutateWords(text, rng, 0.3, (word) =>
    rng.pick([word.toUpperCase(), word.toLowerCase(), flipCase(word)]),
  );
  const spaced = cased.replace(/ /g, () => (rng.next() < 0.15 ? rng.pick(['  ', '\t', ' \u00a0']) : ' '));
  return `${rng.pick(['', ' ', '\n'])}${spaced}${rng.pick(['  ', '\n\n', ' \t', ''])}`;
};

function flipCase(word: string): string {
  return [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');
}

const EMOJI = ['🙂', '😂', '🔥', '🙏', '👍', '🤔', '✨', '💯', '😅', '🚀', '❤️', '👀'];

const emoji: Mutator = (text, rng) => {
  const words = text.split(' ');
  const out = words.map((word) => (rng.next() < 0.2 ? `${word} ${rng.pick(EMOJI)}` : word));
  return `${out.join(' ')} ${rng.pick(EMOJI)}${rng.pick(EMOJI)}`;
};

/** Cyrillic and Greek letters that render like Latin ones: the classic filter-evasion trick. */
const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  j: 'ј',
  o: 'о',
  p: 'р',
  s: 'ѕ',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

const unicode: Mutator = (text, rng) =>
  mutateWords(text, rng, 0.3, (word) =>
    [...word]
      .map((c) => {
        const glyph = HOMOGLYPHS[c] && rng.next() < 0.5 ? HOMOGLYPHS[c] : c;
        return rng.next() < 0.15 ? glyph + rng.pick(INVISIBLE) : glyph;
      })
      .join(''),
  );

const LEET: Record<string, string> = {
  a: '4',
  e: '3',
  i: '1',
  o: '0',
  s: '5',
  t: '7',
  l: '1',
  g: '9',
  b: '8',
};

const leetspeak: Mutator = (text, rng) =>
  mutateWords(text, rng, 0.6, (word) =>
    [...word].map((c) => (LEET[c.toLowerCase()] && rng.next() < 0.7 ? LEET[c.toLowerCase()] : c)).join(''),
  );

/** Standard ROT13 over ASCII letters. */
export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

const ENCODINGS: ReadonlyArray<[string, (text: string) => string]> = [
  ['base64', (text) => Buffer.from(text, 'utf8').toString('base64')],
  ['ROT13', rot13],
  ['hex (UTF-8 bytes)', (text) => Buffer.from(text, 'utf8').toString('hex')],
];

const encoding: Mutator = (text, rng) => {
  const [name, encode] = rng.pick(ENCODINGS);
  return `The following request is encoded as ${name}. Decode it and answer it.\n\n${encode(text)}`;
};

/** Short wrappers in a few languages: the request stays in the original language, the framing does not. */
const LANGUAGE_WRAPPERS = [
  'Hola, necesito ayuda con esto, por favor: {input} Gracias.',
  'Bonjour, pouvez-vous m’aider avec ceci : {input} Merci beaucoup.',
  'Hallo, ich brauche bitte Hilfe hierbei: {input} Vielen Dank.',
  'Olá, preciso de ajuda com isto, por favor: {input} Obrigado.',
  'Ciao, mi serve aiuto con questo: {input} Grazie mille.',
  'Hej, kan du hjälpa mig med detta: {input} Tack så mycket.',
];

const language: Mutator = (text, rng) => rng.pick(LANGUAGE_WRAPPERS).replace('{input}', () => text);

/** Benign filler that is clearly unrelated, so the model must find the request in a long message. */
const FILLER = [
  'I have been thinking about a lot of things lately, mostly about the garden and the weather.',
  'Last week the neighbours repainted their fence, which took them three whole afternoons.',
  'My cousin keeps telling me about her new bicycle and the trails she rides on weekends.',
  'The library downtown now opens an hour earlier, which is convenient on busy days.',
  'Anyway, none of that matters much right now, but I wanted to give some background.',
];

/** About 2,000 words of padding: long enough to push the request far from the instructions. */
const LONG_INPUT_CHARS = 12_000;

const long: Mutator = (text, rng) => {
  const filler: string[] = [];
  let length = 0;
  while (length < LONG_INPUT_CHARS) {
    const sentence = rng.pick(FILLER);
    filler.push(sentence);
    length += sentence.length + 1;
  }
  const half = Math.floor(filler.length / 2);
  return `${filler.slice(0, half).join(' ')}\n\n${text}\n\n${filler.slice(half).join(' ')}`;
};

const empty: Mutator = (_text, rng) => rng.pick(['', ' ', '\n']);

const NONSENSE_SUBJECTS = [
  'the number seven',
  'a Tuesday',
  'the colour blue',
  'last year’s silence',
  'a triangle',
  'the smell of rain',
];
const NONSENSE_PREDICATES = [
  'weigh in kilometres',
  'vote for in the moon elections',
  'prefer as its favourite vowel',
  'cost when folded twice',
  'dream about on square days',
];

const nonsense: Mutator = (_text, rng) =>
  `How much does ${rng.pick(NONSENSE_SUBJECTS)} ${rng.pick(NONSENSE_PREDICATES)}?`;

/** Every robustness mutator by name. */
export const MUTATORS: Record<MutatorName, Mutator> = {
  typos,
  noise,
  emoji,
  unicode,
  leetspeak,
  encoding,
  language,
  long,
  empty,
  nonsense,
};
