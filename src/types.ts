/**
 * The data that flows through the pipeline:
 * config -> changes -> plan -> run -> score -> verdict -> report -> publish.
 * Every stage takes the previous stage's value; these types are the contract between them.
 */

import type { RawConfig } from './config/schema.js';
import type { AnswerText } from './run/answer-spill.js';

/** Which side of the pull request a prompt version comes from. */
export type Side = 'base' | 'head';

/**
 * A version the plan runs: a side, or head on another provider: one of its fallback chain
 * (`gate.fallbacks: evaluate`), or a candidate (`gate.candidates`).
 */
export type Version = Side | `${AlternativeRole}:${string}`;

/** Why head also runs on another provider: a fallback it fails over to, or a candidate to switch to. */
export type AlternativeRole = 'fallback' | 'candidate';

/** A location in a repository file, 1-based, used for errors and annotations. */
export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

// ---------------------------------------------------------------- config

/** A check as written in config or a dataset row: its registry name and options. */
export interface CheckSpec {
  /** Registry name, e.g. `contains`, `grounding`, `pii`, `cost`. */
  name: string;
  /** Options as written; a bare scalar (`contains: refund`) arrives as `{ value: 'refund' }`. */
  options: Record<string, unknown>;
  /** Where the check was declared, when known. */
  source?: SourceLocation;
  /** The options after validation, defaults filled in (`assertKnownCheck`); set before any call. */
  parsed?: unknown;
}

/** A config section as written (`src/config/schema.ts`), when present. */
type Section<K extends keyof RawConfig> = NonNullable<RawConfig[K]>;

type RawProvider = Section<'providers'>[string];
type RawPromptGroup = RawConfig['prompts'][number];

/** One provider entry of the config: any OpenAI-compatible chat endpoint. */
export interface ProviderConfig extends RawProvider {
  /** Name of the entry under `providers:` (e.g. `main`, `judge`). */
  id: string;
  /** Where the entry names its model, for errors about it (an unknown model, a missing price). */
  source?: SourceLocation;
}

/** Prices in USD per million tokens. */
export type PriceOverride = NonNullable<ProviderConfig['price']>;

/** A `prompts:` entry, normalised: every glob list a list, provider and repeats filled in. */
export interface PromptGroupConfig extends Required<Pick<RawPromptGroup, 'repeats' | 'provider'>> {
  files: string[];
  datasets: string[];
  adversarial: string[];
  /** Files (schemas, partials) whose change re-runs these prompts. */
  dependsOn: string[];
  checks: CheckSpec[];
  source?: SourceLocation;
}

/**
 * The gate policy, defaults filled in (`GATE_DEFAULTS`); `minPassRate` and the alternatives' bars stay
 * optional (unset: only new prompts have a floor, 100%; fallbacks and candidates have none).
 */
type OptionalGate = 'minPassRate' | 'fallbackMinPassRate' | 'candidateMinPassRate';
export type GateConfig = Required<Omit<Section<'gate'>, OptionalGate>> & Pick<Section<'gate'>, OptionalGate>;

/** What fails the gate: the statuses `gate.failOn` may name. */
export type PromptStatus = GateConfig['failOn'][number];

/** A prompt's status: what the gate decided, or `removed` for a prompt the PR deleted (nothing to judge). */
export type VerdictStatus = PromptStatus | 'removed';

/** The validated, defaulted config. */
export interface Config extends Pick<RawConfig, 'judge'> {
  /** Path of the config file, relative to the repository root. */
  file: string;
  providers: Record<string, ProviderConfig>;
  prompts: PromptGroupConfig[];
  gate: GateConfig;
  budget: Section<'budget'>;
  traffic: Section<'traffic'>;
  cache: Section<'cache'> & Required<Pick<Section<'cache'>, 'enabled'>>;
  cassettes: Required<Section<'cassettes'>>;
  concurrency: Section<'concurrency'>;
}

// ---------------------------------------------------------------- prompts and cases

export type Role = 'system' | 'user' | 'assistant' | 'developer';

export interface ChatMessage {
  role: Role;
  content: string;
  /** The participant's name (Prompty's `user[name="Ann"]:`), sent as the message's `name`. */
  name?: string;
}

