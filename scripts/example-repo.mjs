// Builds a throwaway git repository from the bundled example: its first commit is
// fixtures/example/base, its second fixtures/example/head (the pull request's change).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Returns the repository's path; the caller removes it. */
export function makeExampleRepo(example = resolve('fixtures/example')) {
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
  return repo;
}
