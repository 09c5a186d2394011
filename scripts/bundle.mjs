// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the tokenizer thread
// (dist/token-worker.js) with esbuild. Start-up time is measured by bench/startup.ts.
// ESM output needs a createRequire banner because ajv, fast-glob and csv-parse are CommonJS.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';

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

// undici (about 400 KB) only serves proxied requests (@actions/http-client's ProxyAgent, src/proxy.ts,
// @actions/github's proxy fetch), yet its importers would load it at start-up. It is bundled on its
// own as dist/undici.cjs, which this CommonJS shim requires at the first use: until then it is
// neither evaluated nor even parsed. The bundled undici is unchanged.
const UNDICI_FILE = './undici.cjs';
const lazyUndici = {
  name: 'lazy-undici',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'lazy-undici' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, () => ({
      contents: `const load = () => require(${JSON.stringify(UNDICI_FILE)});
module.exports = {
  get ProxyAgent() { return load().ProxyAgent; },
  get EnvHttpProxyAgent() { return load().EnvHttpProxyAgent; },
  fetch: (...args) => load().fetch(...args),
};`,
      loader: 'js',
    }));
    // Resolved at run time against the chunk, which sits in dist/ beside undici.cjs.
    pluginBuild.onResolve({ filter: /^\.\/undici\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// @pydantic/genai-prices ships its price table as a 450 KB JavaScript literal, whose compiling and
// evaluating cost about 70 ms of the action's start-up. This plugin moves the same data to JSON:
// dist/genai-prices.json holds the providers' match rules and the units (74 KB), and
// dist/genai-prices/<provider>.json each provider's models, read and parsed when first used (a run
// reads one provider's). Reading and parsing one 550 KB file took 15 ms; the files are ASCII, as
// non-ASCII text takes a slower path. The build fails unless the module then holds exactly what the
// package serves.
// The package sorts unit keys with `localeCompare`, whose first call loads ICU's collator (8 to 10 ms
// of start-up). For its keys (ASCII unit names), code-point order is the same order; the build
// checks that for every pair of the table's keys and fails if a release changes that.
const PRICES_JSON = 'genai-prices.json';
const MODELS_DIR = 'genai-prices';
// Runs in the bundle (inlined by its source text), and here for the check: `readTable()` gives the
// text of PRICES_JSON, `readModels(id)` that of a provider's file in MODELS_DIR.
const loadPrices = (readTable, readModels) => {
  const { E, J } = JSON.parse(readTable());
  for (const provider of E) {
    Object.defineProperty(provider, 'models', {
      configurable: true,
      enumerable: true,
      get() {
        const value = JSON.parse(readModels(provider.id));
        Object.defineProperty(provider, 'models', {
          value,
          configurable: true,
          enumerable: true,
          writable: true,
        });
        return value;
      },
    });
  }
  return { E, J };
};
const compareCodePoints = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** JSON with every non-ASCII character escaped: Node reads ASCII files faster. */
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function assertCodePointOrderHolds(path, J) {
  const usageKeys = Object.keys(J);
  const dimensionKeys = [...new Set(Object.values(J).flatMap((unit) => Object.keys(unit.dimensions)))];
  for (const keys of [usageKeys, dimensionKeys])
    for (const a of keys)
      for (const b of keys)
        if (Math.sign(a.localeCompare(b)) !== compareCodePoints(a, b))
          throw new Error(
            `${path}: '${a}' and '${b}' sort differently by code point; update the genai-prices-json plugin`,
          );
}

const pricesAsJson = {
  name: 'genai-prices-json',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /@pydantic[\\/]genai-prices[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      // The module opens with `const E = [ providers ], J = { units };`, then the code.
      const unitsAt = source.indexOf('\n], J = {\n');
      const end = source.indexOf('\n};\n', unitsAt) + '\n};\n'.length;
      const code = source.slice(end);
      const sorts = code.match(/[\w$.]+\.localeCompare\([\w$.]+\)/g) ?? [];
      if (!source.startsWith('const E = [\n') || unitsAt < 0 || end < unitsAt || sorts.length !== 2)
        throw new Error(
          `${args.path}: the price table's layout changed; update the genai-prices-json plugin`,
        );
      const { E, J } = vm.runInThisContext(
        `(() => { const ${source.slice('const '.length, end)} return { E, J }; })()`,
      );
      assertCodePointOrderHolds(args.path, J);
      const modelsFile = (id) => `${MODELS_DIR}/${id}.json`;
      const files = new Map([
        [PRICES_JSON, asciiJson({ E: E.map(({ models, ...provider }) => provider), J })],
      ]);
      for (const provider of E) {
        if (!/^[a-z0-9][a-z0-9_.-]*$/i.test(provider.id))
          throw new Error(`${args.path}: provider id '${provider.id}' is not a file name`);
        files.set(modelsFile(provider.id), asciiJson(provider.models));
      }
      const loaded = loadPrices(
        () => files.get(PRICES_JSON),
        (id) => files.get(modelsFile(id)),
      );
      const { waitForUpdate } = await import('@pydantic/genai-prices');
      if (!isDeepStrictEqual(loaded.E, await waitForUpdate()) || !isDeepStrictEqual(loaded.J, J))
        throw new Error(
          `${args.path}: the price table does not survive JSON; update the genai-prices-json plugin`,
        );
      mkdirSync(`dist/${MODELS_DIR}`);
      for (const [name, text] of files) writeFileSync(`dist/${name}`, text);
      // Every chunk lands in dist/, beside the JSON.
      return {
        contents: `import { readFileSync as __pgReadFileSync } from 'node:fs';
const __pgCompareCodePoints = ${compareCodePoints.toString()};
const __pgRead = (name) => __pgReadFileSync(new URL(\`./\${name}\`, import.meta.url), 'utf8');
const { E, J } = (${loadPrices.toString()})(
  () => __pgRead(${JSON.stringify(PRICES_JSON)}),
  (id) => __pgRead(\`${MODELS_DIR}/\${id}.json\`),
);
${code.replace(/([\w$.]+)\.localeCompare\(([\w$.]+)\)/g, '__pgCompareCodePoints($1, $2)')}`,
        loader: 'js',
      };
    });
  },
};

