import type { ErrorObject } from 'ajv';
import { compileSchema } from '../checks/ajv.js';
import { assertKnownCheck } from '../checks/names.js';
import { CheckOptionError } from '../checks/options.js';
import { JUDGE_CHECKS } from '../checks/registry.js';
import { UserError, formatLocation } from '../errors.js';
import type { CheckSpec, Config, GateConfig, PromptGroupConfig, SourceLocation } from '../types.js';
import { isPlainObject, parseCheckItem } from './check-spec.js';
import { didYouMean } from './did-you-mean.js';
import { checkRepoPath } from './repo-path.js';
import { allowedKeys, displayPath, errorPath, expectedBy, showValue } from './schema-errors.js';
import { DEFAULT_PROMPT_FILES, configSchema, type RawConfig } from './schema.js';
import { isGitHubModelsId, isInferenceUrl } from '../providers/github-models-endpoints.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** The gate policy a config gets for every key it leaves out. */
export const GATE_DEFAULTS: GateConfig = {
  significance: 0.05,
  failOn: ['regression', 'threshold', 'error'],
  minEffect: 0.05,
  noSecretsConclusion: 'neutral',
  errorTolerance: 0.1,
  seed: 1,
  fallbacks: 'off',
  candidates: [],
};

/** The provider a prompt group uses when it names none. */
const DEFAULT_PROVIDER = 'main';

interface ConfigError {
  location: SourceLocation;
  message: string;
}

/** Validates and defaults config text; every problem is reported at once, one line each. */
export function parseConfig(text: string, displayPath: string): Config {
  const source = parseYamlSource(text, displayPath);
  if (source.value === null || source.value === undefined) {
    throw new UserError('config is empty; expected at least `providers:` and `prompts:`', {
      file: displayPath,
      line: 1,
      column: 1,
    });
  }
  const validate = compileSchema(configSchema);
  const schemaErrors = validate(source.value) ? [] : describeSchemaErrors(validate.errors ?? [], source);
  const checks = readChecks(source);
  throwIfAny([
    ...schemaErrors,
    ...checkReferences(source),
    ...checkKeyVariables(source),
    ...checkGitHubModelsEntries(source),
    ...checkPaths(source),
    ...checkPromptsListedOnce(source),
    ...checks.errors,
  ]);
  return applyDefaults(source.value as RawConfig, source, checks.specs);
}

function throwIfAny(errors: ConfigError[]): void {
  if (errors.length === 0) return;
  const sorted = [...errors].sort(
    (a, b) => a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0),
  );
  const [first, ...rest] = sorted;
  const lines = [first.message, ...rest.map((e) => `${formatLocation(e.location)}: ${e.message}`)];
  throw new UserError(lines.join('\n'), first.location);
}

// ---------------------------------------------------------------- schema errors

function describeSchemaErrors(errors: ErrorObject[], source: YamlSource): ConfigError[] {
  const seen = new Set<string>();
  const described: ConfigError[] = [];
  // "promts" is reported as a typo of "prompts"; saying "prompts" is missing too would be noise.
  const typoFixes = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties').map((e) => typoKey(e)),
  );
  for (const error of errors) {
    if (
      error.keyword === 'required' &&
      typoFixes.has(`${error.instancePath}/${String(error.params.missingProperty)}`)
    )
      continue;
    const item = describeSchemaError(error, source);
    const key = `${formatLocation(item.location)} ${item.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      described.push(item);
    }
  }
  return described;
}

function typoKey(error: ErrorObject): string {
  const suggestion = didYouMean(String(error.params.additionalProperty), allowedKeys(error));
  return `${error.instancePath}/${suggestion ?? ''}`;
}

function describeSchemaError(error: ErrorObject, source: YamlSource): ConfigError {
  const path = errorPath(error);
  const where = displayPath(path);
  const got = showValue(valueAt(source.value, path));
  const params = error.params as Record<string, unknown>;
  const at = (message: string): ConfigError => ({ location: source.locate(path), message });
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const suggestion = didYouMean(key, allowed);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of: ${allowed.join(', ')}`;
      return {
        location: source.locate([...path, key], 'key'),
        message: `${where ? `${where}: ` : ''}unknown key "${key}"; ${hint}`,
      };
    }
    case 'required':
      return {
        location: source.locate(path, 'key'),
        message: `${where || 'config'}: missing required key "${String(params.missingProperty)}"`,
      };
    case 'minProperties':
    case 'maxProperties':
      return at(checkItemOrCount(where, error, valueAt(source.value, path)));
    case 'minItems':
      return at(`${where}: expected at least ${String(params.limit)} item(s), got none`);
    case 'pattern':
      return at(`${where}: ${got} is not a valid name (expected to match ${String(params.pattern)})`);
    case 'propertyNames':
      return {
        location: source.locate([...path, String(params.propertyName)], 'key'),
        message: `${where}: invalid name "${String(params.propertyName)}"; expected letters, digits, _ or -`,
      };
    default:
      return at(`${where || 'config'}: expected ${expectedBy(error)}, got ${got}`);
  }
}

