// Runs the gate on the bundled example, offline: builds a throwaway git repository whose first
// commit is fixtures/example/base and whose second is fixtures/example/head, then runs the CLI
// with the cassettes shipped in the example (answers written for it, no provider is called).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const example = resolve('fixtures/example');
const repo = mkdtempSync(join(tmpdir(), 'promptgate-example-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'example@promptgate.invalid');
git('config', 'user.name', 'Promptgate example');
for (const version of ['base', 'head']) {
  if (version === 'head') git('rm', '-rq', '.');
  cpSync(join(example, version), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-qm', `${version} version of the example`);
}
const result = spawnSync(
  process.execPath,
  [resolve('dist/cli.js'), 'run', '--repo', repo, '--base', 'HEAD~1', '--head', 'HEAD', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, OPENAI_API_KEY: '' } },
);
rmSync(repo, { recursive: true, force: true });
process.exit(result.status ?? 1);
