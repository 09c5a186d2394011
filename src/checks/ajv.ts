/** The one ajv instance of the checks: option schemas, `json-schema` schemas and judge replies. */
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Both are CommonJS: under NodeNext their default exports arrive as the module objects.
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/**
 * `allErrors` so a reason can list every problem; `useDefaults` fills check options' defaults;
 * `verbose` keeps each error's schema, whose `title` words what was expected.
 */
export const ajv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: true, verbose: true }));

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once per schema object; throws ajv's error for an invalid schema. */
export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