/** A function the model may call, in the chat completions API's shape (sent as `tools`). */
export interface ToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean };
}

/** The answer's format: plain text, any JSON object, or JSON that satisfies a named JSON Schema. */
export interface ResponseFormat {
  type: 'text' | 'json_object' | 'json_schema';
  /** `json_schema` only: the schema, and the `name`, `strict` and `description` sent with it. */
  schema?: unknown;
  name?: string;
  strict?: boolean;
  description?: string;
}

/** A field of a prompt file that changes nothing Promptgate sends or checks, and why. */
export interface IgnoredField {
  /** Its path as written, e.g. `model.configuration.api_key` or `evaluators[2].llm.modelId`. */
  field: string;
  /** 1-based line in the prompt file (of the `${file:...}` that brought it, for a referenced file). */
  line: number;
  reason: string;
}

/** What every prompt format carries besides its messages. */
interface PromptTemplateFields {
  /** Repository-relative path; stable across base and head unless the file was renamed. */
  file: string;
  name?: string;
  /** The model the file names; a version's model, compared between base and head. */
  model?: string;
  /** Request parameters under their chat API names (`max_tokens`, `top_p`). */
  parameters: Record<string, unknown>;
  responseFormat?: ResponseFormat;
  tools?: ToolDefinition[];
  /** Cases carried in the prompt file itself (`testData`). */
  cases: Case[];
  /** Checks carried in the prompt file itself (GitHub Models `evaluators`). */
  checks: CheckSpec[];
  /** Fields the file writes that Promptgate does not use, each once; absent when there are none. */
  ignored?: IgnoredField[];
}

/** Messages written one by one (`*.prompt.yml`, text and Markdown), each holding `{{var}}` placeholders. */
export interface MessagesTemplate extends PromptTemplateFields {
  format: 'github-models' | 'text';
  messages: ChatMessage[];
  /** 1-based line of each message in the file, for annotations (same order as `messages`). */
  messageLines: number[];
}

/** A Prompty input as the file declares it. */
export interface PromptyInput {
  name: string;
  /** Applied to every case that does not supply the input. */
  default?: unknown;
  /** A case must supply the input: it has no default and is not marked `required: false`. */
  required: boolean;
  line: number;
}

/**
 * A Prompty file: its body is one template, rendered whole by its engine (Jinja2 or Mustache), then
 * split into messages at the role markers the rendered text holds.
 */
export interface PromptyTemplate extends PromptTemplateFields {
  format: 'prompty';
  body: { engine: 'jinja2' | 'mustache'; text: string; line: number };
  inputs: PromptyInput[];
  /** The file's own sample run (`sample:`, each input's `sample`): a case for a prompt with no dataset. */
  sample: Case;
  /** Repository paths the file's `${file:...}` references read: their change changes the prompt. */
  references: string[];
}

/** A prompt file parsed into one shape per way its messages are written. */
export type PromptTemplate = MessagesTemplate | PromptyTemplate;

/** One row of a dataset, or one generated adversarial variant. */
export interface Case {
  id: string;
  vars: Record<string, unknown>;
  expected?: string;
  /** Retrieved passages the answer should be grounded in. */
  context?: string | string[];
  checks?: CheckSpec[];
  /** Must pass in every repeat, whatever the statistics say. */
  required?: boolean;
  repeats?: number;
  source?: SourceLocation;
  /** Adversarial suite that produced this case, and the golden case it came from. */
  suite?: string;
  parentId?: string;
  /** Canary tokens planted for this case (see checks/canary). */
  canary?: { systemToken?: string; injectionToken?: string };
  /** Extra instruction appended to the system prompt (canary planting). */
  systemSuffix?: string;
  /** What the case's answer is expected to do: refuse a harmful request, or answer a benign one. */
  expectRefusal?: boolean;
}

// ---------------------------------------------------------------- plan and run

