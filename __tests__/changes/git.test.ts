import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  GitObjects,
  changedLines,
  gitChangedFiles,
  listTree,
  parseHunkLines,
} from '../../src/changes/git.js';
import { UserError } from '../../src/errors.js';

let repo: string;
let objects: GitObjects;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
}

function write(path: string, content: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), content);
}

function commit(message: string): void {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

const lines = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

/**
 * main: a base commit, then a later main-only change (must not show: PRs diff against the merge base).
 * feature: modifies, adds, removes and renames prompts.
 */
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'promptgate-git-'));
  git('init', '-q', '-b', 'main');
  write('prompts/support.prompt.yml', lines(20));
  write('prompts/old name.md', lines(30, 'rename me'));
  write('prompts/gone.md', 'bye\n');
  write('evals/support.jsonl', '{"q":1}\n');
  commit('base');
  git('checkout', '-q', '-b', 'feature');
  write(
    'prompts/support.prompt.yml',
    lines(20).replace('line 5\n', 'line five\n').replace('line 12\n', 'line 12\nextra\n'),
  );
  renameSync(join(repo, 'prompts/old name.md'), join(repo, 'prompts/new näme.md'));
  write('prompts/new näme.md', lines(30, 'rename me').replace('rename me 30\n', 'renamed 30\n'));
  unlinkSync(join(repo, 'prompts/gone.md'));
  write('prompts/added.md', 'hello {{name}}\n');
  commit('feature');
  git('checkout', '-q', 'main');
  write('evals/support.jsonl', '{"q":2}\n');
  commit('main moves on');
  git('checkout', '-q', '--orphan', 'unrelated');
  git('rm', '-rq', '--cached', '.');
  write('only-here.txt', 'x\n');
  git('add', 'only-here.txt');
  git('commit', '-q', '-m', 'root');
  git('checkout', '-q', '-f', 'feature');
  objects = new GitObjects(repo);
});

afterAll(() => {
  objects.close();
  rmSync(repo, { recursive: true, force: true });
});

describe('gitChangedFiles', () => {
  it('lists what the branch changed since the merge base, with renames and removals', async () => {
    const files = await gitChangedFiles(repo, 'main', 'feature');
    expect(files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'prompts/added.md', status: 'added' },
      { path: 'prompts/gone.md', status: 'removed' },
      { path: 'prompts/new näme.md', status: 'renamed', previousPath: 'prompts/old name.md' },
      { path: 'prompts/support.prompt.yml', status: 'modified' },
    ]);
  });

  it('compares the trees directly when the histories share no merge base', async () => {
    const files = await gitChangedFiles(repo, 'unrelated', 'feature');
    expect(files).toContainEqual({ path: 'only-here.txt', status: 'removed' });
    expect(files).toContainEqual({ path: 'prompts/added.md', status: 'added' });
  });

  it('says which ref is missing and how to fetch it', async () => {
    await expect(gitChangedFiles(repo, 'origin/nope', 'feature')).rejects.toThrow(
      /Git ref 'origin\/nope' was not found.*fetch-depth: 0/,
    );
    await expect(gitChangedFiles(repo, 'origin/nope', 'feature')).rejects.toBeInstanceOf(UserError);
  });
});

