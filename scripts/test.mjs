// The whole test suite: type-check (tests included), lint, format check, Jest, and dist/ equal to a
// fresh bundle. Ends with one line `tests: N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [];
function step(name, command, args, env = {}) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  steps.push({ name, ok: result.status === 0 });
  return result.status === 0;
}

const jestJson = join(tmpdir(), `promptgate-jest-${process.pid}.json`);
step('chromium for the browser tests', 'bash', ['scripts/ensure-chromium.sh']);
// Node code, and the code that runs in a browser (report.html's script, what browser tests evaluate).
for (const project of [
  'tsconfig.json',
  'src/report/html/page/tsconfig.json',
  '__tests__/browser/tsconfig.json',
])
  step(`type-check ${project}`, 'npx', ['tsc', '--noEmit', '-p', project]);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
step('bundle', 'node', ['scripts/check-dist.mjs']);
step('jest', 'npx', ['jest', '--json', `--outputFile=${jestJson}`, ...process.argv.slice(2)], {
  NODE_OPTIONS: '--experimental-vm-modules',
});

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(jestJson, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  rmSync(jestJson, { force: true });
} catch {
  failed += 1;
}
const brokenSteps = steps.filter((s) => !s.ok && s.name !== 'jest').map((s) => s.name);
for (const name of brokenSteps) console.log(`step failed: ${name}`);
failed += brokenSteps.length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && steps.every((s) => s.ok) ? 0 : 1);
