import { describe, isPlainObject } from '../config/check-spec.js';
import { parseYamlSource, type YamlSource } from '../config/yaml-source.js';
import { UserError } from '../errors.js';

/** A file split into its optional `---` YAML front matter and its body. */
export interface FrontMatterFile {
  /** The parsed front matter, absent when the file has none. */
  meta?: YamlSource;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits leading `---` front matter from the body; line numbers in the front matter stay file-relative. */
export function splitFrontMatter(file: string, text: string): FrontMatterFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { body: lines.join('\n'), bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  // Without a closing fence, the front matter would silently become part of the prompt.
  if (end < 0)
    throw new UserError(
      `prompt ${file}: the front matter opened by "---" on line 1 is never closed; expected a line "---" after it`,
      { file, line: 1 },
    );
  // Blank lines in place of the opening fence keep the YAML parser's line numbers equal to the file's.
  const yamlText = ['', ...lines.slice(1, end)].join('\n');
  return {
    meta: parseYamlSource(yamlText, file),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

/** The front matter as a mapping (empty when there is none); anything else is an error at its line. */
export function frontMatterMapping(file: string, parsed: FrontMatterFile): Record<string, unknown> {
  const meta = parsed.meta?.value ?? {};
  if (!isPlainObject(meta)) {
    throw new UserError(
      `prompt ${file}: front matter must be a mapping, got ${describe(meta)}`,
      parsed.meta?.locate([]),
    );
  }
  return meta;
}
