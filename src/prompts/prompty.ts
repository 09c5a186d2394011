import { basename } from 'node:path';
import { describe, isPlainObject } from '../config/check-spec.js';
import { UserError } from '../errors.js';
import type { PromptyInput, PromptyTemplate, ResponseFormat, ToolDefinition } from '../types.js';
import { PromptFields } from './fields.js';
import { frontMatterMapping, splitFrontMatter } from './front-matter.js';
import { toOpenAIParameters } from './parameters.js';
import { compileBody } from './prompty-render.js';
import { apiTools, outputsFormat, promptyTools } from './prompty-schema.js';
import { resolveReferences, type ReadRepoFile } from './references.js';
import { readResponseFormat } from './response-format.js';

/** Fields that describe the prompt and change nothing that is sent. */
const DOCUMENTATION = ['name', 'description', 'authors', 'tags', 'version', 'metadata', 'kind', 'id'];
const FIELDS = [...DOCUMENTATION, 'model', 'inputs', 'sample', 'outputs', 'tools', 'template'];
const MODEL_FIELDS = ['id', 'api', 'configuration', 'connection', 'parameters', 'options', 'response'];
/** Keys of `model.configuration` (or `connection`) that name the model, most specific first. */
const MODEL_KEYS = ['azure_deployment', 'deployment', 'name', 'model'];
const INPUT_FIELDS = ['name', 'type', 'kind', 'description', 'default', 'sample', 'required'];
const ENGINES = ['jinja2', 'mustache'] as const;

/**
 * Parses a Prompty file of any generation: promptflow's `model.configuration` + `sample`, Prompty 1's
 * `inputs: { x: { sample } }`, and Prompty 2's `model: { id, connection, options }` with an `inputs`
 * list. `${file:...}` references are read through `readFile`.
 */
export async function parsePromptyPrompt(
  file: string,
  text: string,
  readFile: ReadRepoFile,
): Promise<PromptyTemplate> {
  const parsed = splitFrontMatter(file, text);
  const fields = new PromptFields(file, parsed.meta);
  const { meta, references } = await resolveReferences(frontMatterMapping(file, parsed), fields, readFile);
  fields.ignoreOthers(meta, [], FIELDS, 'not a Prompty field');
  const model = readModel(meta.model, fields);
  const { inputs, samples } = readInputs(meta.inputs, fields);
  const body = { engine: readEngine(meta.template, fields), text: parsed.body, line: parsed.bodyLine };
  const atBody = { file, line: body.line };
  if (body.text.trim() === '')
    throw new UserError(
      `prompt ${file}: the body after the front matter is empty; expected messages such as "system:" and "user:" sections`,
      atBody,
    );
  try {
    compileBody(body);
  } catch (error) {
    throw new UserError(
      `prompt ${file}: the ${body.engine} body does not parse: ${(error as Error).message}`,
      atBody,
    );
  }
  const tools = [...model.tools, ...(meta.tools === undefined ? [] : promptyTools(meta.tools, fields))];
  if (meta.sample !== undefined && !isPlainObject(meta.sample))
    fields.fail(
      ['sample'],
      `expected a mapping of input values (or \${file:...} naming one), got ${describe(meta.sample)}`,
    );
  return {
    file,
    format: 'prompty',
    name: typeof meta.name === 'string' ? meta.name : undefined,
    body,
    inputs,
    model: model.id,
    parameters: model.parameters,
    responseFormat: responseFormat(model.responseFormat, meta.outputs, fields),
    ...(tools.length > 0 ? { tools } : {}),
    sample: {
      id: `${basename(file)}#sample`,
      vars: { ...samples, ...(meta.sample as Record<string, unknown> | undefined) },
      source: fields.locate(meta.sample !== undefined ? ['sample'] : ['inputs']),
    },
    references,
    cases: [],
    checks: [],
    ignored: fields.ignored(),
  };
}

interface PromptyModel {
  id?: string;
  parameters: Record<string, unknown>;
  responseFormat?: ResponseFormat;
  tools: ToolDefinition[];
}

