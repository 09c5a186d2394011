// The offline token counter (src/providers/bpe-counter.ts) against gpt-tokenizer's o200k_base encoder:
// every 700-character piece of the text files under the folders given (and 3,000 random strings of
// ASCII, other scripts, emoji and whitespace) counted by both; prints the pieces whose counts differ,
// the time each took, and the memory each one's tables hold.
// Usage: node --expose-gc scripts/run-ts.mjs bench/tokenizer.ts [folder ...] (e.g. ../shared/data .)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import { BpeCounter, packRanks } from '../src/providers/bpe-counter.js';

// Heap and array buffers: the counter's tables are typed arrays.
const usedMb = (): number => {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
};

// Both built from ranks already in memory (the bundle reads them packed from dist/o200k_base.bin).
const { default: ranks } = await import('gpt-tokenizer/bpeRanks/o200k_base');
const packed = packRanks(ranks);
const before = usedMb() - packed.byteLength / 1024 / 1024;
let started = performance.now();
const counter = new BpeCounter(packed);
console.log(
  `BpeCounter: built in ${(performance.now() - started).toFixed(0)} ms, +${(usedMb() - before).toFixed(1)} MB`,
);
const middle = usedMb();
started = performance.now();
const encoder = GptEncoding.getEncodingApi('o200k_base', () => ranks);
encoder.countTokens('warm up');
console.log(
  `gpt-tokenizer: built in ${(performance.now() - started).toFixed(0)} ms, +${(usedMb() - middle).toFixed(1)} MB`,
);
const countTokens = encoder.countTokens.bind(encoder);

const files: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir)) {
    if (['node_modules', '.git', 'dist'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|md|json|jsonl|ya?ml|txt|csv|mjs)$/.test(name)) files.push(path);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);

const pieces: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i < text.length; i += 700) pieces.push(text.slice(i, i + 700));
}
let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
for (let k = 0; k < 3000; k++) {
  let text = '';
  for (let j = 1 + Math.floor(random() * 60); j > 0; j--) {
    const r = random();
    if (r < 0.5) text += String.fromCharCode(32 + Math.floor(random() * 95));
    else if (r < 0.8) text += String.fromCodePoint(Math.floor(random() * 0x3000));
    else if (r < 0.9) text += String.fromCodePoint(0x1f300 + Math.floor(random() * 500));
    else text += ' \n\t'[Math.floor(random() * 3)];
  }
  pieces.push(text);
}

const plain = { disallowedSpecial: new Set<string>() };
let mine = 0;
let theirs = 0;
let tokens = 0;
let differ = 0;
for (const piece of pieces) {
  let at = performance.now();
  const a = counter.count(piece);
  mine += performance.now() - at;
  at = performance.now();
  const b = countTokens(piece, plain);
  theirs += performance.now() - at;
  tokens += b;
  if (a !== b && ++differ <= 10)
    console.log(`differs: ${a} against ${b}: ${JSON.stringify(piece.slice(0, 120))}`);
}
console.log(
  `${files.length} files, ${pieces.length} pieces, ${tokens} tokens: ${differ} counts differ; ` +
    `BpeCounter ${mine.toFixed(0)} ms, gpt-tokenizer ${theirs.toFixed(0)} ms`,
);
