import { describe, isPlainObject } from '../config/check-spec.js';
import type { ResponseFormat } from '../types.js';
import type { PromptFields } from './fields.js';

type FieldPath = (string | number)[];

/** The chat API's `response_format` as a file writes it: `text`, `json_object`, or `{ type: json_schema, json_schema }`. */
export function readResponseFormat(format: unknown, path: FieldPath, fields: PromptFields): ResponseFormat {
  const type = isPlainObject(format) ? format.type : format;
  if (type === 'text' || type === 'json_object') return { type };
  if (type !== 'json_schema' || !isPlainObject(format))
    return fields.fail(
      path,
      `expected text, json_object or { type: json_schema, json_schema: { name, schema } }, got ${describe(format)}`,
    );
  fields.ignoreOthers(format, path, ['type', 'json_schema'], 'not a field of a response format');
  return jsonSchemaFormat(format.json_schema, [...path, 'json_schema'], fields);
}

/** A `json_schema` response format from its wrapper `{ name, schema, strict?, description? }`, all four kept. */
export function jsonSchemaFormat(wrapper: unknown, path: FieldPath, fields: PromptFields): ResponseFormat {
  if (!isPlainObject(wrapper) || typeof wrapper.name !== 'string' || !isPlainObject(wrapper.schema))
    return fields.fail(
      path,
      `expected { name, schema } with optional strict and description, got ${describe(wrapper)}`,
    );
  if (wrapper.strict !== undefined && typeof wrapper.strict !== 'boolean')
    return fields.fail([...path, 'strict'], `expected true or false, got ${describe(wrapper.strict)}`);
  fields.ignoreOthers(
    wrapper,
    path,
    ['name', 'schema', 'strict', 'description'],
    'not a field of a JSON Schema response format',
  );
  return {
    type: 'json_schema',
    name: wrapper.name,
    schema: wrapper.schema,
    ...(wrapper.strict !== undefined ? { strict: wrapper.strict } : {}),
    ...(typeof wrapper.description === 'string' ? { description: wrapper.description } : {}),
  };
}
