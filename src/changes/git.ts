import { decodeUtf8 } from './decode-utf8.js';
import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { statSync } from 'node:fs';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';
import type { ChangedFile } from './changed-file.js';

const run = promisify(execFile);

/** Prompt files and datasets are small, but a generated dataset can be tens of MB: do not truncate it. */
const GIT_MAX_BUFFER_BYTES = 256 * 1024 * 1024;

const GIT_NOT_FOUND = 'git was not found on PATH. Expected git to be installed where Promptgate runs.';

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
    if ((error as GitFailure).code === 'ENOENT') throw gitNotStarted(repoDir);
    throw error;
  }
}

/** Why git could not start: a folder that is not there (spawn says ENOENT for both), or no git. */
function gitNotStarted(repoDir: string): UserError {
  if (!isDirectory(repoDir))
    return new UserError(
      `the repository folder ${repoDir} does not exist or is not a folder. Expected the root of a git checkout (--repo, default the working folder).`,
    );
  return new UserError(GIT_NOT_FOUND);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Resolves a ref (branch, tag, SHA, `HEAD~1`) to a commit SHA; a missing ref is a `UserError`. */
async function resolveRef(repoDir: string, ref: string): Promise<string> {
  assertNotOption(ref);
  try {
    return (await git(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw missingRef(repoDir, ref);
  }
}

function missingRef(repoDir: string, ref: string): UserError {
  return new UserError(`Git ref '${ref}' was not found in ${repoDir}. ${FETCH_DEPTH_HINT}`);
}

// A ref starting with '-' would be read as an option; no branch, tag or SHA starts with one.
function assertNotOption(ref: string): void {
  if (ref.startsWith('-'))
    throw new UserError(`Invalid git ref '${ref}'. Expected a branch, tag or commit SHA.`);
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
    const baseSha = await resolveRef(repoDir, base);
    const headSha = await resolveRef(repoDir, head);
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

/** A file of a commit's tree, as `git ls-tree -l` lists it. */
export interface TreeFile {
  path: string;
  /** The blob's object id: its content, whatever the working tree holds. */
  oid: string;
  size: number;
  /** A symbolic link (mode 120000): its content is a path that may lead anywhere, never a file to read. */
  symlink: boolean;
}

/** Every file of the tree at a ref (submodules, which are commits, left out). */
export async function listTree(repoDir: string, ref: string): Promise<TreeFile[]> {
  assertNotOption(ref);
  let out: string;
  try {
    out = await git(repoDir, ['ls-tree', '-r', '-z', '-l', `${ref}^{commit}`]);
  } catch (error) {
    // Resolving only on failure saves a git call; a missing ref becomes its `UserError`.
    await resolveRef(repoDir, ref);
    throw error;
  }
  const files: TreeFile[] = [];
  // `<mode> <type> <oid> <size>\t<path>`, the size padded with spaces.
  for (const entry of out.split('\0')) {
    const found = /^(\d{6}) blob ([0-9a-f]+) +(\d+)\t(.+)$/s.exec(entry);
    if (found)
      files.push({ path: found[4], oid: found[2], size: Number(found[3]), symlink: found[1] === '120000' });
  }
  return files;
}

/**
 * The working tree's files git would commit: tracked ones and new ones its ignore rules leave in
 * (`promptgate init` looks for prompts among them, so `node_modules` and build output stay out).
 */
export async function listWorkingFiles(repoDir: string): Promise<string[]> {
  let out: string;
  try {
    out = await git(repoDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${repoDir} is not a git repository; expected the root of one (git init, or --repo <dir>)`,
    );
  }
  return [...new Set(out.split('\0').filter(Boolean))].sort();
}

/**
 * A blob's bytes as a stream (`git cat-file blob`), so a large dataset is never held whole; a git
 * failure ends the stream with an error. Destroy the stream to stop git early.
 */
export function streamBlob(repoDir: string, oid: string): Readable {
  const out = new PassThrough();
  const child = spawn('git', ['cat-file', 'blob', oid], { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.pipe(out, { end: false });
  child.on('error', (error: NodeJS.ErrnoException) =>
    out.destroy(error.code === 'ENOENT' ? new UserError(GIT_NOT_FOUND) : error),
  );
  child.on('close', (code) => {
    if (code === 0) out.end();
    else out.destroy(new UserError(`git could not read object ${oid}: ${stderr.trim() || `exit ${code}`}`));
  });
  // A reader that stops early (a bad row) must not leave git blocked on a full pipe.
  out.on('close', () => child.kill());
  return out;
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

/** An object as `git cat-file --batch` gives it; undefined when the name resolves to nothing. */
interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

/**
 * One `git cat-file --batch` process for a run's reads: refs resolved and prompt files read at a
 * ref, answered in order over one pipe. Starting a git process blocks Node's thread for several
 * ms, so a process per read would delay the first provider call. `close()` when done.
 */
export class GitObjects {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly waiting: Array<{
    resolve: (object: GitObject | undefined) => void;
    reject: (error: Error) => void;
  }> = [];
  private pending: Buffer = Buffer.alloc(0);
  private stderr = '';
  private failure: Error | undefined;

  constructor(private readonly repoDir: string) {
    // Before spawning: a missing folder reads as "git not found", a file as a crash.
    if (!isDirectory(repoDir)) throw gitNotStarted(repoDir);
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: repoDir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(error.code === 'ENOENT' ? gitNotStarted(repoDir) : error),
    );
    this.child.on('close', () =>
      this.fail(
        new UserError(
          `git could not read the repository in ${repoDir}: ${this.stderr.trim() || 'git exited'}`,
        ),
      ),
    );
    // A closed pipe surfaces as the 'close' above; without a listener it would end the process.
    this.child.stdin.on('error', () => undefined);
  }

  /** Resolves refs (branch, tag, SHA, `HEAD~1`) to commit SHAs, in order; the first missing one is a `UserError`. */
  async resolveRefs(refs: string[]): Promise<string[]> {
    refs.forEach(assertNotOption);
    const objects = await Promise.all(refs.map((ref) => this.read(`${ref}^{commit}`)));
    return objects.map((object, i) => {
      if (!object) throw missingRef(this.repoDir, refs[i]);
      return object.oid;
    });
  }

  /** A file's content at a ref, or undefined when the file does not exist there; a missing ref is a `UserError`. */
  async readFile(ref: string, path: string): Promise<string | undefined> {
    assertNotOption(ref);
    if (/[\n\r]/.test(path))
      throw new UserError(`Expected a file path without line breaks, got ${JSON.stringify(path)}`);
    const object = await this.read(`${ref}:${path}`);
    if (object?.type === 'blob') return decodeUtf8(object.content, path);
    // Tell a missing ref (a setup problem) apart from a missing file (an added or removed prompt).
    await this.resolveRefs([ref]);
    return undefined;
  }

  /** Ends the git process; reads still waiting fail. */
  close(): void {
    this.child.stdin.end();
  }

  private read(name: string): Promise<GitObject | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${name}\n`);
    });
  }

  // Each answer is `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` (or `ambiguous`).
  private receive(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.pending.indexOf(10);
      if (headerEnd < 0) return;
      const header = this.pending.subarray(0, headerEnd).toString('utf8');
      const found = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
      if (!found) {
        this.pending = this.pending.subarray(headerEnd + 1);
        this.waiting.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(found[3]);
      const end = headerEnd + 1 + size;
      if (this.pending.length < end + 1) return;
      const content = Buffer.from(this.pending.subarray(headerEnd + 1, end));
      this.pending = this.pending.subarray(end + 1);
      this.waiting.shift()?.resolve({ oid: found[1], type: found[2], content });
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.splice(0)) reject(this.failure);
  }
}
