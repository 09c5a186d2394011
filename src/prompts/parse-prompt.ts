import { tooLargeToParse } from '../config/yaml-source.js';
import { UserError } from '../errors.js';
import { MAX_WHOLE_FILE_BYTES } from '../limits.js';
import type { PromptTemplate } from '../types.js';
import { parseGithubModelsPrompt } from './github-models.js';
import { parsePromptyPrompt } from './prompty.js';
import type { ReadRepoFile } from './references.js';
import { parseTextPrompt } from './text.js';

export type { ReadRepoFile } from './references.js';

type Parse = (file: string, text: string, readFile: ReadRepoFile) => PromptTemplate | Promise<PromptTemplate>;

const FORMATS: { pattern: RegExp; parse: Parse }[] = [
  // GitHub's own examples are named `*.yml`: any YAML file the config names as a prompt is one.
  { pattern: /\.ya?ml$/i, parse: parseGithubModelsPrompt },
  { pattern: /\.prompty$/i, parse: parsePromptyPrompt },
  { pattern: /\.(?:txt|md|markdown)$/i, parse: parseTextPrompt },
];

/**
 * Parses a prompt file by its extension: GitHub Models `*.prompt.yml` (and any other `*.yml` or
 * `*.yaml`), Prompty `*.prompty`, text `*.txt|md`. `readFile` reads the repository files a Prompty
 * `${file:...}` names, from the same commit as the prompt.
 */
export async function parsePrompt(
  file: string,
  text: string,
  readFile: ReadRepoFile,
): Promise<PromptTemplate> {
  if (text.length > MAX_WHOLE_FILE_BYTES) throw tooLargeToParse(file);
  const format = FORMATS.find((f) => f.pattern.test(file));
  if (!format) {
    throw new UserError(
      `prompt ${file}: unsupported file type; expected *.prompt.yml (or another *.yml, *.yaml), *.prompty, *.md or *.txt`,
    );
  }
  return format.parse(file, text, readFile);
}
