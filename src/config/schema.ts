/**
 * The shape of `promptgate.yml`, written once: the JSON Schema the loader validates against, the
 * raw config type derived from it, and the schema published for editors (`npm run build` writes it).
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { optionsSchema } from '../checks/options.js';
import { CHECK_NAMES, findCheck } from '../checks/registry.js';
import type { OptionsSchema } from '../checks/types.js';
import { MAX_CONCURRENCY, MAX_REPEATS, MAX_RETRIES, MAX_TIMEOUT_MS } from '../limits.js';

/** The prompt files a `prompts:` entry gates when it names none: GitHub Models and Prompty files anywhere. */
export const DEFAULT_PROMPT_FILES = ['**/*.prompt.yml', '**/*.prompt.yaml', '**/*.prompty'];

/** Where the build writes the published schema; fixtures and the README point at it. */
export const PUBLISHED_SCHEMA_PATH = 'schema/promptgate.schema.json';

const stringOrList = {
  type: ['string', 'array'],
  items: { type: 'string' },
} as const satisfies JSONSchema;

const provider = {
  type: 'object',
  description:
    'An OpenAI-compatible chat endpoint (OpenAI, Azure, Ollama, vLLM, OpenRouter, ...), or GitHub Models.',
  additionalProperties: false,
  required: ['model'],
  properties: {
    type: {
      type: 'string',
      enum: ['openai', 'github-models'],
      description:
        'openai (default): any OpenAI-compatible endpoint, with an API key. github-models: GitHub Models with the workflow token (the github-token input; GITHUB_TOKEN for the CLI), no secret to set up.',
    },
    model: {
      type: 'string',
      minLength: 1,
      description:
        'Pinned model name, e.g. gpt-4o-mini-2024-07-18; for GitHub Models publisher/name, e.g. openai/gpt-4o-mini.',
    },
    baseURL: {
      type: 'string',
      description:
        'Base URL of the API (default https://api.openai.com/v1; for GitHub Models https://models.github.ai/inference).',
    },
    apiKeyEnv: {
      type: 'string',
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      description:
        'Environment variable that holds the API key (default OPENAI_API_KEY; GitHub Models: the workflow token unless set).',
    },
    org: {
      type: 'string',
      pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$',
      description:
        'GitHub Models only: attribute (and bill) the calls to this organization (/orgs/{org}/inference).',
    },
    billing: {
      type: 'string',
      enum: ['free', 'paid'],
      description:
        "GitHub Models only: free (default): the free tier, no charge and its published limits; paid: the account opted in to paid usage, priced by GitHub's token-unit table.",
    },
    limits: {
      type: 'object',
      description:
        "The account's rate limits for this entry's model, where the provider states none on its answers (x-ratelimit-limit-* headers). GitHub Models: over the published free-tier figures for its tier (Copilot Business and Enterprise allow more). Calls are paced to requestsPerMinute; the load headroom report holds traffic against all three.",
      additionalProperties: false,
      properties: {
        requestsPerMinute: { type: 'integer', minimum: 1, description: 'Requests per minute.' },
        tokensPerMinute: {
          type: 'integer',
          minimum: 1,
          description: 'Tokens (input and output) per minute.',
        },
        requestsPerDay: {
          type: 'integer',
          minimum: 1,
          description: 'Requests per day (GitHub Models: a plan that passes it stops before any call).',
        },
      },
    },
    parameters: {
      type: 'object',
      description: 'Default request parameters: temperature, max_tokens, top_p, seed, ...',
    },
    fallback: {
      type: 'array',
      items: { type: 'string' },
      description: 'Providers to try, in order, when this one keeps failing.',
    },
    timeoutMs: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_TIMEOUT_MS,
      description: `Per-call timeout in milliseconds (at most ${MAX_TIMEOUT_MS}).`,
    },
    maxRetries: {
      type: 'integer',
      minimum: 0,
      maximum: MAX_RETRIES,
      description: `Retries per call on transient errors (at most ${MAX_RETRIES}).`,
    },
    concurrency: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_CONCURRENCY,
      description: `Calls in flight at once to this provider (at most ${MAX_CONCURRENCY}; GitHub Models: its tier's concurrent requests unless set).`,
    },
    stream: { type: 'boolean', description: 'Stream answers to measure time to first token.' },
    price: {
      type: 'object',
      description: 'USD per million tokens; overrides the price table for this model.',
      additionalProperties: false,
      required: ['input', 'output'],
      properties: {
        input: { type: 'number', minimum: 0, description: 'USD per million input tokens.' },
        output: { type: 'number', minimum: 0, description: 'USD per million output tokens.' },
        cachedInput: { type: 'number', minimum: 0, description: 'USD per million cached input tokens.' },
        reasoning: { type: 'number', minimum: 0, description: 'USD per million reasoning tokens.' },
      },
    },
  },
} as const satisfies JSONSchema;