/** One request as sent to a provider; its stable hash keys the cache and cassettes. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  parameters: Record<string, unknown>;
  responseFormat?: ResponseFormat;
  tools?: ToolDefinition[];
}

/** One planned provider call. */
export interface PlannedCall {
  /** Unique and stable: `${prompt}#${version}#${caseId}#${repeat}`. */
  key: string;
  prompt: string;
  version: Version;
  case: Case;
  repeat: number;
  provider: string;
  /** False for a fallback or candidate under evaluation: its own provider answers, or nothing does. */
  failover?: false;
  request: ChatRequest;
  /** Pre-run estimate from the tokenizer; calls that count alike share one, so it is never changed. */
  estimate: Readonly<{
    inputTokens: number;
    outputTokens: number;
    usd: number;
    judge?: Readonly<JudgeEstimate>;
  }>;
}

/** The judge calls one answer is expected to get (its checks that ask the judge), estimated before the run. */
export interface JudgeEstimate {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
}

/** Tokens as the provider reported them, or as counted offline when it did not. */
export interface Usage {
  input: number;
  cachedInput: number;
  output: number;
  reasoning: number;
  /** True when counted offline because the provider sent no usage. */
  estimated: boolean;
}

/** A tool the answer called: the function's name and its arguments as the model wrote them (JSON text). */
export interface ToolCall {
  name: string;
  arguments: string;
}

/** What a provider returned for one request. */
export interface Completion {
  output: string;
  /** The tools the answer called instead of (or besides) answering in text. */
  toolCalls?: ToolCall[];
  usage?: Usage;
  latencyMs: number;
  /** Time to first token when streaming. */
  ttftMs?: number;
  model?: string;
  /** Served from the response cache or a cassette, with the latency it was recorded with. */
  cached?: 'cache' | 'cassette';
}

/** Every planned call ends as exactly one record. */
export interface CallRecord {
  key: string;
  prompt: string;
  version: Version;
  caseId: string;
  repeat: number;
  status: 'ok' | 'error' | 'not-run';
  /** The answer: its text, or once scored a handle to it on disk when it is long (`answerText` reads either). */
  output?: AnswerText;
  toolCalls?: ToolCall[];
  usage?: Usage;
  costUsd?: number;
  latencyMs?: number;
  ttftMs?: number;
  cached?: 'cache' | 'cassette';
  attempts: number;
  /** Why the call failed, or why it was not run (spend cap, circuit open, no credentials). */
  error?: string;
  /** The provider entry that answered (a fallback's when the first one failed), or the last one tried. */
  provider?: string;
  /** The model that answered: as the provider named it, else the model the request was sent to. */
  model?: string;
  /** Each failed attempt, and each provider passed over, before the call ended: its retries and fallbacks. */
  failures?: AttemptFailure[];
}

/** One attempt that failed, or one provider that could not be tried (no credentials, circuit open). */
export interface AttemptFailure {
  provider: string;
  error: string;
}

// ---------------------------------------------------------------- score

export interface CheckResult {
  pass: boolean;
  /** 0..1, higher is better. */
  score: number;
  reason: string;
  /** The part of the output that proves the result (a leaked token, a PII match, ...). */
  evidence?: string;
  /** The check could not decide (judge reply broke its schema, ...): never counted as a pass. */
  error?: boolean;
}

/** A check's outcome on one record. */
export interface CheckOutcome extends CheckResult {
  /** Display name, e.g. `contains "refund policy"`. */
  check: string;
  /** Registry name. */
  name: string;
}

export interface ScoredRecord extends CallRecord {
  checks: CheckOutcome[];
  /** All checks passed (false when the call errored). */
  pass: boolean;
}

// ---------------------------------------------------------------- verdict

/** Summary of a continuous figure for one version. */
export interface MetricSummary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  total: number;
}

/** One decision the gate made for a prompt: which check, the status, and the facts behind it. */
export interface Finding {
  check: string;
  status: PromptStatus;
  /** The numbers and names the decision rests on; `src/report/findings.ts` puts them in words. */
  facts: FindingFacts;
}

/** When head is judged against an approved baseline: what changed since it was approved. */
export interface BaselineDrift {
  /** Day the baseline was approved, YYYY-MM-DD. */
  approvedOn: string;
  promptChanged: boolean;
  /** Set when only the model changed and its name differs. */
  model?: { from: string; to: string };
}

/** A prompt's input that could not be read: the whole prompt (file, dataset, template) or its base version. */
export interface InputError {
  version: 'prompt' | 'base';
  /** The error as the reader gave it, with its `file:line`. */
  message: string;
  source?: SourceLocation;
}