function checkItemOrCount(where: string, error: ErrorObject, value: unknown): string {
  if (/\/checks\/\d+$/.test(error.instancePath)) {
    const keys = Object.keys((value as object) ?? {});
    return `${where}: expected exactly one check name per item (e.g. "- contains: refund"), got ${keys.length === 0 ? 'none' : keys.join(', ')}`;
  }
  const limit = (error.params as { limit: number }).limit;
  return `${where}: expected at least ${limit} entr${limit === 1 ? 'y' : 'ies'}`;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, part) => (node as Record<string | number, unknown> | undefined)?.[part],
    root,
  );
}

// ---------------------------------------------------------------- defaults

function applyDefaults(raw: RawConfig, source: YamlSource, checks: CheckSpec[][]): Config {
  const providers = Object.fromEntries(
    Object.entries(raw.providers).map(([id, provider]) => [
      id,
      { id, ...provider, source: source.locate(['providers', id, 'model']) },
    ]),
  );
  const names = Object.keys(providers);
  const defaultProvider = names.includes(DEFAULT_PROVIDER) ? DEFAULT_PROVIDER : names[0];
  return {
    file: source.file,
    providers,
    judge: raw.judge,
    prompts: raw.prompts.map((group, i): PromptGroupConfig => ({
      files: toPaths(group.files ?? DEFAULT_PROMPT_FILES),
      datasets: toPaths(group.datasets),
      adversarial: toList(group.adversarial),
      repeats: group.repeats ?? 1,
      checks: checks[i] ?? [],
      provider: group.provider ?? defaultProvider,
      dependsOn: toPaths(group.dependsOn),
      source: source.locate(['prompts', i]),
    })),
    gate: { ...GATE_DEFAULTS, ...raw.gate },
    budget: { ...raw.budget },
    traffic: { ...raw.traffic },
    cache: { enabled: raw.cache?.enabled ?? true, dir: toPath(raw.cache?.dir ?? '.promptgate-cache') },
    cassettes: {
      dir: toPath(raw.cassettes?.dir ?? '.promptgate/cassettes'),
      mode: raw.cassettes?.mode ?? 'auto',
    },
    concurrency: raw.concurrency ?? 8,
  };
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Paths were checked by `checkPaths`; this is their normalised form (`./a//b` -> `a/b`). */
function toPath(path: string): string {
  const checked = checkRepoPath(path);
  return 'path' in checked ? checked.path : path;
}

function toPaths(value: string | string[] | undefined): string[] {
  return toList(value).map(toPath);
}

// ---------------------------------------------------------------- paths and key variables

/** Every path and glob the config names stays inside the repository: no `..`, absolute path or `.git/`. */
function checkPaths(source: YamlSource): ConfigError[] {
  const raw = source.value as Partial<Record<string, unknown>>;
  const paths: Array<{ value: unknown; path: (string | number)[] }> = [];
  const prompts = Array.isArray(raw.prompts) ? raw.prompts : [];
  prompts.forEach((group, i) => {
    if (!isPlainObject(group)) return;
    for (const key of ['files', 'datasets', 'dependsOn']) {
      const value = group[key];
      if (Array.isArray(value))
        value.forEach((item, j) => paths.push({ value: item, path: ['prompts', i, key, j] }));
      else paths.push({ value, path: ['prompts', i, key] });
    }
  });
  for (const section of ['cache', 'cassettes']) {
    const value = raw[section];
    if (isPlainObject(value)) paths.push({ value: value.dir, path: [section, 'dir'] });
  }
  return paths.flatMap(({ value, path }) => {
    if (typeof value !== 'string') return [];
    const checked = checkRepoPath(value);
    return 'problem' in checked
      ? [{ location: source.locate(path), message: `${displayPath(path)}: ${checked.problem}` }]
      : [];
  });
}

/**
 * GitHub's and the runner's own variables (`GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, inputs) are
 * never an API key: naming one would send it to the provider. Case-insensitive, as Windows is.
 */
const RUNNER_VARIABLE = /^(?:GITHUB|ACTIONS|RUNNER|INPUT)_/i;

function checkKeyVariables(source: YamlSource): ConfigError[] {
  const raw = source.value as Partial<Record<string, unknown>>;
  const providers = isPlainObject(raw.providers) ? raw.providers : {};
  return Object.entries(providers).flatMap(([id, provider]) => {
    const name = isPlainObject(provider) ? provider.apiKeyEnv : undefined;
    if (typeof name !== 'string' || !RUNNER_VARIABLE.test(name)) return [];
    const path = ['providers', id, 'apiKeyEnv'];
    return [
      {
        location: source.locate(path),
        message: `${displayPath(path)}: ${name} is one of GitHub's or the runner's own variables (GITHUB_*, ACTIONS_*, RUNNER_*, INPUT_*), never an API key; expected the variable that holds the provider's key, e.g. OPENAI_API_KEY`,
      },
    ];
  });
}

// ---------------------------------------------------------------- GitHub Models entries

/** Keys that mean something only to a GitHub Models entry. */
const GITHUB_MODELS_KEYS = ['org', 'billing'] as const;

/**
 * A GitHub Models entry names its model as the catalog does (`publisher/name`) and its endpoint as
 * an inference URL (the catalog and organization URLs are derived from it); its own keys are
 * refused on any other entry, where they would silently do nothing.
 */
function checkGitHubModelsEntries(source: YamlSource): ConfigError[] {
  const raw = source.value as Partial<Record<string, unknown>>;
  const providers = isPlainObject(raw.providers) ? raw.providers : {};
  return Object.entries(providers).flatMap(([id, entry]): ConfigError[] => {
    if (!isPlainObject(entry)) return [];
    const at = (key: string, message: string): ConfigError => {
      const path = ['providers', id, key];
      return { location: source.locate(path), message: `${displayPath(path)}: ${message}` };
    };
    if (entry.type !== 'github-models')
      return GITHUB_MODELS_KEYS.filter((key) => entry[key] !== undefined).map((key) =>
        at(
          key,
          `${key} is for GitHub Models only; expected \`type: github-models\` on this entry, or no ${key}`,
        ),
      );
    const errors: ConfigError[] = [];
    if (typeof entry.model === 'string' && !isGitHubModelsId(entry.model))
      errors.push(
        at(
          'model',
          `${JSON.stringify(entry.model)} is not a GitHub Models id; expected publisher/name, e.g. openai/gpt-4o-mini`,
        ),
      );
    if (typeof entry.baseURL === 'string' && !isInferenceUrl(entry.baseURL))
      errors.push(
        at(
          'baseURL',
          `${JSON.stringify(entry.baseURL)} is not a GitHub Models inference URL; expected an http(s) URL ending in /inference, e.g. https://models.github.ai/inference`,
        ),
      );
    return errors;
  });
}

// ---------------------------------------------------------------- prompts listed twice

/**
 * A prompt file (or glob) listed in two groups, or twice in one: which group's datasets and checks
 * gate it would be a silent guess. Compared as `checkRepoPath` normalises them (`./a` is `a`).
 */
function checkPromptsListedOnce(source: YamlSource): ConfigError[] {
  const raw = source.value as Partial<Record<string, unknown>>;
  const prompts = Array.isArray(raw.prompts) ? raw.prompts : [];
  const first = new Map<string, (string | number)[]>();
  const errors: ConfigError[] = [];
  prompts.forEach((group, i) => {
    const written = isPlainObject(group) ? group.files : undefined;
    // An entry that names no files gates the default ones: two such entries would gate them twice.
    const files = written ?? DEFAULT_PROMPT_FILES;
    const at = (j: number): (string | number)[] =>
      written === undefined ? ['prompts', i] : ['prompts', i, 'files', j];
    const entries: Array<[unknown, (string | number)[]]> = Array.isArray(files)
      ? files.map((file, j) => [file, at(j)])
      : [[files, ['prompts', i, 'files']]];
    for (const [file, path] of entries) {
      if (typeof file !== 'string') continue;
      const checked = checkRepoPath(file);
      const key = 'path' in checked ? checked.path : file;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, path);
        continue;
      }
      errors.push({
        location: source.locate(path),
        message: `${displayPath(path)}: ${JSON.stringify(file)} is already listed at ${formatLocation(source.locate(earlier))} (${displayPath(earlier)}); expected each prompt file in one group only`,
      });
    }
  });
  return errors;
}

