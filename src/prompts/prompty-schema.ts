/** Prompty's `outputs:` and `tools:` as the chat completions API takes them: JSON Schemas and function tools. */
import { describe, isPlainObject } from '../config/check-spec.js';
import type { ResponseFormat, ToolDefinition } from '../types.js';
import type { PromptFields } from './fields.js';

type FieldPath = (string | number)[];
type Schema = Record<string, unknown>;

const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object'];
const PROPERTY_FIELDS = ['name', 'type', 'kind', 'description', 'enum', 'items', 'properties', 'required'];
const NOT_SENT = 'not part of a JSON Schema property, so not sent';

/**
 * `outputs:` as a strict `json_schema` response format named `outputs`: every output is required (one
 * written `required: false` may be null), and no other property is allowed.
 */
export function outputsFormat(outputs: unknown, fields: PromptFields): ResponseFormat {
  return {
    type: 'json_schema',
    name: 'outputs',
    strict: true,
    schema: strictObject(outputs, ['outputs'], fields),
  };
}

/** `tools:` (Prompty's own shape, or the API's `{ type: function, function }`) as function tools. */
export function promptyTools(tools: unknown, fields: PromptFields): ToolDefinition[] {
  // A list may hold API-shaped tools, which carry their name inside `function`.
  const entries: [string | undefined, unknown, FieldPath][] = Array.isArray(tools)
    ? tools.map((tool, i) => [undefined, tool, ['tools', i]])
    : fields.named(tools, ['tools'], 'tools');
  return entries.flatMap(([key, tool, path]) => {
    if (!isPlainObject(tool)) return fields.fail(path, `expected a tool mapping, got ${describe(tool)}`);
    if (isPlainObject(tool.function)) return [apiTool(tool, path, fields)];
    const name = tool.name ?? tool.id ?? key;
    if (typeof name !== 'string') return fields.fail(path, 'expected a tool with a name');
    const kind = tool.kind ?? tool.type ?? 'function';
    if (kind !== 'function') {
      fields.ignore(path, `a ${describe(kind)} tool runs in Prompty's agent runtime, not in a chat request`);
      return [];
    }
    fields.ignoreOthers(
      tool,
      path,
      ['name', 'id', 'kind', 'type', 'description', 'parameters'],
      'not a field of a function tool',
    );
    const parameters =
      isPlainObject(tool.parameters) && tool.parameters.type === 'object'
        ? tool.parameters
        : parametersSchema(tool.parameters ?? {}, [...path, 'parameters'], fields);
    return [
      {
        type: 'function',
        function: {
          name,
          ...(typeof tool.description === 'string' ? { description: tool.description } : {}),
          parameters,
        },
      },
    ];
  });
}

/** Tools already in the API's shape (`model.parameters.tools`, often a `${file:...}`). */
export function apiTools(tools: unknown, path: FieldPath, fields: PromptFields): ToolDefinition[] {
  if (!Array.isArray(tools)) return fields.fail(path, `expected a list of tools, got ${describe(tools)}`);
  return tools.map((tool, i) => apiTool(tool, [...path, i], fields));
}

function apiTool(tool: unknown, path: FieldPath, fields: PromptFields): ToolDefinition {
  const fn = isPlainObject(tool) ? tool.function : undefined;
  if (!isPlainObject(tool) || tool.type !== 'function' || !isPlainObject(fn) || typeof fn.name !== 'string')
    return fields.fail(
      path,
      'expected a tool { type: function, function: { name, description, parameters } }',
    );
  fields.ignoreOthers(tool, path, ['type', 'function'], 'not a field of a chat API tool');
  fields.ignoreOthers(
    fn,
    [...path, 'function'],
    ['name', 'description', 'parameters', 'strict'],
    'not a field of a chat API function',
  );
  if (fn.parameters !== undefined && !isPlainObject(fn.parameters))
    return fields.fail(
      [...path, 'function', 'parameters'],
      `expected a JSON Schema, got ${describe(fn.parameters)}`,
    );
  return {
    type: 'function',
    function: {
      name: fn.name,
      ...(typeof fn.description === 'string' ? { description: fn.description } : {}),
      ...(fn.parameters ? { parameters: fn.parameters } : {}),
      ...(typeof fn.strict === 'boolean' ? { strict: fn.strict } : {}),
    },
  };
}

/** A tool's parameters: optional unless written `required: true`, as Prompty's runtime reads them. */
function parametersSchema(parameters: unknown, path: FieldPath, fields: PromptFields): Schema {
  const entries = fields.named(parameters, path, 'parameters');
  return {
    type: 'object',
    properties: Object.fromEntries(
      entries.map(([name, spec, at]) => [name, propertySchema(spec, at, fields)]),
    ),
    required: entries
      .filter(([, spec]) => isPlainObject(spec) && spec.required === true)
      .map(([name]) => name),
  };
}

/** An object whose properties are all required, as OpenAI's strict mode requires; `required: false` makes one nullable. */
function strictObject(properties: unknown, path: FieldPath, fields: PromptFields): Schema {
  const entries = fields.named(properties, path, 'properties');
  return {
    type: 'object',
    properties: Object.fromEntries(
      entries.map(([name, spec, at]) => {
        const schema = propertySchema(spec, at, fields, true);
        const optional = isPlainObject(spec) && spec.required === false;
        return [name, optional ? { ...schema, type: [schema.type, 'null'] } : schema];
      }),
    ),
    required: entries.map(([name]) => name),
    additionalProperties: false,
  };
}

/** One property: its `type` (or `kind`), description, enum, and the items or properties of a list or object. */
function propertySchema(spec: unknown, path: FieldPath, fields: PromptFields, strict = false): Schema {
  // A bare value stands for a property of its own type, as in Prompty's loader.
  if (!isPlainObject(spec)) return { type: jsonType(spec) };
  fields.ignoreOthers(spec, path, PROPERTY_FIELDS, NOT_SENT);
  const type = spec.type ?? spec.kind;
  if (typeof type !== 'string' || !TYPES.includes(type))
    return fields.fail(
      [...path, spec.type === undefined ? 'kind' : 'type'],
      `expected one of ${TYPES.join(', ')}, got ${describe(type)}`,
    );
  const schema: Schema = { type };
  if (typeof spec.description === 'string') schema.description = spec.description;
  if (Array.isArray(spec.enum)) schema.enum = spec.enum;
  if (type === 'array') {
    if (spec.items === undefined)
      return fields.fail([...path, 'items'], 'expected the type of the list items');
    schema.items = propertySchema(spec.items, [...path, 'items'], fields, strict);
  }
  if (type === 'object' && spec.properties !== undefined) {
    const nested = strict
      ? strictObject(spec.properties, [...path, 'properties'], fields)
      : parametersSchema(spec.properties, [...path, 'properties'], fields);
    Object.assign(schema, nested);
  }
  return schema;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
}