// Loose on purpose: a check's name and options are validated by its own definition
// (`assertKnownCheck`), whose messages say more than a schema error would.
const checkItem = {
  type: 'object',
  description: 'One check: its name as the only key, and its options (or a single value) as the value.',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: {
    type: ['string', 'number', 'boolean', 'object', 'array', 'null'],
    description: 'Options of the check, or its single value.',
  },
} as const satisfies JSONSchema;

const promptGroup = {
  type: 'object',
  description: 'Prompt files replayed on the same datasets and scored by the same checks.',
  additionalProperties: false,
  properties: {
    files: {
      ...stringOrList,
      description: `Globs of prompt files: *.prompt.yml, *.prompty, *.md or *.txt templates (default ${DEFAULT_PROMPT_FILES.join(', ')}).`,
    },
    datasets: {
      ...stringOrList,
      description: 'Dataset files (JSONL, CSV, YAML) replayed against each prompt.',
    },
    adversarial: {
      ...stringOrList,
      description: 'Built-in adversarial suites generated from the dataset cases, e.g. typos, injection.',
    },
    repeats: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_REPEATS,
      description: `Times each case is replayed per version (default 1, at most ${MAX_REPEATS}).`,
    },
    provider: {
      type: 'string',
      description: 'Provider that runs these prompts (default main, else the first).',
    },
    dependsOn: {
      ...stringOrList,
      description: 'Globs of files (schemas, partials) whose change re-runs these prompts.',
    },
    checks: {
      type: 'array',
      description: 'Checks scored on every answer, each a single-key item such as `contains: refund policy`.',
      items: checkItem,
    },
  },
} as const satisfies JSONSchema;

