// Runs the gate on the bundled example, offline: the cassettes shipped in fixtures/example/head
// hold answers written for the example (see scripts/record-example.ts), so no provider is called.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeExampleRepo } from './example-repo.mjs';

const repo = makeExampleRepo();
const result = spawnSync(
  process.execPath,
  [
    resolve('dist/cli.js'),
    'run',
    '--repo',
    repo,
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, OPENAI_API_KEY: '' } },
);
rmSync(repo, { recursive: true, force: true });
console.error(`\npromptgate exited with ${result.status} (0 pass, 1 the gate failed, 2 could not run)`);
process.exit(result.status === 1 ? 0 : (result.status ?? 1));
