import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';
import type { ChangedFile } from './changed-file.js';

const run = promisify(execFile);

/** Prompt files and datasets are small, but a generated dataset can be tens of MB: do not truncate it. */
const GIT_MAX_BUFFER_BYTES = 256 * 1024 * 1024;

const FETCH_DEPTH_HINT =
  'Promptgate compares the base and head commits, so the clone needs both: with actions/checkout, set `fetch-depth: 0`.';

interface GitFailure {
  code?: number | string;
  stderr?: string;
}

/** Runs git in `repoDir` and returns stdout; throws the raw failure (exit code and stderr). */
async function git(repoDir: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: repoDir,
      maxBuffer: GIT_MAX_BUFFER_BYTES,
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    if ((error as GitFailure).code === 'ENOENT') {
      throw new UserError('git was not found on PATH. Expected git to be installed where Promptgate runs.');
    }
    throw error;
  }
}

/** Resolves a ref (branch, tag, SHA, `HEAD~1`) to a commit SHA; a missing ref is a `UserError`. */
export async function resolveRef(repoDir: string, ref: string): Promise<string> {
  assertNotOption(ref);
  try {
    return (await git(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new UserError(`Git ref '${ref}' was not found in ${repoDir}. ${FETCH_DEPTH_HINT}`);
  }
}

// A ref starting with '-' would be read as an option; no branch, tag or SHA starts with one.
function assertNotOption(ref: string): void {
  if (ref.startsWith('-'))
    throw new UserError(`Invalid git ref '${ref}'. Expected a branch, tag or commit SHA.`);
}

/** Resolves several refs with one git call; the first missing one is a `UserError`, as with `resolveRef`. */
export async function resolveRefs(repoDir: string, refs: string[]): Promise<string[]> {
  refs.forEach(assertNotOption);
  try {
    const shas = (await git(repoDir, ['rev-parse', ...refs.map((ref) => `${ref}^{commit}`)]))
      .trim()
      .split('\n');
    if (shas.length === refs.length && shas.every((sha) => /^[0-9a-f]{40,64}$/.test(sha))) return shas;
  } catch {
    // One ref is missing: resolving each in turn names the first.
  }
  const shas: string[] = [];
  for (const ref of refs) shas.push(await resolveRef(repoDir, ref));
  return shas;
}

/** The parent of `ref`, the base of a push event; missing in a shallow clone or on a root commit. */
export async function previousCommit(repoDir: string, ref: string): Promise<string> {
  return resolveRef(repoDir, `${ref}~1`);
}

/**
 * Runs `git diff` over the range: `base...head` compares head with the merge base, as a PR does;
 * unrelated histories have no merge base, and then the two trees are compared directly.
 */
async function diffRange(
  repoDir: string,
  base: string,
  head: string,
  options: string[],
  paths: string[] = [],
): Promise<string> {
  assertNotOption(base);
  assertNotOption(head);
  try {
    // Each git process costs start-up time, so the refs are resolved only when this fails.
    return await git(repoDir, ['diff', ...options, `${base}...${head}`, '--', ...paths]);
  } catch {
    const [baseSha, headSha] = await resolveRefs(repoDir, [base, head]);
    return git(repoDir, ['diff', ...options, baseSha, headSha, '--', ...paths]);
  }
}

/** Files changed between base and head (merge base), with renames and deletions. */
export async function gitChangedFiles(repoDir: string, base: string, head: string): Promise<ChangedFile[]> {
  return parseNameStatus(
    await diffRange(repoDir, base, head, ['--name-status', '-z', '-M', '--no-ext-diff']),
  );
}

/** Parses `git diff --name-status -z`: a status field, then one path (two for renames and copies). */
export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const code = fields[i++].charAt(0);
    if (code === 'R') {
      const previousPath = fields[i++];
      files.push({ path: fields[i++], status: 'renamed', previousPath });
    } else if (code === 'C') {
      i++; // a copy leaves its source untouched: only the new file matters
      files.push({ path: fields[i++], status: 'added' });
    } else {
      files.push({
        path: fields[i++],
        status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified',
      });
    }
  }
  return files;
}

/** A file's content at a ref, or undefined when the file does not exist there. */
export async function readFileAtRef(repoDir: string, ref: string, path: string): Promise<string | undefined> {
  assertNotOption(ref);
  try {
    return await git(repoDir, ['show', `${ref}:${path}`]);
  } catch {
    // Tell a missing ref (a setup problem) apart from a missing file (an added or removed prompt).
    await resolveRef(repoDir, ref);
    return undefined;
  }
}

/** Every file path in the tree at a ref. */
export async function listFilesAtRef(repoDir: string, ref: string): Promise<string[]> {
  assertNotOption(ref);
  let out: string;
  try {
    out = await git(repoDir, ['ls-tree', '-r', '-z', '--name-only', `${ref}^{commit}`]);
  } catch (error) {
    // Resolving only on failure saves a git call; a missing ref becomes its `UserError`.
    await resolveRef(repoDir, ref);
    throw error;
  }
  return out.split('\0').filter(Boolean);
}

/**
 * Head-side line numbers (1-based) that the change added or modified in `path`, for annotations.
 * Pass `previousPath` for a renamed file so only its edited lines count, not the whole file.
 */
export async function changedLines(
  repoDir: string,
  base: string,
  head: string,
  path: string,
  previousPath?: string,
): Promise<number[]> {
  const paths = previousPath ? [previousPath, path] : [path];
  const out = await diffRange(repoDir, base, head, ['-U0', '-M', '--no-color', '--no-ext-diff'], paths);
  return parseHunkLines(out);
}

/** Head-side lines of each `@@ -a,b +c,d @@` hunk header; `d` is 1 when omitted, 0 for a pure deletion. */
export function parseHunkLines(diff: string): number[] {
  const lines: number[] = [];
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    for (let line = start; line < start + count; line++) lines.push(line);
  }
  return lines;
}
