import { MAX_COMPLETION_TOKENS, PROMPT_TOKENS_MARGIN, PROMPT_TOKENS_PER_BYTE } from '../limits.js';
import type { ChatMessage, ChatRequest, Usage } from '../types.js';
import { BpeCounter } from './bpe-counter.js';
import { loadRanks } from './tokenizer-ranks.js';

// The o200k_base tables (about 5 MB, src/providers/bpe-counter.ts): only runs that plan calls load them.
let tokenizer: BpeCounter | undefined;

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
  if (tokenizer) return;
  const ranks = await loadRanks();
  tokenizer ??= new BpeCounter(ranks);
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
    total += tokenizer.count(text.slice(start, end));
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

/** Most completion tokens a provider may report beyond `max_tokens` (some count the end token). */
const MAX_TOKENS_SLACK = 16;

/**
 * Why usage cannot be true for this request, or undefined when it can: counts that are not whole
 * numbers 0 or more, parts larger than their whole, more input than the request's text could make,
 * more visible output than `max_tokens` (or `max_completion_tokens`) allows, or more output than
 * `MAX_COMPLETION_TOKENS`. Such usage would be priced into any spend, so it is never believed.
 */
export function implausibleUsage(
  usage: Usage,
  request: Pick<ChatRequest, 'messages' | 'parameters'>,
): string | undefined {
  const counts = [
    ['prompt', usage.input],
    ['cached prompt', usage.cachedInput],
    ['completion', usage.output],
    ['reasoning', usage.reasoning],
  ] as const;
  for (const [name, count] of counts)
    if (!Number.isSafeInteger(count) || count < 0)
      return `${String(count)} ${name} tokens (expected a whole number, 0 or more)`;
  if (usage.cachedInput > usage.input)
    return `${usage.cachedInput} cached prompt tokens out of ${usage.input} prompt tokens`;
  if (usage.reasoning > usage.output)
    return `${usage.reasoning} reasoning tokens out of ${usage.output} completion tokens`;
  const bytes = Buffer.byteLength(JSON.stringify(request.messages));
  const maxInput = bytes * PROMPT_TOKENS_PER_BYTE + PROMPT_TOKENS_MARGIN;
  if (usage.input > maxInput)
    return `${usage.input} prompt tokens for a request of ${bytes} bytes (at most ${maxInput})`;
  if (usage.output > MAX_COMPLETION_TOKENS)
    return `${usage.output} completion tokens (at most ${MAX_COMPLETION_TOKENS} for any answer)`;
  const { max_completion_tokens, max_tokens } = request.parameters;
  const limit = typeof max_completion_tokens === 'number' ? max_completion_tokens : max_tokens;
  // Reasoning tokens count against max_completion_tokens, but some servers leave them out of max_tokens.
  const limited = typeof max_completion_tokens === 'number' ? usage.output : usage.output - usage.reasoning;
  if (typeof limit === 'number' && limited > limit + MAX_TOKENS_SLACK)
    return `${limited} completion tokens for a request that allowed ${limit}`;
  return undefined;
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
