import { packRanks } from './bpe-counter.js';

/**
 * The o200k_base byte-pair ranks, packed (`packRanks`). The bundle (scripts/bundle.mjs) replaces this
 * module with one that reads them ready packed from dist/o200k_base.bin instead of compiling
 * gpt-tokenizer's module of 200,000 string literals.
 */
export async function loadRanks(): Promise<Uint8Array> {
  return packRanks((await import('gpt-tokenizer/bpeRanks/o200k_base')).default);
}