/** The facts of each kind of finding the gate makes. */
export type FindingFacts =
  | { kind: 'removed' }
  | { kind: 'input-error'; error: InputError }
  | { kind: 'not-run'; reason: string }
  | { kind: 'provider-errors'; failed: number; attempted: number; tolerance: number; firstError: string }
  | { kind: 'incomplete'; notRun: number; planned: number; reason?: string }
  | { kind: 'undecided'; errors: number; total: number; tolerance: number; reason: string }
  | {
      kind: 'pass-rate';
      cases: number;
      repeats: number;
      baseRate: number;
      headRate: number;
      worse: number;
      better: number;
      interval: { low: number; high: number };
      p: number;
      pAdjusted: number;
      alpha: number;
      minEffect: number;
      /** Repeats per case that would settle an inconclusive comparison, when a few would. */
      repeatsToSettle?: number;
      drift?: BaselineDrift;
      /**
       * Of the cases head did worse on, how many each check failed more often on head than on base,
       * most first: what moved the pass rate. Checks a case carries on its own (a dataset row's)
       * are counted together under `ownChecks`.
       */
      worseOn?: { check: string; cases: number }[];
      ownChecks?: number;
    }
  | {
      kind: 'pass-floor';
      /** A prompt with no base version: the floor is all it is judged on. */
      isNew: boolean;
      passing: number;
      decided: number;
      passRate?: number;
      floor: number;
    }
  | {
      kind: 'required-case';
      caseId: string;
      source?: SourceLocation;
      failed: number;
      decided: number;
      reason?: string;
    }
  | {
      kind: 'failure-limit';
      /** Registry name of the check. */
      name: string;
      failed: number;
      decided: number;
      maxFailures?: number;
      minPassRate?: number;
      base?: { failed: number; decided: number };
      /** The first failing cases, each with what proves the failure. */
      examples: { caseId: string; proof: string }[];
    }
  | {
      kind: 'increase';
      metric: 'cost' | 'p95 latency';
      estimate: number;
      low: number;
      high: number;
      limit: number;
      repeatsToSettle?: number;
    }
  | {
      kind: 'ceiling';
      metric: 'dataset cost' | 'p50 latency' | 'p95 latency';
      value: number;
      ceiling: number;
      /** Answers replayed with their recorded latency, of all head answers. */
      replayed?: { cached: number; total: number };
    }
  | {
      kind: 'per-case-cost';
      over: number;
      cases: number;
      ceiling: number;
      worst: { caseId: string; cost: number };
    }
  | { kind: 'unmeasured'; metric: 'cost' | 'latency' }
  | {
      kind: 'fallback-unreachable';
      provider: string;
      failed: number;
      attempted: number;
      tolerance: number;
      firstError: string;
    }
  | {
      kind: 'fallback-pass-rate';
      /** Set for a candidate held to `gate.candidateMinPassRate`; a fallback otherwise. */
      role?: 'candidate';
      provider: string;
      passRate: number;
      primaryRate: number;
      /** The bar it was held to (`gate.fallbackMinPassRate` or `gate.candidateMinPassRate`), as a pass rate. */
      bar: number;
      /** Set when the bar is a share of the primary's pass rate. */
      ofPrimary?: number;
    }
  | {
      kind: 'headroom';
      provider: string;
      model: string;
      limit: LimitName;
      /** The multiple of the traffic the load was taken at. */
      factor: number;
      /** Head's load at that multiple, in the limit's unit. */
      load: number;
      /** The limit, and where it was read. */
      value: number;
      source: LimitSource;
      tokensPerCall: { base?: number; head?: number };
      callsPerDay: number;
      peakFactor: number;
    };

/** One check's failed answers on one case, per version, with what proves the head failure. */
export interface CaseCheckFailures {
  /** Display name, as in `CheckOutcome.check`. */
  check: string;
  /** Registry name. */
  name: string;
  base: number;
  head: number;
  evidence?: string;
}

/** A pre-run estimate of one prompt version, from the tokenizer and the price table. */
export interface VersionEstimate {
  inputTokensPerCall: number;
  outputTokensPerCall: number;
  /** Estimated price of one call for one case (a repeat is another call). */
  usdPerCase: number;
  totalUsd: number;
}

