import { posix } from 'node:path';
import { isPlainObject } from '../config/check-spec.js';
import { checkRepoPath } from '../config/repo-path.js';
import { parseYamlSource } from '../config/yaml-source.js';
import { MAX_WHOLE_FILE_BYTES } from '../limits.js';
import type { PromptFields } from './fields.js';

/** Reads a repository file at the commit of the prompt version being read: its text, or undefined when there is none. */
export type ReadRepoFile = (path: string) => Promise<string | undefined>;

const FILE_REFERENCE = /^\$\{file:(.+)\}$/;
const ENV_REFERENCE = /^\$\{env:[^}]*\}$/;

type FieldPath = (string | number)[];

/**
 * Prompty front matter with its references resolved as Prompty's runtime resolves them, but inside
 * the repository: `${file:path}` becomes the parsed JSON (or YAML) of `path`, relative to the
 * prompt's folder and read through `readFile` (from the version's commit, never the runner's disk),
 * with the references inside it resolved the same way. `${env:NAME}` is never read on the runner:
 * the value is dropped and listed as ignored, and the config's provider settings apply.
 */
export async function resolveReferences(
  meta: Record<string, unknown>,
  fields: PromptFields,
  readFile: ReadRepoFile,
): Promise<{ meta: Record<string, unknown>; references: string[] }> {
  const texts = new Map<string, string>();
  // Counted per reference, not per file: one file referenced a thousand times is a thousand copies.
  let bytes = 0;

  const load = async (written: string, path: FieldPath, chain: string[]): Promise<unknown> => {
    const file = repoPath(fields.file, written);
    if ('problem' in file) return fields.fail(path, `\${file:${written}}: ${file.problem}`);
    if (chain.includes(file.path))
      return fields.fail(
        path,
        `\${file:${written}} refers back to itself (${[...chain, file.path].join(' -> ')})`,
      );
    let text = texts.get(file.path);
    if (text === undefined) {
      text = await readFile(file.path);
      if (text === undefined)
        return fields.fail(
          path,
          `\${file:${written}}: ${file.path} does not exist in this version of the repository`,
        );
      texts.set(file.path, text);
    }
    bytes += text.length;
    if (bytes > MAX_WHOLE_FILE_BYTES)
      return fields.fail(
        path,
        `\${file:${written}}: the files this prompt references add up to more than ${MAX_WHOLE_FILE_BYTES / (1024 * 1024)} MiB`,
      );
    return resolve(parseYamlSource(text, file.path).value, path, [...chain, file.path]);
  };

  const resolve = async (value: unknown, path: FieldPath, chain: string[]): Promise<unknown> => {
    if (typeof value === 'string') {
      const written = value.trim();
      if (ENV_REFERENCE.test(written)) {
        fields.ignore(path, `${written} is never read on the runner: the config's provider settings apply`);
        return undefined;
      }
      const reference = FILE_REFERENCE.exec(written);
      return reference ? load(reference[1].trim(), path, chain) : value;
    }
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const [i, item] of value.entries()) items.push(await resolve(item, [...path, i], chain));
      return items.filter((item) => item !== undefined);
    }
    if (isPlainObject(value)) {
      const entries: [string, unknown][] = [];
      for (const [key, item] of Object.entries(value))
        entries.push([key, await resolve(item, [...path, key], chain)]);
      return Object.fromEntries(entries.filter(([, item]) => item !== undefined));
    }
    return value;
  };

  const resolved = (await resolve(meta, [], [])) as Record<string, unknown>;
  return { meta: resolved, references: [...texts.keys()] };
}

/** `written` relative to the prompt's folder, as a path inside the repository, or why it is not one. */
function repoPath(promptFile: string, written: string): { path: string } | { problem: string } {
  const slashed = written.replace(/\\/g, '/');
  // Absolute paths would otherwise be joined under the prompt's folder and look harmless.
  if (/^\/|^[A-Za-z]:/.test(slashed))
    return {
      problem: `${JSON.stringify(written)} is an absolute path; expected a path relative to the prompt file`,
    };
  return checkRepoPath(posix.normalize(posix.join(posix.dirname(promptFile), slashed)));
}
