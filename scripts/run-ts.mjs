// Runs a TypeScript script (bench/*.ts) on Node 20: bundles it with esbuild to a temporary ESM file.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageAssetsPlugin } from './page-bundle.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
// Inside the project, so the bundle resolves node_modules like the source does.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join('node_modules/.cache', 'promptgate-run-'));
const outfile = join(dir, 'script.mjs');
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  // report.html's script and style sheet, built for the browser and inlined as text.
  plugins: [pageAssetsPlugin],
  logLevel: 'warning',
});
const nodeFlags = (process.env.PROMPTGATE_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const result = spawnSync(process.execPath, ['--expose-gc', ...nodeFlags, outfile, ...args], {
  stdio: 'inherit',
});
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
