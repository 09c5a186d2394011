import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Repository-relative path -> file content. */
export type FileMap = Record<string, string>;

/** A throwaway git repository whose last two commits are a pull request's base and head. */
export interface FixtureRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  cleanup(): void;
}

/** Where the end-to-end fixtures live: `fixtures/e2e/<name>/{base,head}`. */
export const E2E_FIXTURES = resolve('fixtures/e2e');

// Async on purpose: tests build repos while loopback servers answer from this process's event loop.
async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: dir, encoding: 'utf8' });
  return stdout.trim();
}

function writeFiles(dir: string, files: FileMap): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

async function commitTree(dir: string, fill: () => void, message: string): Promise<string> {
  // Each commit is a full snapshot: files absent from it are deleted (or renamed, as git sees it).
  await git(dir, 'rm', '-rq', '--ignore-unmatch', '.');
  fill();
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

async function createRepo(fillBase: () => void, fillHead: () => void, dir: string): Promise<FixtureRepo> {
  await git(dir, 'init', '-q', '-b', 'main');
  // A local identity: the machine running the tests may have none.
  await git(dir, 'config', 'user.email', 'e2e@promptgate.invalid');
  await git(dir, 'config', 'user.name', 'Promptgate e2e');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  const baseSha = await commitTree(dir, fillBase, 'base');
  const headSha = await commitTree(dir, fillHead, 'head');
  return { dir, baseSha, headSha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A repository whose base commit holds exactly `base` and whose head commit holds exactly `head`. */
export async function createFixtureRepo(base: FileMap, head: FileMap): Promise<FixtureRepo> {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-e2e-'));
  return createRepo(
    () => writeFiles(dir, base),
    () => writeFiles(dir, head),
    dir,
  );
}

/** A repository built from `fixtures/e2e/<name>/base` and `.../head`, with `extra` files added to both. */
export async function createFixtureRepoFrom(name: string, extra: { base?: FileMap; head?: FileMap } = {}): Promise<FixtureRepo> {
  const dir = mkdtempSync(join(tmpdir(), `promptgate-e2e-${name}-`));
  const copy = (version: 'base' | 'head', files: FileMap = {}) => () => {
    const source = join(E2E_FIXTURES, name, version);
    if (!existsSync(source)) throw new Error(`missing fixture folder ${source}`);
    cpSync(source, dir, { recursive: true });
    writeFiles(dir, files);
  };
  return createRepo(copy('base', extra.base), copy('head', extra.head), dir);
}
