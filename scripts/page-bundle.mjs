// Builds report.html's script and style sheet from src/report/html/page/ (browser code) with esbuild.
// The action's bundle inlines what this builds (scripts/bundle.mjs); elsewhere (tests, benches)
// src/report/html/page-assets.ts builds it when first imported.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = fileURLToPath(new URL('../src/report/html/page/', import.meta.url));

/** The page's script and style sheet, as text to inline. */
export function buildPage() {
  const { outputFiles } = buildSync({
    entryPoints: [`${PAGE_DIR}main.ts`, `${PAGE_DIR}style.css`],
    bundle: true,
    write: false,
    // Names the outputs; nothing is written.
    outdir: 'page',
    format: 'iife',
    platform: 'browser',
    // Browsers of 2024 on: CSS light-dark() and the JavaScript the page uses need no lowering.
    target: ['chrome123', 'firefox120', 'safari17.5'],
    legalComments: 'inline',
    logLevel: 'warning',
  });
  const text = (extension) => outputFiles.find((file) => file.path.endsWith(extension)).text;
  const assets = { script: text('.js'), style: text('.css') };
  // Inlined in <script> and <style>: a closing tag inside would end them early.
  for (const [name, closer] of [
    ['script', '</script'],
    ['style', '</style'],
  ]) {
    if (assets[name].toLowerCase().includes(closer))
      throw new Error(`the page's ${name} contains "${closer}": it cannot be inlined`);
  }
  return assets;
}

/** An esbuild plugin that replaces src/report/html/page-assets.ts with the built text. */
export const pageAssetsPlugin = {
  name: 'page-assets',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]report[\\/]html[\\/]page-assets\.ts$/ }, () => ({
      contents: `export const PAGE_ASSETS = ${JSON.stringify(buildPage())};`,
      loader: 'js',
    }));
  },
};
