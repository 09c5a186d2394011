// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the tokenizer thread
// (dist/token-worker.js) with esbuild. Start-up time is measured by bench/startup.ts.
// ESM output needs a createRequire banner because ajv, fast-glob and csv-parse are CommonJS.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, relative, resolve } from 'node:path';

// The config schema's validator is compiled ahead of time; regenerate it so it never lags the schema.
execFileSync(process.execPath, ['scripts/generate-config-validator.mjs'], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
// The tokenizer thread reads gpt-tokenizer's o200k_base ranks as JSON: JSON.parse is much faster
// than compiling the 2.4 MB of JavaScript they ship as (src/providers/token-worker.ts).
const { default: o200kRanks } = await import('gpt-tokenizer/bpeRanks/o200k_base');
writeFileSync('dist/o200k_base.json', JSON.stringify(o200kRanks));
const banner = {
  js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
};

// undici (about 400 KB) only serves proxied requests (@actions/http-client's ProxyAgent,
// @actions/github's proxy fetch), yet its ESM importers would evaluate it at start-up. This
// CommonJS shim defers that to the first use; the bundled undici is unchanged.
const lazyUndici = {
  name: 'lazy-undici',
  setup(pluginBuild) {
    // Paths relative to the project: esbuild hashes them into chunk names, and dist/ must not
    // depend on the folder it was built in.
    pluginBuild.onResolve({ filter: /^undici$/ }, (args) => ({
      path: relative(process.cwd(), createRequire(`${args.resolveDir}/`).resolve('undici')),
      namespace: 'lazy-undici',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, (args) => ({
      contents: `const load = () => require(${JSON.stringify(`./${basename(args.path)}`)});
module.exports = {
  get ProxyAgent() { return load().ProxyAgent; },
  fetch: (...args) => load().fetch(...args),
};`,
      loader: 'js',
      resolveDir: dirname(resolve(args.path)),
    }));
  },
};

await build({
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'token-worker': 'src/providers/token-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner,
  plugins: [lazyUndici],
  // Minified: parsing and compiling the bundle is most of the action's start-up (bench/startup.ts).
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
