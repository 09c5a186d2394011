import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { compileSchema } from '../../src/checks/ajv.js';
import { PUBLISHED_SCHEMA_PATH, configSchema, publishedConfigSchema } from '../../src/config/schema.js';

const projectFile = (path: string): string => new URL(`../../${path}`, import.meta.url).pathname;
const published = JSON.parse(readFileSync(projectFile(PUBLISHED_SCHEMA_PATH), 'utf8')) as object;
const validatePublished = compileSchema(published);
const validateRuntime = compileSchema(configSchema);

const withChecks = (checks: string): unknown =>
  parse(`providers: { main: { model: m } }\nprompts:\n  - files: a.md\n    checks: ${checks}\n`);

describe('the published promptgate.schema.json', () => {
  it('is what src/config/schema.ts generates (else run `npm run build`)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(publishedConfigSchema())));
  });

  it.each([
    'fixtures/config/valid.yml',
    'fixtures/example/base/promptgate.yml',
    'fixtures/example/head/promptgate.yml',
  ])('accepts %s', (file) => {
    validatePublished(parse(readFileSync(projectFile(file), 'utf8')));
    expect(validatePublished.errors ?? []).toEqual([]);
  });

  it.each([
    ['an option of the wrong type', '[{ cost: { maxIncrease: ten percent } }]'],
    ['an unknown option', '[{ grounding: { minimum: 0.8 } }]'],
    ['an option out of range', '[{ latency: { p95MaxMs: -5 } }]'],
    ['an unknown check', '[{ contians: refund }]'],
    ['a check without its required value', '[{ contains: null }]'],
  ])('flags %s in the editor, which the loader leaves to the check', (_, checks) => {
    expect(validatePublished(withChecks(checks))).toBe(false);
    expect(validateRuntime(withChecks(checks))).toBe(true);
  });

  it.each(['[{ contains: refund }]', '[{ contains: [a, b] }]', '[{ pii: }]', '[{ pii: {} }]'])(
    'accepts the shorthand %s',
    (checks) => {
      validatePublished(withChecks(checks));
      expect(validatePublished.errors ?? []).toEqual([]);
    },
  );
});
