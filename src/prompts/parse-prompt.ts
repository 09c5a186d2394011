import { tooLargeToParse } from '../config/yaml-source.js';
import { UserError } from '../errors.js';
import { MAX_WHOLE_FILE_BYTES } from '../limits.js';
import type { PromptTemplate } from '../types.js';
import { parseGithubModelsPrompt } from './github-models.js';
import { parsePromptyPrompt } from './prompty.js';
import { parseTextPrompt } from './text.js';

const FORMATS: { pattern: RegExp; parse: (file: string, text: string) => PromptTemplate }[] = [
  { pattern: /\.prompt\.ya?ml$/i, parse: parseGithubModelsPrompt },
  { pattern: /\.prompty$/i, parse: parsePromptyPrompt },
  { pattern: /\.(?:txt|md|markdown)$/i, parse: parseTextPrompt },
];

/** Parses a prompt file by its extension: `*.prompt.yml|yaml`, `*.prompty`, `*.txt|md`. */
export function parsePrompt(file: string, text: string): PromptTemplate {
  if (text.length > MAX_WHOLE_FILE_BYTES) throw tooLargeToParse(file);
  const format = FORMATS.find((f) => f.pattern.test(file));
  if (!format) {
    throw new UserError(
      `prompt ${file}: unsupported file type; expected *.prompt.yml, *.prompt.yaml, *.prompty, *.md or *.txt`,
    );
  }
  return format.parse(file, text);
}
