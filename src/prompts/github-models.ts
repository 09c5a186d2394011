import { basename } from 'node:path';
import { isScalar, type Node } from 'yaml';
import { describe, isPlainObject } from '../config/check-spec.js';
import { parseYamlSource, type YamlSource } from '../config/yaml-source.js';
import type {
  Case,
  ChatMessage,
  CheckSpec,
  MessagesTemplate,
  ResponseFormat,
  Role,
  SourceLocation,
} from '../types.js';
import { PromptFields } from './fields.js';
import { toOpenAIParameters } from './parameters.js';
import { jsonSchemaFormat } from './response-format.js';

const ROLES: readonly Role[] = ['system', 'user', 'assistant', 'developer'];
const FIELDS = [
  'name',
  'description',
  'model',
  'modelParameters',
  'responseFormat',
  'jsonSchema',
  'messages',
  'testData',
  'evaluators',
];
/** The only model parameters `gh models eval` sends. */
const SENT_PARAMETERS = ['maxTokens', 'temperature', 'topP'];
/** String evaluators in the order `gh models eval` tries them: the first one written is the one it runs. */
const STRING_EVALUATORS = ['equals', 'contains', 'startsWith', 'endsWith'] as const;
const EVALUATOR_KINDS = ['string', 'llm', 'uses'] as const;
const LLM_FIELDS = ['prompt', 'choices', 'systemPrompt'];
/** `uses:` prefixes of GitHub's built-in LLM evaluators (`github/similarity`, older `githubModels.similarity`). */
const BUILTIN_PREFIX = /^(?:github\/|githubModels\.)/;
const NOT_READ = 'gh models eval does not read it';

/**
 * Parses a GitHub Models prompt file (`*.prompt.yml`) field by field as `gh models eval` reads it:
 * messages, model and parameters, response format, `testData` cases and `evaluators` checks.
 */
export function parseGithubModelsPrompt(file: string, text: string): MessagesTemplate {
  const source = parseYamlSource(text, file);
  const fields = new PromptFields(file, source);
  const doc = source.value;
  if (!isPlainObject(doc)) return fields.fail([], `expected a mapping with messages, got ${describe(doc)}`);
  fields.ignoreOthers(doc, [], FIELDS, NOT_READ);
  const { messages, messageLines } = parseMessages(doc.messages, fields, source);
  return {
    file,
    format: 'github-models',
    name: typeof doc.name === 'string' ? doc.name : undefined,
    messages,
    messageLines,
    model: typeof doc.model === 'string' ? doc.model : undefined,
    parameters: modelParameters(doc.modelParameters, fields),
    responseFormat: parseResponseFormat(doc, fields),
    cases: parseTestData(doc.testData, fields),
    checks: parseEvaluators(doc.evaluators, fields),
    ignored: fields.ignored(),
  };
}

function parseMessages(
  value: unknown,
  fields: PromptFields,
  source: YamlSource,
): { messages: ChatMessage[]; messageLines: number[] } {
  if (!Array.isArray(value) || value.length === 0)
    return fields.fail(
      ['messages'],
      `expected a non-empty list of { role, content }, got ${describe(value)}`,
    );
  const messages = value.map((message, i): ChatMessage => {
    const path = ['messages', i];
    if (!isPlainObject(message))
      return fields.fail(path, `expected { role, content }, got ${describe(message)}`);
    const role = typeof message.role === 'string' ? message.role.toLowerCase() : '';
    if (!ROLES.includes(role as Role))
      fields.fail([...path, 'role'], `expected one of ${ROLES.join(', ')}, got ${describe(message.role)}`);
    if (typeof message.content !== 'string')
      fields.fail([...path, 'content'], `expected text, got ${describe(message.content)}`);
    fields.ignoreOthers(message, path, ['role', 'content'], NOT_READ);
    return { role: role as Role, content: message.content };
  });
  return { messages, messageLines: value.map((_, i) => contentLine(source, i)) };
}

/** A block scalar (`content: |`) starts on the line after its indicator. */
function contentLine(source: YamlSource, index: number): number {
  const node = source.doc.getIn(['messages', index, 'content'], true) as Node | undefined;
  const line = source.locate(['messages', index, 'content']).line;
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  return block ? line + 1 : line;
}

function modelParameters(value: unknown, fields: PromptFields): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value))
    return fields.fail(
      ['modelParameters'],
      `expected a mapping such as { temperature: 0 }, got ${describe(value)}`,
    );
  const sent = Object.entries(value).filter(([name]) => SENT_PARAMETERS.includes(name));
  fields.ignoreOthers(
    value,
    ['modelParameters'],
    SENT_PARAMETERS,
    `gh models eval sends only ${SENT_PARAMETERS.join(', ')}`,
  );
  return toOpenAIParameters(Object.fromEntries(sent));
}

function parseResponseFormat(doc: Record<string, unknown>, fields: PromptFields): ResponseFormat | undefined {
  const format = doc.responseFormat;
  if (format !== 'json_schema' && doc.jsonSchema !== undefined)
    fields.ignore(['jsonSchema'], 'read only when responseFormat is json_schema');
  if (format === undefined) return undefined;
  if (format === 'text' || format === 'json_object') return { type: format };
  if (format !== 'json_schema')
    return fields.fail(
      ['responseFormat'],
      `expected text, json_object or json_schema, got ${describe(format)}`,
    );
  return jsonSchemaFormat(jsonSchemaWrapper(doc.jsonSchema, fields), ['jsonSchema'], fields);
}

