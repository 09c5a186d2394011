import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { ChatMessage, Usage } from '../types.js';

type Tokenizer = typeof import('gpt-tokenizer/encoding/o200k_base');

// The o200k_base tables cost about 60 MB of memory: load them only when something is counted.
let tokenizer: Tokenizer | undefined;

/** The `usage` object of an OpenAI-compatible chat completion (streamed or not). */
export interface OpenAIUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/** A batch of texts sent to the tokenizer thread. */
export interface CountRequest {
  id: number;
  texts: string[];
}

/** The tokenizer thread's answer: one count per text, in order. */
export interface CountReply {
  id: number;
  counts: number[];
}

// OpenAI's documented chat framing: each message costs a few tokens beyond its content, and the
// reply is primed with a few more. Close enough for estimates; real counts come from `usage`.
const TOKENS_PER_MESSAGE = 3;
const TOKENS_REPLY_PRIMING = 3;

/** Loads the offline tokenizer on this thread once; await it before the synchronous counters below. */
export async function loadTokenizer(): Promise<void> {
  tokenizer ??= await import('gpt-tokenizer/encoding/o200k_base');
}

/**
 * Counts tokens offline (o200k_base). Special tokens such as `<|endoftext|>` count as plain text.
 * Requires `await loadTokenizer()` first.
 */
export function countTextTokens(text: string): number {
  if (!tokenizer) throw new Error('countTextTokens: await loadTokenizer() before counting tokens');
  return tokenizer.countTokens(text, { disallowedSpecial: new Set() });
}

/** Counts the input tokens of a chat request offline, framing included (after `loadTokenizer`). */
export function countMessageTokens(messages: ChatMessage[]): number {
  return frame(messages.map((message) => countTextTokens(message.content)));
}

/**
 * An upper bound on a chat request's input tokens, known without the tokenizer: every o200k token
 * is at least one UTF-8 byte. A spend cap checked against it is never passed.
 */
export function requestTokenBound(messages: ChatMessage[]): number {
  return frame(messages.map((message) => Buffer.byteLength(message.content, 'utf8')));
}

function frame(contentTokens: number[]): number {
  return contentTokens.reduce((sum, tokens) => sum + TOKENS_PER_MESSAGE + tokens, TOKENS_REPLY_PRIMING);
}

/** The tokenizer thread, its unanswered batches, and the id of the next batch. */
interface TokenThread {
  worker: Worker;
  pending: Map<number, { texts: string[]; resolve: (counts: number[] | Promise<number[]>) => void }>;
  nextId: number;
}

let thread: TokenThread | undefined;
let threadFailed = false;

/**
 * Starts loading the tokenizer on its own thread at the first count, so its tables (a few hundred
 * ms of CPU) load on another core; later calls do nothing. Where the bundled `token-worker.js` is
 * absent (tests run from `src/`), counting loads the tokenizer on this thread.
 */
function startTokenizer(): void {
  if (thread || threadFailed) return;
  const file = workerFile();
  if (!file) {
    threadFailed = true;
    return;
  }
  // Loaded here, once the first calls are on their way: it is not needed before them (2 to 5 ms).
  const { Worker: Thread } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  const worker = new Thread(file);
  const started: TokenThread = { worker, pending: new Map(), nextId: 0 };
  worker.on('message', ({ id, counts }: CountReply) => {
    started.pending.get(id)?.resolve(counts);
    started.pending.delete(id);
    if (started.pending.size === 0) worker.unref();
  });
  // A thread that cannot start or dies still owes its answers: count them here instead.
  const fallBack = () => {
    if (thread !== started) return;
    thread = undefined;
    threadFailed = true;
    for (const { texts, resolve } of started.pending.values()) resolve(countHere(texts));
    started.pending.clear();
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  // Only unanswered batches keep the process alive: an idle tokenizer must not delay exit. After
  // the listeners, since adding a 'message' listener refs the worker's port again.
  worker.unref();
  thread = started;
}

// The bundle puts every chunk in dist/, beside token-worker.js (its third entry).
function workerFile(): string | undefined {
  const path = fileURLToPath(new URL('./token-worker.js', import.meta.url));
  return existsSync(path) ? path : undefined;
}

async function countHere(texts: string[]): Promise<number[]> {
  await loadTokenizer();
  return texts.map(countTextTokens);
}

/** Counts tokens offline (o200k_base) for many texts at once, on the tokenizer thread when there is one. */
export function countTokens(texts: string[]): Promise<number[]> {
  startTokenizer();
  const current = thread;
  if (!current) return countHere(texts);
  return new Promise<number[]>((resolve) => {
    const id = current.nextId++;
    current.pending.set(id, { texts, resolve });
    current.worker.ref();
    current.worker.postMessage({ id, texts } satisfies CountRequest);
  });
}

/** Counts the input tokens of many chat requests offline, framing included, in one batch. */
export async function countRequestTokens(requests: ChatMessage[][]): Promise<number[]> {
  const counts = await countTokens(requests.flatMap((messages) => messages.map((m) => m.content)));
  let next = 0;
  return requests.map((messages) => frame(counts.slice(next, (next += messages.length))));
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
  const counts = await countTokens([...messages.map((m) => m.content), output]);
  const outputTokens = counts.pop()!;
  return { input: frame(counts), cachedInput: 0, output: outputTokens, reasoning: 0, estimated: true };
}