// ---------------------------------------------------------------- references

/** Provider names used by `judge`, `fallback`, `gate.candidates` and `prompts[].provider` must exist; checked on the raw value so they join schema errors. */
function checkReferences(source: YamlSource): ConfigError[] {
  const raw = source.value as Partial<Record<string, unknown>>;
  const providers = isPlainObject(raw.providers) ? raw.providers : {};
  const names = Object.keys(providers);
  const errors: ConfigError[] = [];
  const expectProvider = (name: unknown, path: (string | number)[]): void => {
    if (typeof name !== 'string' || names.includes(name)) return;
    const suggestion = didYouMean(name, names);
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : `expected one of: ${names.join(', ') || '(no providers defined)'}`;
    errors.push({
      location: source.locate(path),
      message: `${displayPath(path)}: unknown provider "${name}"; ${hint}`,
    });
  };
  expectProvider(raw.judge, ['judge']);
  const gate = isPlainObject(raw.gate) && Array.isArray(raw.gate.candidates) ? raw.gate.candidates : [];
  gate.forEach((name, i) => expectProvider(name, ['gate', 'candidates', i]));
  for (const [id, provider] of Object.entries(providers)) {
    const fallback = isPlainObject(provider) && Array.isArray(provider.fallback) ? provider.fallback : [];
    fallback.forEach((name, i) => expectProvider(name, ['providers', id, 'fallback', i]));
  }
  const prompts = Array.isArray(raw.prompts) ? raw.prompts : [];
  prompts.forEach((group, i) =>
    expectProvider(isPlainObject(group) ? group.provider : undefined, ['prompts', i, 'provider']),
  );
  return errors;
}

