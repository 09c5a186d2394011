import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';

/*
 * Counts o200k_base tokens with compact tables. gpt-tokenizer's encoder is built from the 200,000
 * tokens as strings (the bundle had to parse them from JSON) and keeps them in a Map, with a merge
 * cache beside it: more than a run that only counts needs. Here the tokens' bytes sit in one array,
 * found through an open-addressing hash table of ranks: 4.2 MB in all, the packed ranks included,
 * against 7.5 MB for gpt-tokenizer's Map alone beyond its strings (`bench/tokenizer.ts`, which also
 * checks that every count agrees). Text is split and merged as that encoder does: the same pre-token
 * pattern, a pre-token that is itself a token counts one, otherwise byte pairs merge lowest rank
 * first (the leftmost on a tie). Special tokens count as plain text.
 */

/** Packs ranks (a token's text, or its bytes where they are not UTF-8) as a length byte and the bytes, in rank order. */
export function packRanks(ranks: ReadonlyArray<string | number[]>): Uint8Array {
  const parts = ranks.map((token) =>
    typeof token === 'string' ? Buffer.from(token, 'utf8') : Buffer.from(token),
  );
  const packed = new Uint8Array(parts.reduce((sum, part) => sum + 1 + part.length, 0));
  let at = 0;
  for (const part of parts) {
    if (part.length > 255) throw new Error(`packRanks: a token of ${part.length} bytes (at most 255)`);
    packed[at++] = part.length;
    packed.set(part, at);
    at += part.length;
  }
  return packed;
}

const NONE = Number.POSITIVE_INFINITY;

export class BpeCounter {
  /**
   * The packed ranks themselves, read in place: token r's bytes run from starts[r] up to
   * starts[r + 1] - 1 (the next token's length byte). Not copied: a copy left the 1.6 MB read
   * buffer to be freed, and glibc, once it has freed a block that large, serves every later
   * allocation up to that size from its arenas, where freed memory stays resident.
   */
  private readonly bytes: Uint8Array;
  private readonly starts: Int32Array;
  /** Rank + 1 at the slot of each token's hash (0: empty); a power of two long. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly encoder = new TextEncoder();
  private piece = new Uint8Array(4096);

  constructor(packed: Uint8Array) {
    let count = 0;
    for (let at = 0; at < packed.length; at += 1 + packed[at]) count++;
    this.bytes = packed;
    this.starts = new Int32Array(count + 1);
    let size = 1;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let rank = 0, at = 0; rank < count; rank++) {
      const length = packed[at];
      this.starts[rank] = at + 1;
      at += 1 + length;
      this.starts[rank + 1] = at + 1;
      if (length > 0 && this.find(packed, at - length, at) === NONE) this.insert(rank);
    }
  }

  /** Tokens in `text` (at most a few thousand characters: merging is quadratic in a pre-token's length). */
  count(text: string): number {
    let total = 0;
    for (const [piece] of text.matchAll(O200K_TOKEN_SPLIT_REGEX)) {
      if (this.piece.length < piece.length * 3) this.piece = new Uint8Array(piece.length * 3);
      const { written } = this.encoder.encodeInto(piece, this.piece);
      total += this.find(this.piece, 0, written) === NONE ? this.merge(this.piece, written) : 1;
    }
    return total;
  }

  /** How many tokens the bytes merge into: adjacent parts join at the lowest-ranked pair until none is a token. */
  private merge(bytes: Uint8Array, length: number): number {
    const starts = Array.from({ length: length + 1 }, (_, i) => i);
    const ranks = starts.map((_, i) => (i + 2 <= length ? this.find(bytes, i, i + 2) : NONE));
    while (starts.length > 2) {
      let lowest = NONE;
      let at = -1;
      for (let i = 0; i < ranks.length - 1; i++)
        if (ranks[i] < lowest) {
          lowest = ranks[i];
          at = i;
        }
      if (at < 0) break;
      starts.splice(at + 1, 1);
      ranks.splice(at + 1, 1);
      ranks[at] = at + 2 < starts.length ? this.find(bytes, starts[at], starts[at + 2]) : NONE;
      if (at > 0) ranks[at - 1] = this.find(bytes, starts[at - 1], starts[at + 1]);
    }
    return starts.length - 1;
  }

  /** The rank of bytes[from..to), or NONE. */
  private find(bytes: Uint8Array, from: number, to: number): number {
    for (let slot = hash(bytes, from, to) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return NONE;
      const rank = entry - 1;
      const start = this.starts[rank];
      if (this.starts[rank + 1] - 1 - start !== to - from) continue;
      let same = true;
      for (let i = 0; i < to - from; i++)
        if (this.bytes[start + i] !== bytes[from + i]) {
          same = false;
          break;
        }
      if (same) return rank;
    }
  }

  private insert(rank: number): void {
    const start = this.starts[rank];
    let slot = hash(this.bytes, start, this.starts[rank + 1] - 1) & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = rank + 1;
  }
}

/** FNV-1a over bytes[from..to). */
function hash(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
