import picomatch from 'picomatch';
import type { Config, PromptVerdict } from '../types.js';
import type { ChangedFile } from './changed-file.js';

/** A prompt file the change touched, directly or through a file it depends on. */
export interface AffectedPrompt {
  /** Index of the prompt group in `config.prompts`. */
  group: number;
  /** Repository-relative path (the base path for a removed prompt). */
  file: string;
  /** Base path of a renamed prompt. */
  previousFile?: string;
  change: PromptVerdict['change'];
}

/** Config paths may be written `./evals/x.jsonl`; git and the API never prefix paths. */
function normalize(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}

/** A test of whether a path is matched by one of `patterns` (plain paths match themselves). */
export function matchesAny(patterns: string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  return picomatch(patterns.map(normalize), { dot: true });
}

/** The prompt's own change, or undefined when the changed file is not one of the group's prompts. */
function ownChange(file: ChangedFile, isPrompt: (path: string) => boolean): AffectedPrompt | undefined {
  if (isPrompt(file.path)) {
    if (file.status === 'renamed' && file.previousPath) {
      return { group: 0, file: file.path, previousFile: file.previousPath, change: 'renamed' };
    }
    return { group: 0, file: file.path, change: file.status };
  }
  // Moved out of the prompt folders: from the gate's point of view the prompt is gone.
  if (file.status === 'renamed' && file.previousPath && isPrompt(file.previousPath)) {
    return { group: 0, file: file.previousPath, change: 'removed' };
  }
  return undefined;
}

/** The paths a change touched: each file's path, and a renamed file's previous path. */
function touchedPaths(changed: ChangedFile[]): string[] {
  return changed.flatMap((file) => (file.previousPath ? [file.path, file.previousPath] : [file.path]));
}

/** The files that re-run a whole group when changed: its datasets, `dependsOn` files and the config. */
function dependencyMatcher(config: Config, group: Config['prompts'][number]): (path: string) => boolean {
  return matchesAny([...group.datasets, ...group.dependsOn, normalize(config.file)]);
}

/** Whether the change touched a dataset, `dependsOn` file or the config: then whole groups re-run. */
export function touchesDependency(config: Config, changed: ChangedFile[]): boolean {
  const touched = touchedPaths(changed);
  return config.prompts.some((group) => touched.some(dependencyMatcher(config, group)));
}

/**
 * Maps changed files to the prompts to replay. A prompt file's own change wins; a changed dataset,
 * `dependsOn` file or the config itself re-runs every prompt of the groups that use it
 * (`dependency`), and such a prompt absent from the base is `added` (there is nothing to compare).
 * The file lists are read only then (see `touchesDependency`); otherwise they may be empty.
 */
export function findAffectedPrompts(
  config: Config,
  changed: ChangedFile[],
  headFiles: string[],
  baseFiles: string[],
): AffectedPrompt[] {
  const touched = touchedPaths(changed);
  const inBase = new Set(baseFiles);
  const affected: AffectedPrompt[] = [];

  config.prompts.forEach((group, index) => {
    const isPrompt = matchesAny(group.files);
    const isDependency = dependencyMatcher(config, group);
    const own = new Map<string, AffectedPrompt>();
    for (const file of changed) {
      const change = ownChange(file, isPrompt);
      if (change) own.set(change.file, { ...change, group: index });
    }
    affected.push(...own.values());
    if (!touched.some(isDependency)) return;
    for (const file of headFiles) {
      if (own.has(file) || !isPrompt(file)) continue;
      affected.push({ group: index, file, change: inBase.has(file) ? 'dependency' : 'added' });
    }
  });

  // Paths in git's order (by code point): the same on every machine, and no ICU collator to load
  // before the first call (its first use costs about 9 ms).
  return affected.sort((a, b) => a.group - b.group || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
