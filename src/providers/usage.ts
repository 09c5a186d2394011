import type { ChatMessage, Usage } from '../types.js';

type Tokenizer = typeof import('gpt-tokenizer/encoding/o200k_base');

// The o200k_base tables cost about 60 MB and a few hundred ms to load: only runs that plan calls need them.
let tokenizer: Tokenizer | undefined;

/** The `usage` object of an OpenAI-compatible chat completion (streamed or not). */
export interface OpenAIUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

// OpenAI's documented chat framing: each message costs a few tokens beyond its content, and the
// reply is primed with a few more. Close enough for estimates; real counts come from `usage`.
const TOKENS_PER_MESSAGE = 3;
const TOKENS_REPLY_PRIMING = 3;

/** Loads the offline tokenizer once; await it before the synchronous counters below. */
export async function loadTokenizer(): Promise<void> {
  tokenizer ??= await import('gpt-tokenizer/encoding/o200k_base');
}

/**
 * Byte-pair encoding slows down far faster than linearly on one long run without spaces (a 200 KB
 * run of one character takes minutes), so text is counted in pieces of at most this many
 * characters, cut at whitespace where there is some. A cut inside a word may add a token.
 */
const MAX_PIECE_CHARS = 1000;

/**
 * Counts tokens offline (o200k_base). Special tokens such as `<|endoftext|>` count as plain text.
 * Requires `await loadTokenizer()` first.
 */
export function countTextTokens(text: string): number {
  if (!tokenizer) throw new Error('countTextTokens: await loadTokenizer() before counting tokens');
  let total = 0;
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    total += tokenizer.countTokens(text.slice(start, end), { disallowedSpecial: new Set() });
    start = end;
  }
  return total;
}

/** Where the piece starting at `start` ends: before the last whitespace of the window, else at its end. */
function pieceEnd(text: string, start: number): number {
  const limit = start + MAX_PIECE_CHARS;
  if (limit >= text.length) return text.length;
  for (let i = limit; i > start; i--) if (/\s/.test(text[i])) return i;
  // Never split a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/** Counts the input tokens of a chat request offline, framing included (after `loadTokenizer`). */
export function countMessageTokens(messages: ChatMessage[]): number {
  return messages.reduce(
    (sum, message) => sum + TOKENS_PER_MESSAGE + countTextTokens(message.content),
    TOKENS_REPLY_PRIMING,
  );
}

/**
 * Reads the provider's usage. `input` includes cached input and `output` includes reasoning,
 * as the provider reports them. Returns undefined when the provider sent no usage.
 */
export function usageFromOpenAI(raw: OpenAIUsage | null | undefined): Usage | undefined {
  if (!raw || typeof raw.prompt_tokens !== 'number' || typeof raw.completion_tokens !== 'number')
    return undefined;
  return {
    input: raw.prompt_tokens,
    cachedInput: raw.prompt_tokens_details?.cached_tokens ?? 0,
    output: raw.completion_tokens,
    reasoning: raw.completion_tokens_details?.reasoning_tokens ?? 0,
    estimated: false,
  };
}

/** Counts usage offline when the provider reported none, marked `estimated`. */
export async function estimateUsage(messages: ChatMessage[], output: string): Promise<Usage> {
  await loadTokenizer();
  return {
    input: countMessageTokens(messages),
    cachedInput: 0,
    output: countTextTokens(output),
    reasoning: 0,
    estimated: true,
  };
}
