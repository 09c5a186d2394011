// Writes the o200k_base ranks packed for src/providers/bpe-counter.ts to the file named (the bundle's
// dist/o200k_base.bin; scripts/bundle.mjs runs this).
import { writeFileSync } from 'node:fs';
import { loadRanks } from '../src/providers/tokenizer-ranks.js';

writeFileSync(process.argv[2], await loadRanks());
