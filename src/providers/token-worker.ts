// The tokenizer's thread (dist/token-worker.js): loading the o200k_base tables takes a few hundred
// ms of CPU, which here overlaps the main thread's start-up instead of delaying the first call.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import type { CountReply, CountRequest } from './usage.js';

const port = parentPort;
if (!port) throw new Error('token-worker.js runs as a worker thread, not on its own');
// The same ranks gpt-tokenizer's o200k_base module holds, written as JSON by scripts/bundle.mjs:
// parsing JSON takes a fifth of the time of compiling them as JavaScript.
const ranks = JSON.parse(
  readFileSync(new URL('./o200k_base.json', import.meta.url), 'utf8'),
) as RawBytePairRanks;
const encoding = GptEncoding.getEncodingApi('o200k_base', () => ranks);
// Special tokens such as `<|endoftext|>` count as plain text, as on the main thread.
const plainText = { disallowedSpecial: new Set<string>() };
port.on('message', ({ id, texts }: CountRequest) => {
  const reply: CountReply = { id, counts: texts.map((text) => encoding.countTokens(text, plainText)) };
  port.postMessage(reply);
});
