// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, unminified and with
// source maps, so a stack trace in an Actions log names real files and lines. Dependencies are
// bundled as they ship; report.html's browser script is built by scripts/page-bundle.mjs. ESM output needs a createRequire banner because ajv and
// csv-parse are CommonJS.
import { tokenizer } from 'acorn';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pageAssetsPlugin } from './page-bundle.mjs';

// The published config schema (for editors) is generated from src/config/schema.ts, so it never lags it.
execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/config-schema.ts'], { stdio: 'inherit' });
// PROMPTGATE_DIST builds elsewhere (a private build for one engineer's end-to-end tests); CI uses dist/.
const OUT_DIR = process.env.PROMPTGATE_DIST ?? 'dist';
rmSync(OUT_DIR, { recursive: true, force: true });

// index and cli start the engine (src/engine-launch.ts) on action or cli-main.
const ENTRIES = {
  index: 'src/index.ts',
  cli: 'src/cli.ts',
  action: 'src/action.ts',
  'cli-main': 'src/cli-main.ts',
};

// The o200k_base tables ship as a JavaScript module of 200,000 string literals: compiled, they hold
// about 60 MB for the whole run (the source text stays in memory beside the arrays). The bundle
// reads the same ranks, packed for src/providers/bpe-counter.ts, from dist/o200k_base.bin instead.
const RANKS_MODULE = /src[\\/]providers[\\/]tokenizer-ranks\.ts$/;
const RANKS_FILE = 'o200k_base.bin';
const tokenizerRanksPlugin = {
  name: 'tokenizer-ranks-packed',
  setup(bundle) {
    bundle.onLoad({ filter: RANKS_MODULE }, () => {
      mkdirSync(OUT_DIR, { recursive: true });
      execFileSync(
        process.execPath,
        ['scripts/run-ts.mjs', 'scripts/pack-ranks.ts', `${OUT_DIR}/${RANKS_FILE}`],
        {
          stdio: 'inherit',
        },
      );
      return {
        contents:
          "import { readFile } from 'node:fs/promises';\n" +
          'export async function loadRanks() {\n' +
          `  const bytes = await readFile(new URL('./${RANKS_FILE}', import.meta.url));\n` +
          // A view, not a copy: the tokenizer reads the bytes in place (src/providers/bpe-counter.ts).
          '  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);\n' +
          '}\n',
        loader: 'js',
      };
    });
  },
};

await build({
  entryPoints: ENTRIES,
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  // Heavy dependencies that only some runs need (the tokenizer) stay in chunks of their own.
  splitting: true,
  chunkNames: '[name]-[hash]',
  sourcemap: true,
  // Stack traces need the mappings only; the sources are in the repository beside dist/.
  sourcesContent: false,
  banner: {
    js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
  },
  // report.html's script and style sheet, built for the browser and inlined as text.
  plugins: [pageAssetsPlugin, tokenizerRanksPlugin],
  logLevel: 'warning',
});

// V8 keeps a module's source text in memory for the whole run, as one byte a character when it is
// all ASCII and two bytes otherwise, and decodes it faster: the engine's chunks held 9 MB of source
// as two-byte strings. esbuild escapes strings, identifiers and untagged templates; the characters
// it leaves are in comments and regular expression literals, escaped here (a regex's \uXXXX matches
// the same as the character, a lone surrogate pair included; only its `.source` spells it
// differently). Anything else (a tagged template's raw text) stops the build: it must be escaped
// in the source, where its meaning is known.
const NON_ASCII = /[\u0080-\uffff]/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;
const escapeUnits = (text) =>
  text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const name of readdirSync(OUT_DIR).filter((file) => file.endsWith('.js'))) {
  const path = `${OUT_DIR}/${name}`;
  const source = readFileSync(path, 'utf8');
  if (!HAS_NON_ASCII.test(source)) continue;
  const edits = [];
  const escapeIfNeeded = (start, end, kind) => {
    const text = source.slice(start, end);
    if (!HAS_NON_ASCII.test(text)) return;
    if (kind !== 'comment' && kind !== 'regexp')
      throw new Error(
        `${path}:${start}: non-ASCII text in a ${kind} token; escape it in the source: ${text.slice(0, 80)}`,
      );
    edits.push([start, end, escapeUnits(text)]);
  };
  const tokens = tokenizer(source, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => escapeIfNeeded(start, end, 'comment'),
  });
  for (const token of tokens) escapeIfNeeded(token.start, token.end, token.type.label);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, start) + text;
    at = end;
  }
  writeFileSync(path, out + source.slice(at));
}