// ---------------------------------------------------------------- checks

/**
 * Every check of every prompt group, validated (name and options) before any provider call, with
 * its options parsed. Items the schema rejects (not one key) are left to the schema's errors.
 */
function readChecks(source: YamlSource): { specs: CheckSpec[][]; errors: ConfigError[] } {
  const raw = source.value as Partial<Record<string, unknown>>;
  const errors: ConfigError[] = [];
  const groups = Array.isArray(raw.prompts) ? raw.prompts : [];
  const specs = groups.map((group, i) => {
    const items = isPlainObject(group) && Array.isArray(group.checks) ? group.checks : [];
    return items.flatMap((item: unknown, j): CheckSpec[] => {
      const path = ['prompts', i, 'checks', j];
      if (!isPlainObject(item) || Object.keys(item).length !== 1) return [];
      // Without a source the errors carry no location: each is located at the option it names.
      const spec = parseCheckItem(item, displayPath(path), undefined);
      try {
        assertKnownCheck(spec);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        const option = error instanceof CheckOptionError ? error.option : [];
        errors.push({ location: source.locate([...path, spec.name, ...option]), message: error.message });
      }
      if (JUDGE_CHECKS.has(spec.name) && raw.judge === undefined)
        errors.push({
          location: source.locate(path),
          message: `${displayPath(path)}: check ${spec.name} needs a judge model: set \`judge:\` to one of the providers`,
        });
      return [{ ...spec, source: source.locate(path) }];
    });
  });
  return { specs, errors };
}
