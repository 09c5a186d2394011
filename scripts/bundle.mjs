// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// ESM output needs a createRequire banner because ajv, fast-glob and csv-parse are CommonJS.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const banner = {
  js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
};
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner,
  // Minified: parsing and compiling the bundle is most of the action's start-up (bench/startup.ts).
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