// Node's built-in undici (its fetch, Headers, WebSocket) costs 20 to 30 ms to load, and the action
// never needs it (src/fetch-classes.ts). On Node 22 and later two things would still load it:
// - importing node:http or node:https as ES modules: the module's facade reads every export once,
//   and http's WebSocket, CloseEvent and MessageEvent are undici's. Bundled code gets them through
//   require() instead, which reads nothing until it is used.
// - the OpenAI SDK's EventStream reads the global Headers' property descriptor by name, which makes
//   Node load it. In the bundle the SDK's Headers is src/fetch-classes.ts's, so that line is dropped.
const BUILTINS_BY_REQUIRE = /^(?:node:)?(https?)$/;
const noUndiciAtLoad = {
  name: 'no-undici-at-load',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: BUILTINS_BY_REQUIRE }, (args) =>
      args.namespace === 'builtin-by-require'
        ? { path: args.path, external: true }
        : { path: BUILTINS_BY_REQUIRE.exec(args.path)[1], namespace: 'builtin-by-require' },
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'builtin-by-require' }, (args) => ({
      contents: `module.exports = require('node:${args.path}');`,
      loader: 'js',
    }));
    pluginBuild.onLoad({ filter: /openai[\\/]lib[\\/]EventStream\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const byName =
        "    'File',\n    'Headers',\n]) {\n    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);";
      if (!source.includes(byName))
        throw new Error(
          `${args.path}: the SDK no longer reads Headers by name; update the no-undici-at-load plugin`,
        );
      return { contents: source.replace(byName, byName.replace("    'Headers',\n", '')), loader: 'js' };
    });
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
  // Chunks beside the entries, so each finds dist/'s data files and undici.cjs at './'.
  chunkNames: '[name]-[hash]',
  banner,
  plugins: [lazyUndici, pricesAsJson, noUndiciAtLoad],
  // The bundled code's Headers, Response, Request and FormData are src/fetch-classes.ts's, not Node's:
  // the first use of Node's loads its built-in undici, 20 to 30 ms of the action's start-up. The
  // OpenAI SDK makes a Headers per request and reads Response.prototype when it loads.
  inject: ['src/fetch-classes.ts'],
  // Minified: parsing and compiling the bundle is most of the action's start-up (bench/startup.ts).
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

await build({
  entryPoints: [createRequire(import.meta.url).resolve('undici')],
  outfile: `dist/${UNDICI_FILE}`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