/** The JSON Schema of `promptgate.yml` as the loader validates it. */
export const configSchema = {
  title: 'promptgate.yml',
  description:
    'Promptgate configuration: which prompts to gate, the datasets they are replayed on, the checks that score each answer, and the providers that run them.',
  type: 'object',
  additionalProperties: false,
  required: ['providers', 'prompts'],
  properties: {
    $schema: { type: 'string', description: 'Path or URL of this JSON Schema, for editor completion.' },
    providers: {
      type: 'object',
      description:
        'OpenAI-compatible chat endpoints by name. `main` is the default for prompts; another entry can be the judge.',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z0-9_-]+$' },
      additionalProperties: provider,
    },
    judge: {
      type: 'string',
      description:
        'Name of the provider that grades answers for model-graded checks (grounding judge, similarity).',
    },
    prompts: {
      type: 'array',
      description: 'Groups of prompt files, each with its datasets, adversarial suites and checks.',
      minItems: 1,
      items: promptGroup,
    },
    gate: {
      type: 'object',
      description: 'How the verdict is decided.',
      additionalProperties: false,
      properties: {
        significance: {
          type: 'number',
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description: 'Significance level of the regression tests (default 0.05).',
        },
        failOn: {
          type: 'array',
          description: 'Prompt statuses that fail the gate (default: regression, threshold, error).',
          items: {
            type: 'string',
            enum: ['pass', 'regression', 'threshold', 'inconclusive', 'error', 'skipped'],
            description: 'A prompt status.',
          },
          uniqueItems: true,
        },
        minPassRate: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description:
            "Head's mean case pass rate (0..1) must reach this in every mode; a prompt with no base version must reach it (default 1: every case passes).",
        },
        minEffect: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Smallest drop in pass rate (0..1) that counts as a regression (default 0.05).',
        },
        noSecretsConclusion: {
          type: 'string',
          enum: ['neutral', 'success', 'failure'],
          description:
            'Conclusion when no provider credentials are available, as on fork PRs (default neutral).',
        },
        errorTolerance: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description:
            "Share of calls (0..1) that may error before a prompt's status is error (default 0.1).",
        },
        seed: {
          type: 'integer',
          description: 'Seed for adversarial generation and bootstrap resampling (default 1).',
        },
        fallbacks: {
          type: 'string',
          enum: ['off', 'evaluate'],
          description:
            "evaluate: head of each changed prompt also runs on every provider of its provider's fallback chain (same cases, checks and repeats), reported beside the primary; off (default): fallbacks answer only when the primary fails.",
        },
        candidates: {
          type: 'array',
          items: { type: 'string' },
          uniqueItems: true,
          description:
            'Providers to try head of each changed prompt on (same cases, checks and repeats), for advice: each is reported beside the primary with its pass rate, cost share and monthly saving at traffic.callsPerDay; a failure only below gate.candidateMinPassRate, when set.',
        },
        fallbackMinPassRate: {
          description:
            "With fallbacks: evaluate, the pass rate each fallback must reach, or a threshold finding: a share (0..1), or { ofPrimary: share } of the primary's pass rate on the same cases.",
          oneOf: [
            { type: 'number', minimum: 0, maximum: 1 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['ofPrimary'],
              properties: { ofPrimary: { type: 'number', minimum: 0, maximum: 1 } },
            },
          ],
        },
        candidateMinPassRate: {
          description:
            "The pass rate each of gate.candidates must reach, or a threshold finding (candidates are advice until this is set): a share (0..1), or { ofPrimary: share } of the primary's pass rate on the same cases.",
          oneOf: [
            { type: 'number', minimum: 0, maximum: 1 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['ofPrimary'],
              properties: { ofPrimary: { type: 'number', minimum: 0, maximum: 1 } },
            },
          ],
        },
      },
    },
    budget: {
      type: 'object',
      description: 'Spend limits for one run.',
      additionalProperties: false,
      properties: {
        maxUsd: {
          type: 'number',
          minimum: 0,
          description: 'Stop calling providers once this many US dollars have been spent.',
        },
      },
    },
    traffic: {
      type: 'object',
      description:
        "Production traffic of each gated prompt: projects the monthly cost change, and the load against each provider's rate limits at 1x, 3x and 5x.",
      additionalProperties: false,
      properties: {
        callsPerDay: {
          type: 'number',
          minimum: 0,
          description: 'Calls per day each prompt serves in production.',
        },
        peakFactor: {
          type: 'number',
          minimum: 1,
          description:
            "The busiest minute's calls over the day's average minute (default 1: the average). Requests and tokens per minute are callsPerDay / 1440 x this.",
        },
      },
    },
    cache: {
      type: 'object',
      description: 'Response cache keyed by the full request.',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean', description: 'Reuse identical responses (default true).' },
        dir: { type: 'string', description: 'Cache folder (default .promptgate-cache).' },
      },
    },
    cassettes: {
      type: 'object',
      description: 'Recorded provider responses that can be replayed without credentials.',
      additionalProperties: false,
      properties: {
        dir: { type: 'string', description: 'Cassette folder (default .promptgate/cassettes).' },
        mode: {
          type: 'string',
          enum: ['off', 'record', 'replay', 'auto'],
          description:
            'off: never use; record: call and save; replay: never call; auto: replay when recorded, else call and save (default auto).',
        },
      },
    },
    concurrency: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_CONCURRENCY,
      description: `Provider calls in flight at once (default 8, at most ${MAX_CONCURRENCY}).`,
    },
  },
} as const satisfies JSONSchema;

/** A config as written, once it passed `configSchema`. */
export type RawConfig = FromSchema<typeof configSchema>;

/**
 * The schema for editors: `configSchema` with every check's options, so an editor completes and
 * flags them too. The loader keeps check items loose and lets each check's definition judge them.
 */
export function publishedConfigSchema(): Record<string, unknown> {
  const checks = {
    ...promptGroup.properties.checks,
    items: { description: checkItem.description, anyOf: CHECK_NAMES.map(checkItemSchema) },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/promptgate/promptgate/${PUBLISHED_SCHEMA_PATH}`,
    $comment: 'Generated by `npm run build` from src/config/schema.ts and src/checks/*.ts: do not edit.',
    ...configSchema,
    properties: {
      ...configSchema.properties,
      prompts: {
        ...configSchema.properties.prompts,
        items: { ...promptGroup, properties: { ...promptGroup.properties, checks } },
      },
    },
  };
}

/** `{ name: options }`, where a scalar (or list) stands for `value` and nothing for no options. */
function checkItemSchema(name: string): OptionsSchema {
  const definition = findCheck(name)!;
  const options = optionsSchema(definition);
  const required = (options.required ?? []) as string[];
  const value = (options.properties as Record<string, OptionsSchema>).value;
  const shorthands = [
    ...(value && required.every((key) => key === 'value') ? [value] : []),
    ...(required.length === 0 ? [{ type: 'null' }] : []),
  ];
  return {
    type: 'object',
    description: definition.description,
    required: [name],
    additionalProperties: false,
    properties: { [name]: shorthands.length > 0 ? { anyOf: [options, ...shorthands] } : options },
  };
}
