/** A short excerpt around [start, end) so a reviewer sees the match in context. */
export function excerpt(text: string, start: number, end: number, margin = 40): string {
  const from = Math.max(0, start - margin);
  const to = Math.min(text.length, end + margin);
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
