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
