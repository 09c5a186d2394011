import { basename } from 'node:path';
import { isPlainObject } from '../config/check-spec.js';
import { UserError } from '../errors.js';
import type { Case, ChatMessage, PromptTemplate, Role } from '../types.js';
import { frontMatterMapping, splitFrontMatter, type FrontMatterFile } from './front-matter.js';
import { toOpenAIParameters } from './parameters.js';

/** A line that starts a message: `system:`, `# user:`, `assistant[name="x"]:`. */
const ROLE_MARKER = /^\s*#?\s*(system|user|assistant|developer)\s*(?:\[[^\]]*\])?\s*:\s*$/i;

/**
 * Parses a Prompty file of any generation: promptflow's `model.configuration` + `sample`, Prompty 1's
 * `inputs: { x: { sample } }`, and Prompty 2's `model: { id, connection, options }` with an `inputs` list.
 */
export function parsePromptyPrompt(file: string, text: string): PromptTemplate {
  const parsed = splitFrontMatter(file, text);
  const meta = frontMatterMapping(file, parsed);
  const { messages, messageLines } = parseBody(file, parsed);
  const { parameters, responseFormat } = modelParameters(meta.model);
  const sample = sampleVars(meta);
  const sampleCase: Case[] =
    Object.keys(sample).length > 0
      ? [
          {
            id: `${basename(file)}#sample`,
            vars: sample,
            source: parsed.meta?.locate(meta.sample !== undefined ? ['sample'] : ['inputs']),
          },
        ]
      : [];
  return {
    file,
    format: 'prompty',
    name: typeof meta.name === 'string' ? meta.name : undefined,
    messages,
    messageLines,
    model: modelId(meta.model),
    parameters,
    responseFormat,
    cases: sampleCase,
    checks: [],
  };
}

function parseBody(
  file: string,
  parsed: FrontMatterFile,
): { messages: ChatMessage[]; messageLines: number[] } {
  const messages: ChatMessage[] = [];
  const messageLines: number[] = [];
  // Text before the first role marker is a system message, as the Prompty runtime treats it.
  let current = { role: 'system' as Role, line: parsed.bodyLine, lines: [] as string[] };
  const flush = (): void => {
    const content = current.lines.join('\n').trim();
    if (content === '') return;
    const leading = current.lines.findIndex((line) => line.trim() !== '');
    messages.push({ role: current.role, content });
    messageLines.push(current.line + Math.max(0, leading));
  };
  parsed.body.split('\n').forEach((line, i) => {
    const marker = ROLE_MARKER.exec(line);
    if (!marker) {
      current.lines.push(line);
      return;
    }
    flush();
    current = { role: marker[1].toLowerCase() as Role, line: parsed.bodyLine + i + 1, lines: [] };
  });
  flush();
  if (messages.length === 0) {
    throw new UserError(
      `prompt ${file}: the body after the front matter is empty; expected messages such as "system:" and "user:" sections`,
      { file, line: parsed.bodyLine },
    );
  }
  return { messages, messageLines };
}

function modelId(model: unknown): string | undefined {
  if (typeof model === 'string') return model;
  if (!isPlainObject(model)) return undefined;
  if (typeof model.id === 'string') return model.id;
  const configuration = isPlainObject(model.configuration) ? model.configuration : {};
  const id = configuration.azure_deployment ?? configuration.name ?? configuration.model;
  return typeof id === 'string' ? id : undefined;
}

function modelParameters(model: unknown): Pick<PromptTemplate, 'parameters' | 'responseFormat'> {
  if (!isPlainObject(model)) return { parameters: {} };
  // Prompty 2 keeps parameters in `options` (with a `kind`/`type` tag), older generations in `parameters`.
  const written = isPlainObject(model.options)
    ? model.options
    : isPlainObject(model.parameters)
      ? model.parameters
      : {};
  const { kind: _kind, type: _type, response_format, responseFormat, ...rest } = written;
  const format = response_format ?? responseFormat;
  return { parameters: toOpenAIParameters(rest), responseFormat: toResponseFormat(format) };
}

function toResponseFormat(format: unknown): PromptTemplate['responseFormat'] {
  const type = isPlainObject(format) ? format.type : format;
  if (type === 'json_object' || type === 'text') return { type };
  if (type === 'json_schema' && isPlainObject(format)) {
    const wrapper = isPlainObject(format.json_schema) ? format.json_schema : {};
    return { type, schema: wrapper.schema ?? wrapper };
  }
  return undefined;
}

/** The sample values of every input, from `sample:` and from each input's `sample` or `default`. */
function sampleVars(meta: Record<string, unknown>): Record<string, unknown> {
  const fromInputs = Object.fromEntries(
    listInputs(meta.inputs).flatMap(([name, input]) => {
      if (!isPlainObject(input)) return input === undefined || input === null ? [] : [[name, input]];
      const value = input.sample ?? input.default;
      return value === undefined ? [] : [[name, value]];
    }),
  );
  // A string `sample:` names a file; a parser of text alone cannot read it.
  return { ...fromInputs, ...(isPlainObject(meta.sample) ? meta.sample : {}) };
}

function listInputs(inputs: unknown): [string, unknown][] {
  if (Array.isArray(inputs)) {
    return inputs.flatMap((input: unknown): [string, unknown][] =>
      isPlainObject(input) && typeof input.name === 'string' ? [[input.name, input]] : [],
    );
  }
  return isPlainObject(inputs) ? Object.entries(inputs) : [];
}
