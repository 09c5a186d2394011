/** Longest run of a word an excerpt extends to, to end on a whole token. */
const MAX_WORD_CHARS = 120;

/**
 * A short excerpt around [start, end) so a reviewer sees the match in context. It ends on whole
 * words: a cut through a token (a secret beside the match) would leave a fragment too short to mask.
 */
export function excerpt(text: string, start: number, end: number, margin = 40): string {
  let from = Math.max(0, start - margin);
  let to = Math.min(text.length, end + margin);
  // Bounded: one endless token must not become the excerpt.
  for (let n = 0; n < MAX_WORD_CHARS && from > 0 && /\S/.test(text[from - 1]); n++) from--;
  for (let n = 0; n < MAX_WORD_CHARS && to < text.length && /\S/.test(text[to]); n++) to++;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** A detector's find: where in the text it starts, and what it matched. */
export interface Found {
  index: number;
  0: string;
}

/**
 * Every match of `pattern` (global) in `text`, as `text.matchAll(pattern)` gives them, without the
 * copy of the expression `matchAll` makes per call: a detector runs on every text a report shows, and
 * most texts are short and hold nothing. It reads from the text's start whatever `pattern.lastIndex`
 * holds, and leaves it at 0.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push(match);
      // An empty match moves on by a character (a code point under the u or v flag), as matchAll does.
      if (match[0] === '') {
        const wide = /[uv]/.test(pattern.flags) && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff;
        pattern.lastIndex += wide ? 2 : 1;
      }
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return matches;
}

/**
 * Regex detectors take time quadratic in the length of some inputs (a long run of `a.a.a.` before
 * an `@`), so they read the text in windows: the work per character is bounded. Windows overlap
 * by more than any datum a detector finds is long, and start early by more than any find is long,
 * so lookbehinds, context words ("phone") and a find that started before the window are all seen.
 */
export const WINDOW_STEP = 2048;
export const WINDOW_OVERLAP = 512;
const WINDOW_CONTEXT = 256;

/**
 * What `detect` finds in `text`, read window by window, with offsets into `text`. Each find is kept
 * by the one window it starts in; one that runs into a window's cut end (longer than the overlap) is dropped.
 */
export function findInWindows(text: string, detect: (window: string) => Iterable<Found>): Found[] {
  if (text.length <= WINDOW_STEP + WINDOW_OVERLAP) return [...detect(text)];
  const found: Found[] = [];
  for (let step = 0; step < text.length; step += WINDOW_STEP) {
    const from = Math.max(0, step - WINDOW_CONTEXT);
    const to = Math.min(text.length, step + WINDOW_STEP + WINDOW_OVERLAP);
    for (const match of detect(text.slice(from, to))) {
      const index = from + match.index;
      const cut = to < text.length && index + match[0].length >= to;
      if (index >= step && index < step + WINDOW_STEP && !cut) found.push({ index, 0: match[0] });
    }
  }
  return found;
}

/**
 * Claims ranges of a text of `length` characters, first come first served: returns whether
 * [start, end) was free (and is now taken). Costs the range's length, not the number of claims so far.
 */
export function rangeClaimer(length: number): (start: number, end: number) => boolean {
  const taken = new Uint8Array(length);
  return (start, end) => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    taken.fill(1, start, end);
    return true;
  };
}
