/**
 * `promptgate init`: finds the repository's prompt files and writes the starter files for them,
 * never over a file that is already there.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { findPrompts, type FoundPrompt, type SkippedPrompt } from './find-prompts.js';
import { starterFiles } from './starter-files.js';

/** What init did. */
export interface InitResult {
  prompts: FoundPrompt[];
  /** Prompt-looking files it could not read, left out of the config. */
  unreadable: SkippedPrompt[];
  written: string[];
  /** Files that already existed, left as they were. */
  kept: string[];
}

/** Writes the starter files for `repoDir`'s prompts; a repository without prompt files is an error. */
export async function initRepository(repoDir: string): Promise<InitResult> {
  const { found, skipped } = await findPrompts(repoDir);
  if (found.length === 0)
    throw new UserError(
      `no prompt files found in ${repoDir}${skipped.length ? ` that could be read (${skipped.map((s) => s.reason).join('; ')})` : ''}; expected *.prompt.yml, *.prompt.yaml, *.prompty, or .md / .txt templates with {{variables}} in a prompts or templates folder`,
    );
  const result: InitResult = { prompts: found, unreadable: skipped, written: [], kept: [] };
  for (const file of starterFiles(found)) {
    const target = join(repoDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    try {
      // `wx` fails on an existing file (or link) instead of replacing it.
      await writeFile(target, file.content, { flag: 'wx' });
      result.written.push(file.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      result.kept.push(file.path);
    }
  }
  return result;
}
