import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { UserError } from '../errors.js';
import { parseJsonOutput } from './json-valid.js';
import type { Check } from './types.js';

// Both are CommonJS: under NodeNext their default exports arrive as the module objects.
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** How many schema errors a reason lists; the rest are counted. */
const MAX_REASONS = 3;

// Built on first use: creating it when the module loads would slow the action's start-up.
let ajv: InstanceType<typeof Ajv> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The answer is JSON that satisfies a JSON Schema. Options: `{ schema }`; a `{ file }` must be
 * read by the caller into `schema` before scoring.
 */
export const jsonSchema: Check = (ctx, options) => {
  const schema = options.schema;
  if (typeof schema !== 'object' || schema === null) {
    const hint = typeof options.file === 'string' ? ` (the schema file ${options.file} was not loaded)` : '';
    return { pass: false, score: 0, error: true, reason: `json-schema needs a schema object${hint}` };
  }
  const parsed = parseJsonOutput(ctx.output);
  if (!parsed.ok) return { pass: false, score: 0, reason: `output is not valid JSON: ${parsed.error}` };
  const validate = compile(schema);
  if (validate(parsed.value)) return { pass: true, score: 1, reason: 'output matches the JSON schema' };
  const errors = validate.errors ?? [];
  const listed = errors
    .slice(0, MAX_REASONS)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  const more = errors.length > MAX_REASONS ? ` (and ${errors.length - MAX_REASONS} more)` : '';
  return {
    pass: false,
    score: 0,
    reason: `output does not match the JSON schema: ${listed.join('; ')}${more}`,
  };
};

function compile(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    try {
      ajv ??= addFormats(new Ajv({ allErrors: true, strict: false }));
      validate = ajv.compile(schema);
    } catch (error) {
      throw new UserError(`check json-schema: the schema is invalid: ${(error as Error).message}`);
    }
    compiled.set(schema, validate);
  }
  return validate;
}