export interface CaseOutcome {
  caseId: string;
  suite?: string;
  source?: SourceLocation;
  basePassRate?: number;
  headPassRate?: number;
  flaky: boolean;
  required: boolean;
  /** Head failed where base passed. */
  regressed: boolean;
  input: string;
  expected?: string;
  output?: string;
  reasons: string[];
  /** What proves the head failures (leaked token, PII match, ...), one per distinct proof. */
  evidence?: string[];
  /** Checks that failed on at least one answer of either version. */
  failures?: CaseCheckFailures[];
  /** Decided answers per version: the call succeeded and a check failed, or every check could decide. */
  answers: { base: number; head: number };
  /** The checks the case's answers were judged on (display names, as in `failures`). */
  checks: string[];
  /** Why a version that ran has no decided answer for this case: the call's error, or the check that could not decide. */
  undecided?: { base?: string; head?: string };
  /**
   * Every answer of each version in full, with what was sent and how each answer was made: the run's
   * own records, shown as {@link AnswerTrace}s when the reports are written ({@link ReportedCase}).
   */
  trace?: CaseTrace<ScoredRecord>;
}

/** A case as the reports show it: its trace's answers without the run's bookkeeping. */
export interface ReportedCase extends Omit<CaseOutcome, 'trace'> {
  trace?: CaseTrace;
}

/**
 * One answer as the reports show it: the call's record (provider, model, attempts and what failed,
 * tokens, price, latency, time to first token, cache or cassette origin) and its checks.
 */
export interface AnswerTrace extends Omit<
  ScoredRecord,
  'key' | 'prompt' | 'version' | 'caseId' | 'pass' | 'output'
> {
  output?: string;
  /** Whether the answer passed as the verdict counts it; absent when nothing can be claimed (no answer, a check undecided). */
  pass?: boolean;
}

/** A version's answers to one case, in repeat order, and the request they answered. */
export interface VersionTrace<Answer = AnswerTrace> {
  /** The rendered messages, parameters and response format sent to the model named; absent for an approved baseline's answers. */
  request?: ChatRequest;
  answers: Answer[];
}

/** The trace of one case: each version that has answers. */
export type CaseTrace<Answer = AnswerTrace> = Partial<Record<Version, VersionTrace<Answer>>>;

export interface PromptVerdict {
  prompt: string;
  /** Set when the prompt file was renamed: the base path. */
  previousFile?: string;
  change: 'added' | 'modified' | 'removed' | 'renamed' | 'dependency';
  status: VerdictStatus;
  findings: Finding[];
  passRate: { base?: number; head?: number };
  cost: { base?: MetricSummary; head?: MetricSummary };
  latency: { base?: MetricSummary; head?: MetricSummary };
  cases: CaseOutcome[];
  counts: { planned: number; ok: number; error: number; notRun: number };
  /** Lines of the head prompt file that the PR changed, for annotations. */
  changedLines?: number[];
  /** The model each version ran with (the prompt file's, else its provider entry's): a change of model is a change. */
  models?: { base?: string; head?: string };
  /** Pre-run estimates per version: what the change costs even when nothing ran (fork PRs). */
  estimate?: { base?: VersionEstimate; head?: VersionEstimate; judge?: { calls: number; totalUsd: number } };
  /** Cases that repeated another of the prompt's cases (same variables and expected answer), run once. */
  foldedCases?: number;
  /** Head on each provider of its fallback chain beside head on the primary (`gate.fallbacks: evaluate`). */
  fallbacks?: AlternativeOutcome[];
  /** Head on each of `gate.candidates` beside head on the primary: advice, never a finding. */
  candidates?: AlternativeOutcome[];
  /** With `traffic.callsPerDay`: the load at 1x, 3x and 5x against each provider's rate limits. */
  headroom?: PromptHeadroom;
}

