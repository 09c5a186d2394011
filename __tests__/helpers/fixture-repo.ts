import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Repository-relative path -> file content. */
export type FileMap = Record<string, string>;

/** A throwaway git repository whose last two commits are a pull request's base and head. */
export interface FixtureRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  cleanup: () => void;
}

/** Where the end-to-end fixtures live: `fixtures/e2e/<name>/{base,head}`. */
export const E2E_FIXTURES = fileURLToPath(new URL('../../fixtures/e2e', import.meta.url));

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

async function commitTree(dir: string, files: FileMap, message: string): Promise<string> {
  // Each commit is a full snapshot: files absent from it are deleted (or renamed, as git sees it).
  await git(dir, 'rm', '-rq', '--ignore-unmatch', '.');
  writeFiles(dir, files);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

async function createRepo(dir: string, base: FileMap, head: FileMap): Promise<FixtureRepo> {
  await git(dir, 'init', '-q', '-b', 'main');
  // A local identity: the machine running the tests may have none.
  await git(dir, 'config', 'user.email', 'e2e@promptgate.invalid');
  await git(dir, 'config', 'user.name', 'Promptgate e2e');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  const baseSha = await commitTree(dir, base, 'base');
  const headSha = await commitTree(dir, head, 'head');
  return { dir, baseSha, headSha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A repository whose base commit holds exactly `base` and whose head commit holds exactly `head`. */
export async function createFixtureRepo(base: FileMap, head: FileMap): Promise<FixtureRepo> {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-e2e-'));
  return createRepo(dir, base, head);
}

/** Every file under `fixtures/e2e/<name>/<version>`, by repository-relative path. */
export function readFixtureFiles(name: string, version: 'base' | 'head'): FileMap {
  return readFolderFiles(join(E2E_FIXTURES, name, version));
}

/** Every file under `root` (dotted folders too), by path relative to it. */
export function readFolderFiles(root: string): FileMap {
  if (!existsSync(root)) throw new Error(`missing fixture folder ${root}`);
  const files: FileMap = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** A repository from `fixtures/e2e/<name>/{base,head}`, with `overlay` files added to (or replacing) each side. */
export function createFixtureRepoFrom(
  name: string,
  overlay: { base?: FileMap; head?: FileMap } = {},
): Promise<FixtureRepo> {
  return createFixtureRepo(
    { ...readFixtureFiles(name, 'base'), ...overlay.base },
    { ...readFixtureFiles(name, 'head'), ...overlay.head },
  );
}
