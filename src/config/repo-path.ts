import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/**
 * A path (or glob) from a config or an input, checked to stay inside the repository and
 * normalised (`./evals//x.jsonl` -> `evals/x.jsonl`), or the reason it cannot: the one gate every
 * path a pull request can write passes through. Git never lists `..`, absolute paths or `.git/`,
 * so what passes can only name files of the commit, or folders under the checkout.
 */
export function checkRepoPath(path: string): { path: string } | { problem: string } {
  const shown = JSON.stringify(path);
  if (path.includes('\0')) return { problem: `${shown} contains a NUL character` };
  // `/x`, `\x`, `C:x`, `C:\x`: absolute (or drive-relative) on one platform or another.
  if (/^[\\/]|^[A-Za-z]:/.test(path))
    return { problem: `${shown} is an absolute path; expected a path relative to the repository root` };
  // Backslashes count as separators too: on Windows they are, and `..\` must not slip through.
  const segments = path.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { problem: `${shown} leaves the repository ("..")` };
  // Case-insensitively: on macOS and Windows `.GIT` is the same folder.
  if (segments.some((segment) => segment.toLowerCase() === '.git'))
    return { problem: `${shown} points into .git/, which holds git's own data and credentials` };
  if (segments.length === 0)
    return { problem: `${shown} names no file; expected a path inside the repository` };
  return {
    path: path
      .split(/\/+/)
      .filter((segment) => segment !== '' && segment !== '.')
      .join('/'),
  };
}

/** `checkRepoPath` for a value outside any config file (an action input, a CLI option): a `UserError` naming it. */
export function resolveRepoPath(path: string, name: string): string {
  const checked = checkRepoPath(path);
  if ('problem' in checked) throw new UserError(`Invalid ${name}: ${checked.problem}.`);
  return checked.path;
}

/**
 * Throws when `path` (relative to `root`, already through `checkRepoPath`) or any folder on the way
 * is a symbolic link: a link committed by a pull request could point anywhere on the runner.
 * Parts that do not exist yet are fine: `mkdir` creates them as real folders.
 */
export async function assertNoSymlink(root: string, path: string, name: string): Promise<void> {
  let current = root;
  for (const segment of path.split('/')) {
    current = join(current, segment);
    const stat = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (!stat) return;
    if (stat.isSymbolicLink())
      throw new UserError(
        `${name} ${JSON.stringify(path)} goes through a symbolic link (${JSON.stringify(current.slice(root.length + 1))}); expected real files and folders inside the repository`,
      );
  }
}

/**
 * The absolute path of an output folder (report, cache, cassettes) inside `root`: confined by
 * `checkRepoPath`, with no symbolic link on the way or anywhere inside it, so nothing written
 * there lands outside the repository.
 */
export async function resolveOutputDir(root: string, dir: string, name: string): Promise<string> {
  const path = resolveRepoPath(dir, name);
  await assertNoSymlink(root, path, name);
  const absolute = join(root, path);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const link = entries.find((entry) => entry.isSymbolicLink());
  if (link) {
    const inside = join(link.parentPath, link.name).slice(absolute.length + 1);
    throw new UserError(
      `${name} ${JSON.stringify(path)} holds a symbolic link (${JSON.stringify(inside)}); expected real files and folders inside the repository`,
    );
  }
  return absolute;
}