/** Head answered by another provider (a fallback, a candidate), compared case by case with head on the primary. */
export interface AlternativeOutcome {
  provider: string;
  model: string;
  /** Paired with the primary over the cases both decided (`base` is the primary, `head` the fallback). */
  comparison?: { cases: number; primaryRate: number; rate: number; interval: { low: number; high: number } };
  /** Cases the fallback failed in some repeat where the primary passed every repeat. */
  failsWherePrimaryPasses: string[];
  cost?: MetricSummary;
  latency?: MetricSummary;
  counts: { planned: number; ok: number; error: number; notRun: number };
  /** A candidate, with traffic set: (primary's mean cost per call - this one's) x callsPerDay x 30. */
  monthly?: { savingUsd: number; callsPerDay: number };
}

// ---------------------------------------------------------------- load headroom

/** Where a rate limit figure comes from. */
export type LimitSource =
  /** The provider's `x-ratelimit-limit-*` header. */
  | 'stated'
  /** The provider's `x-ratelimit-remaining-*` header alone: the limit is at least this. */
  | 'remaining'
  /** `providers.<id>.limits` in the (trusted) config. */
  | 'configured'
  /** GitHub Models' published free-tier table for the model's tier. */
  | 'tier';

/** One limit and where it was read. */
export interface LimitFigure {
  value: number;
  source: LimitSource;
}

/** What is known of one model's limits on one provider entry. */
export interface ModelRateLimits {
  requestsPerMinute?: LimitFigure;
  tokensPerMinute?: LimitFigure;
  requestsPerDay?: LimitFigure;
}

/** The limits of each provider entry and model the run saw or was told of. */
export interface RateLimitEntry {
  provider: string;
  model: string;
  limits: ModelRateLimits;
}

/** A limit the headroom report holds the load against. */
export type LimitName = keyof ModelRateLimits;

/** The load of a prompt at some multiple of its traffic, and the limits it passes. */
export interface HeadroomLoad {
  /** Multiple of `traffic.callsPerDay`: 1, 3 or 5. */
  factor: number;
  /** In the busiest minute: calls per day x factor x peak factor / 1440. */
  requestsPerMinute: number;
  /** Requests per minute x tokens per call; absent when no answer reported its tokens. */
  tokensPerMinute?: number;
  requestsPerDay: number;
  /** Limits the load passes. */
  past: LimitName[];
  /** Limits nothing states (or only a floor the load passes): never shown as fine. */
  unknown: LimitName[];
}

/** One provider's headroom for a prompt: the primary, or a provider of its fallback chain. */
export interface ProviderHeadroom {
  provider: string;
  model: string;
  role: 'primary' | 'fallback';
  /** Mean input and output tokens per call: head's on this provider, and base's on the primary. */
  tokensPerCall: { base?: number; head?: number };
  /** Set when head never answered on this fallback: its tokens per call are head's on the primary. */
  tokensFrom?: 'primary';
  limits: ModelRateLimits;
  loads: HeadroomLoad[];
}

/** A prompt's load against its providers' rate limits at 1x, 3x and 5x `traffic.callsPerDay`. */
export interface PromptHeadroom {
  callsPerDay: number;
  peakFactor: number;
  providers: ProviderHeadroom[];
}

export interface GateResult {
  status: PromptStatus;
  prompts: PromptVerdict[];
  /** What was not run and why (no credentials, spend cap, ...). Never shown as passed. */
  skipped: string[];
  /**
   * For a human to review: policy this change would alter (endpoints, key variables, gate, budget,
   * checks; not applied, the base's config decided), or why the change's own policy was used.
   */
  policyChanges?: string[];
  /** Fields of the prompt files that nothing sent or checked uses, each once, with where they are written. */
  ignored?: Array<IgnoredField & { file: string }>;
  /** Per prompt, what the change adds to (or saves from) the monthly bill at the configured traffic. */
  monthly: { prompt: string; deltaUsd: number; callsPerDay: number }[];
  meta: {
    base: string;
    head: string;
    priceTable?: string;
    seed: number;
    judgeModel?: string;
    /** Judge calls made through the runner, and what they cost (included in totalCostUsd). */
    judgeCalls?: number;
    judgeCostUsd?: number;
    totalCostUsd: number;
    /** Tokens the answers used (input includes cached input; output includes reasoning). */
    tokens?: { input: number; output: number };
    estimatedCostUsd: number;
    monthlyDeltaUsd?: number;
  };
}