function readModel(model: unknown, fields: PromptFields): PromptyModel {
  if (model === undefined || typeof model === 'string') return { id: model, parameters: {}, tools: [] };
  if (!isPlainObject(model))
    return fields.fail(
      ['model'],
      `expected a model name or a mapping with id, configuration and parameters, got ${describe(model)}`,
    );
  fields.ignoreOthers(model, ['model'], MODEL_FIELDS, 'not a Prompty model field');
  if (model.api !== undefined && model.api !== 'chat')
    fields.fail(['model', 'api'], `Promptgate gates chat prompts; expected chat, got ${describe(model.api)}`);
  if (model.response !== undefined && model.response !== 'first')
    fields.ignore(['model', 'response'], 'Promptgate reads the first choice of every answer');
  let id = typeof model.id === 'string' ? model.id : undefined;
  for (const key of ['configuration', 'connection'] as const) {
    const connection = model[key];
    if (connection === undefined) continue;
    if (!isPlainObject(connection)) {
      fields.ignore(['model', key], "the config's provider decides where requests go");
      continue;
    }
    const named =
      id === undefined ? MODEL_KEYS.find((name) => typeof connection[name] === 'string') : undefined;
    if (named) id = connection[named] as string;
    fields.ignoreOthers(
      connection,
      ['model', key],
      named ? [named] : [],
      "the config's provider decides where requests go and with which key",
    );
  }
  const result: PromptyModel = { id, parameters: {}, tools: [] };
  // Prompty 2 writes `options`, earlier generations `parameters`; both are the request's parameters.
  for (const key of ['parameters', 'options'] as const) {
    const parameters = model[key];
    if (parameters === undefined) continue;
    if (!isPlainObject(parameters))
      return fields.fail(
        ['model', key],
        `expected a mapping of request parameters, got ${describe(parameters)}`,
      );
    for (const [name, value] of Object.entries(parameters)) {
      const path = ['model', key, name];
      if (name === 'tools') result.tools = apiTools(value, path, fields);
      else if (name === 'response_format' || name === 'responseFormat')
        result.responseFormat = readResponseFormat(value, path, fields);
      else Object.assign(result.parameters, toOpenAIParameters({ [name]: value }));
    }
  }
  return result;
}

/** A `response_format` parameter wins over `outputs:`, which is then listed as ignored. */
function responseFormat(
  parameter: ResponseFormat | undefined,
  outputs: unknown,
  fields: PromptFields,
): ResponseFormat | undefined {
  if (outputs === undefined) return parameter;
  if (parameter) {
    fields.ignore(['outputs'], 'the response_format model parameter decides the answer format');
    return parameter;
  }
  return outputsFormat(outputs, fields);
}

/** The declared inputs, and the sample values they carry. */
function readInputs(
  written: unknown,
  fields: PromptFields,
): { inputs: PromptyInput[]; samples: Record<string, unknown> } {
  if (written === undefined) return { inputs: [], samples: {} };
  const samples: Record<string, unknown> = {};
  const inputs = fields.named(written, ['inputs'], 'inputs').map(([name, input, path]): PromptyInput => {
    const line = fields.locate(path, 'key').line;
    // A bare value is the input's sample, as Prompty's loader reads it.
    if (!isPlainObject(input)) {
      if (input !== null) samples[name] = input;
      return { name, required: true, line };
    }
    fields.ignoreOthers(input, path, INPUT_FIELDS, 'not a Prompty input field');
    if (input.sample !== undefined) samples[name] = input.sample;
    return {
      name,
      ...(input.default !== undefined ? { default: input.default } : {}),
      required: input.default === undefined && input.required !== false,
      line,
    };
  });
  return { inputs, samples };
}

/** `template: jinja2`, `{ format: mustache }`, `{ type: jinja2 }` or Prompty 2's `{ format: { kind } }`; Jinja2 by default. */
function readEngine(template: unknown, fields: PromptFields): PromptyTemplate['body']['engine'] {
  if (template === undefined) return 'jinja2';
  if (!isPlainObject(template)) return engine(template, ['template'], fields);
  fields.ignoreOthers(template, ['template'], ['format', 'type', 'parser'], 'not used to render the body');
  const parser = kind(template.parser, ['template', 'parser'], fields);
  if (parser !== undefined && parser !== 'prompty')
    fields.fail(
      ['template', 'parser'],
      `expected prompty, the parser that splits the body at role markers; got ${describe(parser)}`,
    );
  const key = template.format !== undefined ? 'format' : 'type';
  const format = kind(template[key], ['template', key], fields);
  return format === undefined ? 'jinja2' : engine(format, ['template', key], fields);
}

function kind(value: unknown, path: string[], fields: PromptFields): unknown {
  if (!isPlainObject(value)) return value;
  fields.ignoreOthers(value, path, ['kind'], 'not used to render the body');
  return value.kind;
}

function engine(value: unknown, path: string[], fields: PromptFields): PromptyTemplate['body']['engine'] {
  const found = ENGINES.find((name) => name === value);
  return found ?? fields.fail(path, `expected ${ENGINES.join(' or ')}, got ${describe(value)}`);
}