describe('GitObjects.readFile', () => {
  it.each([
    ['main', 'prompts/gone.md', 'bye\n'],
    ['feature', 'prompts/gone.md', undefined],
    ['feature', 'prompts/added.md', 'hello {{name}}\n'],
    ['main', 'prompts/added.md', undefined],
  ])('at %s reads %s', async (ref, path, expected) => {
    expect(await objects.readFile(ref, path)).toBe(expected);
  });

  it('throws a UserError for a missing ref, not undefined', async () => {
    await expect(objects.readFile('deadbeef', 'prompts/gone.md')).rejects.toThrow(/deadbeef.*fetch-depth/);
  });

  it('reads a directory as no file, and names with spaces and accents as any other', async () => {
    expect(await objects.readFile('feature', 'prompts')).toBeUndefined();
    expect(await objects.readFile('feature', 'prompts/new näme.md')).toBe(
      lines(30, 'rename me').replace('rename me 30\n', 'renamed 30\n'),
    );
  });

  it('answers many reads at once, each with its own file, over one process', async () => {
    const refs = Array.from({ length: 200 }, (_, i) => (i % 2 ? 'main' : 'feature'));
    const texts = await Promise.all(refs.map((ref) => objects.readFile(ref, 'prompts/support.prompt.yml')));
    expect(new Set(texts.filter((_, i) => i % 2)).size).toBe(1);
    expect(texts[1]).toBe(lines(20));
    expect(texts[0]).toContain('line five');
  });

  it('reads a file larger than one pipe buffer whole', async () => {
    // A commit off every branch, so the other tests' trees stay as they are.
    const big = `${'x'.repeat(300_000)}\nend\n`;
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], {
      cwd: repo,
      input: big,
      encoding: 'utf8',
    });
    const tree = execFileSync('git', ['mktree'], {
      cwd: repo,
      input: `100644 blob ${blob.trim()}\tbig.txt\n`,
      encoding: 'utf8',
    });
    const commit = git('commit-tree', tree.trim(), '-m', 'big');
    const [text, after] = await Promise.all([
      objects.readFile(commit, 'big.txt'),
      objects.readFile('main', 'prompts/gone.md'),
    ]);
    expect(text).toBe(big);
    expect(after).toBe('bye\n');
  });

  it('fails every read with a UserError outside a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'promptgate-no-git-'));
    const reader = new GitObjects(outside);
    try {
      await expect(reader.readFile('main', 'a.md')).rejects.toBeInstanceOf(UserError);
    } finally {
      reader.close();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('listTree', () => {
  it('lists every file of the tree, names with spaces and accents included', async () => {
    expect((await listTree(repo, 'feature')).map((file) => file.path)).toEqual([
      'evals/support.jsonl',
      'prompts/added.md',
      'prompts/new näme.md',
      'prompts/support.prompt.yml',
    ]);
  });
});

describe('changedLines', () => {
  it('gives the head lines the branch added or modified', async () => {
    expect(await changedLines(repo, 'main', 'feature', 'prompts/support.prompt.yml')).toEqual([5, 13]);
  });

  it('counts only edited lines of a renamed file when given its previous path', async () => {
    expect(await changedLines(repo, 'main', 'feature', 'prompts/new näme.md', 'prompts/old name.md')).toEqual(
      [30],
    );
  });

  it('treats every line of an added file as changed', async () => {
    expect(await changedLines(repo, 'main', 'feature', 'prompts/added.md')).toEqual([1]);
  });
});

describe('parseHunkLines', () => {
  it.each([
    ['@@ -3 +3 @@', [3]],
    ['@@ -3,0 +4,2 @@ ctx', [4, 5]],
    ['@@ -7,2 +6,0 @@', []],
    ['@@ -1,2 +1,2 @@\n-a\n+b\n@@ -10 +10,3 @@', [1, 2, 10, 11, 12]],
  ])('parses %j', (diff, expected) => {
    expect(parseHunkLines(diff)).toEqual(expected);
  });
});

describe('GitObjects.resolveRefs', () => {
  it('resolves several refs, in order', async () => {
    expect(await objects.resolveRefs(['main~1', 'feature'])).toEqual([
      git('rev-parse', 'main~1'),
      git('rev-parse', 'feature'),
    ]);
  });

  it('names the first missing ref', async () => {
    await expect(objects.resolveRefs(['main', 'nope-1', 'nope-2'])).rejects.toThrow(
      /Git ref 'nope-1' was not found.*fetch-depth: 0/,
    );
  });

  it('refuses a ref that git would read as an option', async () => {
    await expect(objects.resolveRefs(['main', '-p'])).rejects.toThrow(/Invalid git ref '-p'/);
  });

  it('explains a missing parent (shallow clone or first commit)', async () => {
    await expect(objects.resolveRefs(['unrelated~1'])).rejects.toThrow(/unrelated~1.*fetch-depth: 0/);
  });
});

describe('listTree and changedLines with a missing ref', () => {
  it('say which ref is missing', async () => {
    await expect(listTree(repo, 'nope')).rejects.toThrow(/Git ref 'nope' was not found/);
    await expect(changedLines(repo, 'main', 'nope', 'prompts/added.md')).rejects.toThrow(
      /Git ref 'nope' was not found/,
    );
  });
});
