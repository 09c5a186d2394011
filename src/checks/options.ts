/** Check options: shared schema pieces, and validation of one check's options before any call. */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe } from '../config/check-spec.js';
import { didYouMean } from '../config/did-you-mean.js';
import { allowedKeys, displayPath, errorPath, expectedBy } from '../config/schema-errors.js';
import { UserError } from '../errors.js';
import type { CheckSpec } from '../types.js';
import { ajv } from './ajv.js';
import type { AnyCheckDefinition, OptionsSchema } from './types.js';

const PERCENT = /^\s*\d+(?:\.\d+)?\s*%\s*$/;

/** A share written as `"10%"` or `0.1`, with no upper bound (an increase may exceed 100%). */
export const FRACTION: OptionsSchema = {
  title: 'a percentage such as "10%" or a fraction such as 0.1',
  anyOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: PERCENT.source },
  ],
};

/** A share of answers, `"95%"` or `0.95`: at most all of them. */
export const SHARE: OptionsSchema = {
  title: 'a percentage such as "10%" or a fraction such as 0.1 between 0% and 100%',
  anyOf: [
    { type: 'number', minimum: 0, maximum: 1 },
    { type: 'string', pattern: /^\s*(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?)\s*%\s*$/.source },
  ],
};

/** A score pass mark, 0..1. */
export function minScore(fallback: number, what: string): OptionsSchema {
  return {
    type: 'number',
    minimum: 0,
    maximum: 1,
    default: fallback,
    title: 'a number from 0 to 1',
    description: `Pass mark: ${what} (default ${fallback}).`,
  };
}

/** A positive limit, e.g. milliseconds or US dollars. */
export function positive(description: string): OptionsSchema {
  return { type: 'number', exclusiveMinimum: 0, title: 'a positive number', description };
}

/** Options every per-answer check takes: how it is named in the report and its failure limits. */
const COMMON_OPTIONS: Record<string, OptionsSchema> = {
  label: { type: 'string', minLength: 1, description: 'Name of the check in the report.' },
  minPassRate: { ...SHARE, description: "Share of head's decided answers that must pass." },
  maxFailures: {
    type: 'integer',
    minimum: 0,
    title: 'a whole number of answers, 0 or more',
    description: 'Head answers that may fail.',
  },
};

/** The full schema of a check's options: its own, the common ones, nothing else. */
export function optionsSchema(definition: AnyCheckDefinition): OptionsSchema {
  const own = (definition.options.properties ?? {}) as Record<string, OptionsSchema>;
  return {
    ...definition.options,
    type: 'object',
    additionalProperties: false,
    properties: definition.needs?.run ? own : { ...COMMON_OPTIONS, ...own },
  };
}

/** A check's options that are wrong: the message says which, and `option` where they were written. */
export class CheckOptionError extends UserError {
  constructor(
    readonly problem: string,
    spec: CheckSpec,
    /** Path of the offending option inside the check's options, e.g. `['maxIncrease']`. */
    readonly option: (string | number)[] = [],
  ) {
    super(problem, spec.source);
  }
}

/** The error for one option the schema let through but the check cannot use. */
export function invalidOption(
  spec: CheckSpec,
  key: string,
  value: unknown,
  expected: string,
): CheckOptionError {
  return new CheckOptionError(`Invalid ${spec.name}.${key} ${show(value)}. Expected ${expected}.`, spec, [
    key,
  ]);
}

/** `"10%"` or `0.1` (already schema-checked) as 0.1. */
export function toFraction(value: number | string | undefined): number | undefined {
  return typeof value === 'string' ? parseFloat(value) / 100 : value;
}

const validators = new WeakMap<AnyCheckDefinition, ValidateFunction>();

/**
 * Validates `spec`'s options against its check's schema (defaults filled in a copy), then the
 * check's own `parse`; returns what the handler receives. Throws a `CheckOptionError`.
 */
export function parseOptions(definition: AnyCheckDefinition, spec: CheckSpec): unknown {
  let validate = validators.get(definition);
  if (!validate) {
    validate = ajv.compile(optionsSchema(definition));
    validators.set(definition, validate);
  }
  const options = structuredClone(spec.options);
  if (!validate(options)) throw schemaError(spec, validate.errors ?? []);
  return definition.parse ? definition.parse(options, spec) : options;
}

/** The options every per-answer check takes, parsed (`"95%"` read as 0.95). */
export interface CommonOptions {
  label?: string;
  minPassRate?: number;
  maxFailures?: number;
}

const validateCommon = ajv.compile({ type: 'object', properties: COMMON_OPTIONS });

/** Reads the options every check takes (the gate's failure limits), whatever else the spec holds. */
export function commonOptions(spec: CheckSpec): CommonOptions {
  const options = structuredClone(spec.options);
  if (!validateCommon(options)) throw schemaError(spec, validateCommon.errors ?? []);
  const { label, minPassRate, maxFailures } = options as CommonOptions & { minPassRate?: number | string };
  return { label, minPassRate: toFraction(minPassRate), maxFailures };
}

function schemaError(spec: CheckSpec, errors: ErrorObject[]): CheckOptionError {
  // An anyOf reports each branch at the same path, then itself: one line per path, the anyOf's if any.
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const path =
      error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${String(error.params.additionalProperty)}`
        : error.instancePath;
    const kept = byPath.get(path);
    if (!kept || error.keyword === 'anyOf') byPath.set(path, error);
  }
  const described = [...byPath.values()].map((error) => describeError(spec, error));
  return new CheckOptionError(described.map((d) => d.message).join(' '), spec, described[0]?.path);
}

function describeError(spec: CheckSpec, error: ErrorObject): { message: string; path: (string | number)[] } {
  const path = errorPath(error);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const allowed = allowedKeys(error);
    const suggestion = didYouMean(key, allowed);
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : `expected one of: ${allowed.join(', ') || '(none)'}.`;
    return { message: `Unknown option ${optionName(spec, [...path, key])}; ${hint}`, path: [...path, key] };
  }
  if (error.keyword === 'required') {
    const key = String(params.missingProperty);
    const property = ((error.parentSchema as OptionsSchema).properties as Record<string, OptionsSchema>)[key];
    const expected = typeof property?.title === 'string' ? property.title : 'a value';
    return { message: `Missing option ${optionName(spec, [...path, key])}. Expected ${expected}.`, path };
  }
  return {
    message: `Invalid ${optionName(spec, path)} ${show(error.data)}. Expected ${expectedBy(error)}.`,
    path,
  };
}

/** `cost.maxIncrease`, `contains.value[1]`, or `regex options` for the options as a whole. */
function optionName(spec: CheckSpec, path: (string | number)[]): string {
  return path.length === 0 ? `${spec.name} options` : displayPath(path, spec.name);
}

function show(value: unknown): string {
  return value === null ? 'null' : describe(value);
}
