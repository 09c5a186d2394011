import type { ErrorObject } from 'ajv';
import { describe } from './check-spec.js';

/** A path into a validated value: keys and list indexes. */
export type ValuePath = (string | number)[];

/** The path an ajv error points at (`/prompts/0/repeats` as `['prompts', 0, 'repeats']`). */
export function errorPath(error: ErrorObject): ValuePath {
  if (error.instancePath === '') return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `prompts[0].checks[1]`, or `cost.maxIncrease` under a `root` name: the path as a reader writes it. */
export function displayPath(path: ValuePath, root = ''): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    root,
  );
}

/** The keys the failing object's schema allows (for a did-you-mean). */
export function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return Object.keys(properties ?? {});
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing',
};

/** What the schema expected where `error` points, in words: `a number >= 1`, `one of a, b`. */
export function expectedBy(error: ErrorObject): string {
  // A value's schema may say in its title what it expects; the document's title is only its name.
  const title = (error.parentSchema as { title?: unknown } | undefined)?.title;
  if (typeof title === 'string' && error.instancePath !== '') return title;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ');
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `a number ${String(params.comparison)} ${String(params.limit)}`;
    case 'minLength':
      return 'a non-empty string';
    case 'minItems':
      return `at least ${String(params.limit)} item(s)`;
    default:
      return error.message ?? 'a valid value';
  }
}

/** A value as an error message shows it: `"3"`, `a list`, `null (an empty value)`. */
export function showValue(value: unknown): string {
  return value === null ? 'null (an empty value)' : describe(value);
}
