import { basename } from 'node:path';
import { isScalar, type Node } from 'yaml';
import { describe, isPlainObject } from '../config/check-spec.js';
import { parseYamlSource, type YamlSource } from '../config/yaml-source.js';
import { UserError } from '../errors.js';
import type { Case, ChatMessage, CheckSpec, PromptTemplate, Role } from '../types.js';
import { toOpenAIParameters } from './parameters.js';

const ROLES: readonly Role[] = ['system', 'user', 'assistant', 'developer'];
const STRING_EVALUATORS = ['contains', 'equals', 'startsWith', 'endsWith'] as const;
/** `uses:` prefixes of GitHub's built-in LLM evaluators (`github/similarity`, older `githubModels.similarity`). */
const BUILTIN_PREFIX = /^(?:github\/|githubModels\.)/;

/** Parses a GitHub Models `*.prompt.yml`: messages, model parameters, `testData` cases and `evaluators` checks. */
export function parseGithubModelsPrompt(file: string, text: string): PromptTemplate {
  const source = parseYamlSource(text, file);
  const doc = source.value;
  if (!isPlainObject(doc))
    throw new UserError(
      `prompt ${file}: expected a mapping with messages, got ${describe(doc)}`,
      source.locate([]),
    );
  const { messages, messageLines } = parseMessages(doc.messages, source);
  return {
    file,
    format: 'github-models',
    name: typeof doc.name === 'string' ? doc.name : undefined,
    messages,
    messageLines,
    model: typeof doc.model === 'string' ? doc.model : undefined,
    parameters: isPlainObject(doc.modelParameters) ? toOpenAIParameters(doc.modelParameters) : {},
    responseFormat: parseResponseFormat(doc, source),
    cases: parseTestData(doc.testData, source),
    checks: parseEvaluators(doc.evaluators, source),
  };
}

function parseMessages(
  value: unknown,
  source: YamlSource,
): { messages: ChatMessage[]; messageLines: number[] } {
  if (!Array.isArray(value) || value.length === 0) {
    throw new UserError(
      `prompt ${source.file}: expected "messages" to be a non-empty list of { role, content }, got ${describe(value)}`,
      source.locate(['messages']),
    );
  }
  const messages = value.map((message, i): ChatMessage => {
    const role = isPlainObject(message) && typeof message.role === 'string' ? message.role.toLowerCase() : '';
    if (!ROLES.includes(role as Role)) {
      throw new UserError(
        `prompt ${source.file}: messages[${i}].role: expected one of ${ROLES.join(', ')}, got ${describe(isPlainObject(message) ? message.role : message)}`,
        source.locate(['messages', i, 'role']),
      );
    }
    const content = (message as Record<string, unknown>).content;
    if (typeof content !== 'string') {
      throw new UserError(
        `prompt ${source.file}: messages[${i}].content: expected text, got ${describe(content)}`,
        source.locate(['messages', i, 'content']),
      );
    }
    return { role: role as Role, content };
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

function parseResponseFormat(
  doc: Record<string, unknown>,
  source: YamlSource,
): PromptTemplate['responseFormat'] {
  const format = doc.responseFormat;
  if (format === undefined) return undefined;
  if (format === 'text' || format === 'json_object') return { type: format };
  if (format !== 'json_schema') {
    throw new UserError(
      `prompt ${source.file}: responseFormat: expected text, json_object or json_schema, got ${describe(format)}`,
      source.locate(['responseFormat']),
    );
  }
  const jsonSchema = parseJsonSchemaField(doc.jsonSchema, source);
  // GitHub wraps the schema as { name, schema, strict }; the check needs the schema itself.
  return { type: 'json_schema', schema: isPlainObject(jsonSchema.schema) ? jsonSchema.schema : jsonSchema };
}

function parseJsonSchemaField(value: unknown, source: YamlSource): Record<string, unknown> {
  const where = source.locate(['jsonSchema']);
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new UserError(
        `prompt ${source.file}: jsonSchema is not valid JSON: ${(error as Error).message}`,
        where,
      );
    }
  }
  if (!isPlainObject(parsed)) {
    throw new UserError(
      `prompt ${source.file}: responseFormat json_schema needs jsonSchema: { name, schema } (a JSON string or mapping), got ${describe(value)}`,
      where,
    );
  }
  return parsed;
}

function parseTestData(value: unknown, source: YamlSource): Case[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new UserError(
      `prompt ${source.file}: testData: expected a list of variable mappings, got ${describe(value)}`,
      source.locate(['testData']),
    );
  const name = basename(source.file);
  return value.map((row, i): Case => {
    const location = source.locate(['testData', i]);
    if (!isPlainObject(row))
      throw new UserError(
        `prompt ${source.file}: testData[${i}]: expected a mapping of variables, got ${describe(row)}`,
        location,
      );
    const expected = row.expected;
    return {
      id: `${name}#${i + 1}`,
      // gh models eval templates with every key, `expected` included.
      vars: { ...row },
      expected:
        expected === undefined
          ? undefined
          : typeof expected === 'string'
            ? expected
            : JSON.stringify(expected),
      source: location,
    };
  });
}

function parseEvaluators(value: unknown, source: YamlSource): CheckSpec[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new UserError(
      `prompt ${source.file}: evaluators: expected a list, got ${describe(value)}`,
      source.locate(['evaluators']),
    );
  return value.map((evaluator, i) => parseEvaluator(evaluator, i, source));
}

function parseEvaluator(evaluator: unknown, i: number, source: YamlSource): CheckSpec {
  const location = source.locate(['evaluators', i]);
  const fail = (expected: string): never => {
    throw new UserError(`prompt ${source.file}: evaluators[${i}]: expected ${expected}`, location);
  };
  if (!isPlainObject(evaluator)) return fail('a mapping with name and string, llm or uses');
  const label = typeof evaluator.name === 'string' ? evaluator.name : `evaluator ${i + 1}`;
  if (isPlainObject(evaluator.string)) {
    const kinds = STRING_EVALUATORS.filter(
      (kind) => typeof (evaluator.string as Record<string, unknown>)[kind] === 'string',
    );
    if (kinds.length === 0) return fail(`string: to have one of ${STRING_EVALUATORS.join(', ')}`);
    return { name: 'github-models', options: { label, ...evaluator.string }, source: location };
  }
  if (isPlainObject(evaluator.llm)) {
    return { name: 'judge-custom', options: { label, ...evaluator.llm }, source: location };
  }
  if (typeof evaluator.uses === 'string') {
    if (!BUILTIN_PREFIX.test(evaluator.uses))
      return fail(
        `uses: github/<evaluator> (similarity, coherence, fluency, relevance, groundedness), got "${evaluator.uses}"`,
      );
    return {
      name: 'judge-builtin',
      options: { label, evaluator: evaluator.uses.replace(BUILTIN_PREFIX, '') },
      // An unknown evaluator is reported at the `uses:` line that names it.
      source: source.locate(['evaluators', i, 'uses']),
    };
  }
  return fail('one of string, llm or uses');
}
