import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRepoPath, resolveOutputDir, resolveRepoPath } from '../../src/config/repo-path.js';
import { UserError } from '../../src/errors.js';

describe('checkRepoPath', () => {
  it.each([
    ['evals/a.jsonl', 'evals/a.jsonl'],
    ['./evals//a.jsonl', 'evals/a.jsonl'],
    ['evals/./*.jsonl', 'evals/*.jsonl'],
    ['out/', 'out'],
    ['..foo/x', '..foo/x'],
    ['.github/prompts/*.md', '.github/prompts/*.md'],
  ])('keeps %j inside the repository as %j', (path, normalised) => {
    expect(checkRepoPath(path)).toEqual({ path: normalised });
  });

  it.each([
    ['..', 'leaves the repository'],
    ['../secret.jsonl', 'leaves the repository'],
    ['evals/../../x', 'leaves the repository'],
    ['evals\\..\\..\\x', 'leaves the repository'],
    ['/etc/passwd', 'is an absolute path'],
    ['\\\\server\\share', 'is an absolute path'],
    ['C:\\x', 'is an absolute path'],
    ['c:x', 'is an absolute path'],
    ['.git/config', 'points into .git/'],
    ['./.Git/hooks/pre-commit', 'points into .git/'],
    ['vendor/lib/.git/config', 'points into .git/'],
    ['', 'names no file'],
    ['./', 'names no file'],
    ['a\0b', 'NUL'],
  ])('refuses %j: %s', (path, problem) => {
    const checked = checkRepoPath(path);
    expect('problem' in checked && checked.problem).toContain(problem);
  });
});

describe('resolveRepoPath', () => {
  it('names the input in its error', () => {
    expect(() => resolveRepoPath('../out', 'report-dir')).toThrow(
      new UserError('Invalid report-dir: "../out" leaves the repository ("..").'),
    );
  });
});

describe('resolveOutputDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'promptgate-repo-path-'));
  const outside = mkdtempSync(join(tmpdir(), 'promptgate-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'reports/old'), { recursive: true });
  writeFileSync(join(root, 'reports/old/report.md'), 'old');
  symlinkSync(outside, join(root, 'linked'));
  mkdirSync(join(root, 'cache/ab'), { recursive: true });
  symlinkSync(join(outside, 'x.json'), join(root, 'cache/ab/entry.json'));

  it('gives the absolute folder, existing or not', async () => {
    await expect(resolveOutputDir(root, 'reports', 'report-dir')).resolves.toBe(join(root, 'reports'));
    await expect(resolveOutputDir(root, './new/deeper', 'report-dir')).resolves.toBe(
      join(root, 'new/deeper'),
    );
  });

  it('refuses a folder reached through a symbolic link', async () => {
    await expect(resolveOutputDir(root, 'linked/reports', 'report-dir')).rejects.toThrow(
      'report-dir "linked/reports" goes through a symbolic link ("linked")',
    );
  });

  it('refuses a folder that holds a symbolic link, however deep', async () => {
    await expect(resolveOutputDir(root, 'cache', 'cache.dir')).rejects.toThrow(
      'cache.dir "cache" holds a symbolic link ("ab/entry.json")',
    );
  });

  it('refuses a path outside the repository before touching the disk', async () => {
    await expect(resolveOutputDir(root, outside, 'report-dir')).rejects.toThrow('is an absolute path');
  });
});
