// Fails when the committed dist/ differs from a fresh bundle, so the action never runs stale code.
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/bundle.mjs'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (changed.trim()) {
  console.error(`dist/ differs from a fresh bundle; run \`npm run build\` and commit dist/:\n${changed}`);
  process.exit(1);
}
console.log('dist/ matches a fresh bundle');