/** `jsonSchema:` as `gh models eval` writes it, a JSON string; a YAML mapping is read the same way. */
function jsonSchemaWrapper(value: unknown, fields: PromptFields): unknown {
  if (value === undefined)
    return fields.fail(
      ['jsonSchema'],
      'responseFormat json_schema needs jsonSchema: { name, schema } as JSON',
    );
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (error) {
    return fields.fail(['jsonSchema'], `not valid JSON: ${(error as Error).message}`);
  }
}

function parseTestData(value: unknown, fields: PromptFields): Case[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    return fields.fail(['testData'], `expected a list of variable mappings, got ${describe(value)}`);
  const name = basename(fields.file);
  return value.map((row, i): Case => {
    if (!isPlainObject(row))
      return fields.fail(['testData', i], `expected a mapping of variables, got ${describe(row)}`);
    const { expected, context } = row;
    return {
      id: `${name}#${i + 1}`,
      // gh models eval templates with every key, `expected` and `context` included.
      vars: { ...row },
      // A value named `context` is also what `grounding` holds the answer to, as a dataset row's is.
      ...(typeof context === 'string' ||
      (Array.isArray(context) && context.length > 0 && context.every((p) => typeof p === 'string'))
        ? { context }
        : {}),
      expected:
        expected === undefined
          ? undefined
          : typeof expected === 'string'
            ? expected
            : JSON.stringify(expected),
      source: fields.locate(['testData', i]),
    };
  });
}

function parseEvaluators(value: unknown, fields: PromptFields): CheckSpec[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fields.fail(['evaluators'], `expected a list, got ${describe(value)}`);
  return value.map((evaluator, i) => parseEvaluator(evaluator, ['evaluators', i], fields));
}

function parseEvaluator(evaluator: unknown, path: (string | number)[], fields: PromptFields): CheckSpec {
  if (!isPlainObject(evaluator))
    return fields.fail(path, 'expected a mapping with name and string, llm or uses');
  const [kind, ...others] = EVALUATOR_KINDS.filter((k) => evaluator[k] !== undefined);
  if (!kind) return fields.fail(path, 'expected one of string, llm or uses');
  for (const other of others)
    fields.ignore([...path, other], `gh models eval runs only this evaluator's ${kind}`);
  fields.ignoreOthers(evaluator, path, ['name', ...EVALUATOR_KINDS], NOT_READ);
  const label = typeof evaluator.name === 'string' ? evaluator.name : `evaluator ${Number(path[1]) + 1}`;
  const spec = { label, source: fields.locate(path) };
  if (kind === 'string') return stringEvaluator(evaluator.string, [...path, 'string'], spec, fields);
  if (kind === 'llm') return llmEvaluator(evaluator.llm, [...path, 'llm'], spec, fields);
  if (typeof evaluator.uses !== 'string' || !BUILTIN_PREFIX.test(evaluator.uses))
    return fields.fail(
      [...path, 'uses'],
      `expected github/<evaluator> (similarity, coherence, fluency, relevance, groundedness), got ${describe(evaluator.uses)}`,
    );
  return {
    name: 'judge-builtin',
    options: { label, evaluator: evaluator.uses.replace(BUILTIN_PREFIX, '') },
    // An unknown evaluator is reported at the `uses:` line that names it.
    source: fields.locate([...path, 'uses']),
  };
}

/** The name and location every evaluator's check carries. */
interface EvaluatorSpec {
  label: string;
  source: SourceLocation;
}

function stringEvaluator(
  value: unknown,
  path: (string | number)[],
  { label, source }: EvaluatorSpec,
  fields: PromptFields,
): CheckSpec {
  const written = isPlainObject(value) ? value : {};
  // gh models eval skips an empty value, as if it were not written.
  const [kind, ...others] = STRING_EVALUATORS.filter(
    (k) => typeof written[k] === 'string' && written[k] !== '',
  );
  if (!kind) return fields.fail(path, `expected a mapping with one of ${STRING_EVALUATORS.join(', ')}`);
  for (const other of others)
    fields.ignore(
      [...path, other],
      `gh models eval checks only the first of ${STRING_EVALUATORS.join(', ')}`,
    );
  fields.ignoreOthers(written, path, STRING_EVALUATORS, NOT_READ);
  return { name: 'github-models', options: { label, [kind]: written[kind] }, source };
}

function llmEvaluator(
  value: unknown,
  path: (string | number)[],
  { label, source }: EvaluatorSpec,
  fields: PromptFields,
): CheckSpec {
  if (!isPlainObject(value))
    return fields.fail(
      path,
      `expected a mapping with prompt, choices and optional systemPrompt, got ${describe(value)}`,
    );
  if (value.modelId !== undefined)
    fields.ignore([...path, 'modelId'], "the config's judge grades every llm evaluator");
  fields.ignoreOthers(value, path, ['modelId', ...LLM_FIELDS], NOT_READ);
  const options = Object.fromEntries(Object.entries(value).filter(([key]) => LLM_FIELDS.includes(key)));
  return { name: 'judge-custom', options: { label, ...options }, source };
}
