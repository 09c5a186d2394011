import type { ValidateFunction } from 'ajv';
import { compileSchema } from './ajv.js';
import { parseJsonOutput } from './json-valid.js';
import { invalidOption } from './options.js';
import { defineCheck } from './types.js';

/** How many schema errors a reason lists; the rest are counted. */
const MAX_REASONS = 3;

/** The answer is JSON that satisfies a JSON Schema, given inline as `schema`. */
export const jsonSchema = defineCheck<{ schema: object }, ValidateFunction>({
  name: 'json-schema',
  description: 'the answer is JSON that satisfies a JSON Schema',
  options: {
    required: ['schema'],
    properties: {
      schema: { type: 'object', title: 'a JSON Schema object, e.g. { type: object, required: [answer] }' },
    },
  },
  safety: true,
  parse(options, spec) {
    try {
      return compileSchema(options.schema);
    } catch (error) {
      throw invalidOption(
        spec,
        'schema',
        options.schema,
        `a valid JSON Schema (${(error as Error).message})`,
      );
    }
  },
  handler(ctx, validate) {
    const parsed = parseJsonOutput(ctx.output);
    if (!parsed.ok) return { pass: false, score: 0, reason: `output is not valid JSON: ${parsed.error}` };
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
  },
});
