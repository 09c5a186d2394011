/**
 * The o200k_base byte-pair ranks. The bundle (scripts/bundle.mjs) replaces this module with one that
 * reads them from dist/o200k_base.json on each call instead of compiling gpt-tokenizer's module of
 * 200,000 string literals: a module's exports live as long as the process, a value returned here only
 * as long as the tokenizer built from it (see `releaseTokenizer`).
 */
export async function loadRanks(): Promise<(string | number[])[]> {
  return (await import('gpt-tokenizer/bpeRanks/o200k_base')).default;
}
