/**
 * The prompt files `promptgate init` finds in a working tree: GitHub Models `.prompt.yml`, Prompty
 * `.prompty`, and Markdown or text templates with `{{var}}` placeholders in a prompts or templates
 * folder. Each is read as the gate will read it, so what init writes runs.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { listWorkingFiles } from '../changes/git.js';
import { UserError } from '../errors.js';
import { parsePrompt } from '../prompts/parse-prompt.js';
import { placeholders, templateVariables } from '../prompts/render.js';

/** A prompt file init gates, with what the starter config needs to know of it. */
export interface FoundPrompt {
  path: string;
  /** The model the file names, when it names one. */
  model?: string;
  /** Cases the file carries (`testData`, Prompty `sample`): the starter dataset begins as a copy of them. */
  cases: StarterCase[];
  /** Variables its messages use, for a starter dataset row when it carries no cases. */
  variables: string[];
}

/** One case a prompt file carries, as a dataset row writes it. */
export interface StarterCase {
  vars: Record<string, unknown>;
  expected?: string;
}

/** A prompt-looking file that could not be read, and why: it is left out, and init says so. */
export interface SkippedPrompt {
  path: string;
  reason: string;
}

const PROMPT_FILE = /\.(?:prompt\.ya?ml|prompty)$/i;
const TEMPLATE_FILE = /\.(?:md|markdown|txt)$/i;
/** Folders whose Markdown and text files are templates rather than documentation. */
const TEMPLATE_FOLDER = /(?:^|\/)(?:prompts?|templates?)\//i;
/** Documentation files a prompts folder often holds beside its templates. */
const NOT_A_TEMPLATE = /^(?:readme|changelog|license|contributing)\./i;

/** Every prompt file of the working tree, in path order, and those that could not be read. */
export async function findPrompts(
  repoDir: string,
): Promise<{ found: FoundPrompt[]; skipped: SkippedPrompt[] }> {
  const found: FoundPrompt[] = [];
  const skipped: SkippedPrompt[] = [];
  for (const path of await listWorkingFiles(repoDir)) {
    const template =
      TEMPLATE_FILE.test(path) && TEMPLATE_FOLDER.test(path) && !NOT_A_TEMPLATE.test(basename(path));
    if (!PROMPT_FILE.test(path) && !template) continue;
    const text = await readFile(join(repoDir, path), 'utf8');
    if (template && placeholders(text).length === 0) continue;
    try {
      // A Prompty `${file:...}` reads beside the prompt, in the working tree init looks at.
      const parsed = await parsePrompt(path, text, (file) =>
        readFile(join(repoDir, file), 'utf8').catch(() => undefined),
      );
      const cases =
        parsed.format === 'prompty'
          ? Object.keys(parsed.sample.vars).length > 0
            ? [{ vars: parsed.sample.vars }]
            : []
          : parsed.cases.map((c) => ({
              vars: c.vars,
              ...(c.expected === undefined ? {} : { expected: c.expected }),
            }));
      found.push({ path, model: parsed.model, cases, variables: templateVariables(parsed) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      skipped.push({ path, reason: error.message });
    }
  }
  return { found, skipped };
}
