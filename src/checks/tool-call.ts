import type { ValidateFunction } from 'ajv';
import { isDeepStrictEqual } from 'node:util';
import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import type { Case, ToolCall } from '../types.js';
import { compileSchema } from './ajv.js';
import { invalidOption } from './options.js';
import { defineCheck } from './types.js';

interface Options {
  name?: string;
  arguments?: object;
  values?: Record<string, unknown>;
}

interface Parsed extends Omit<Options, 'arguments'> {
  validate?: ValidateFunction;
}

/**
 * The answer called a tool: with `name`, that function; with `arguments`, arguments that satisfy a
 * JSON Schema; with `values`, arguments holding those values (`{{var}}` filled from the case). One
 * call that meets every condition passes; an answer in text only fails.
 */
export const toolCall = defineCheck<Options, Parsed>({
  name: 'tool-call',
  description: 'the answer called a tool, by name, with arguments that satisfy a schema or hold given values',
  options: {
    properties: {
      name: { type: 'string', minLength: 1, title: 'the function name, e.g. name: weather_forecast' },
      arguments: { type: 'object', title: 'a JSON Schema the arguments must satisfy' },
      values: { type: 'object', title: 'argument values the call must hold, e.g. { place: "{{city}}" }' },
    },
  },
  parse(options, spec) {
    if (options.arguments === undefined) return { name: options.name, values: options.values };
    try {
      return { name: options.name, values: options.values, validate: compileSchema(options.arguments) };
    } catch (error) {
      throw invalidOption(
        spec,
        'arguments',
        options.arguments,
        `a valid JSON Schema (${(error as Error).message})`,
      );
    }
  },
  handler(ctx, options) {
    const calls = ctx.record.toolCalls ?? [];
    if (calls.length === 0)
      return {
        pass: false,
        score: 0,
        reason: `the answer called no tool (it answered ${describe(ctx.output)})`,
      };
    const named = options.name === undefined ? calls : calls.filter((call) => call.name === options.name);
    if (named.length === 0)
      return {
        pass: false,
        score: 0,
        reason: `the answer called ${calls.map((call) => call.name).join(', ')}, not ${options.name}`,
      };
    const problems = named.map((call) => argumentProblem(call, options, ctx.case));
    const fits = problems.findIndex((problem) => problem === undefined);
    if (fits >= 0)
      return { pass: true, score: 1, reason: `the answer called ${named[fits].name} as expected` };
    return { pass: false, score: 0, reason: `${named[0].name} was called, but ${problems[0]}` };
  },
});

/** Why a call's arguments miss the check's conditions, or undefined when they meet them. */
function argumentProblem(call: ToolCall, options: Parsed, testCase: Case): string | undefined {
  if (!options.validate && !options.values) return undefined;
  let args: unknown;
  try {
    args = JSON.parse(call.arguments);
  } catch {
    return `its arguments are not JSON: ${describe(call.arguments)}`;
  }
  if (options.validate && !options.validate(args)) {
    const error = options.validate.errors?.[0];
    return `its arguments do not satisfy the schema: ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`;
  }
  for (const [key, written] of Object.entries(options.values ?? {})) {
    const expected = typeof written === 'string' ? renderCaseText(written, testCase) : written;
    const actual = (args as Record<string, unknown> | null)?.[key];
    if (!isDeepStrictEqual(actual, expected))
      return `argument ${key} is ${describe(actual)}, not ${describe(expected)}`;
  }
  return undefined;
}
