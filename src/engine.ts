import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import {
  findAffectedPrompts,
  matchesAny,
  touchesDependency,
  type AffectedPrompt,
} from './changes/affected.js';
import type { ChangedFile } from './changes/changed-file.js';
import {
  GitObjects,
  changedLines,
  gitChangedFiles,
  listTree,
  streamBlob,
  type TreeFile,
} from './changes/git.js';
import { assertKnownCheck, callsJudge, shareEqualChecks } from './checks/names.js';
import { CheckOptionError } from './checks/options.js';
import { applicableChecks, Scorer } from './checks/score.js';
import type { JudgeFn } from './checks/types.js';
import { assertNoSymlink, resolveOutputDir, resolveRepoPath } from './config/repo-path.js';
import { gatedGroups, loadTrustedConfig, type TrustedConfig } from './config/trusted-policy.js';
import { assertSuiteName, generateAdversarial } from './datasets/adversarial/generate.js';
import { foldDuplicateCases } from './datasets/case-identity.js';
import { CaseTally } from './datasets/case-tally.js';
import { readDataset } from './datasets/load-dataset.js';
import { UserError } from './errors.js';
import { MAX_PLANNED_CALLS, MAX_SHARDED_PLAN_CALLS } from './limits.js';
import { CaseStream } from './gate/case-stream.js';
import { EARLY_MAX_CALLS, EarlyCases } from './report/early-cases.js';
import { collectGarbage, collectIfGrown, sizeHeapFor } from './heap.js';
import { Shared } from './interned.js';
import { readBaseline, type ApprovedBaseline } from './gate/baseline.js';
import { alternativeRole } from './gate/alternatives.js';
import { caseOutcomes, decide } from './gate/verdict.js';
import { parsePrompt } from './prompts/parse-prompt.js';
import { renderMessages } from './prompts/render.js';
import { formatCount } from './report/format.js';
import { createDiskCache } from './providers/cache.js';
import { CassetteStore, withCassettes, type CassetteMode } from './providers/cassette.js';
import { createGitHubModelsProvider, resolveCatalogModel } from './providers/github-models.js';
import { isGitHubModelsId } from './providers/github-models-endpoints.js';
import { githubModelsPrice, githubModelsPriceBasis } from './providers/github-models-tables.js';
import { createModerator, type Moderate } from './providers/moderation.js';
import { createOpenAIProvider } from './providers/openai-provider.js';
import { assertPriced, priceTableVersion, priceUsage, roundUsd } from './providers/pricing.js';
import type { Provider } from './providers/provider.js';
import { knownRateLimits, mergeRateLimits } from './providers/rate-limits.js';
import { countMessageTokens, loadTokenizer } from './providers/usage.js';
import {
  assertPlanFitsDailyLimits,
  connectGitHubModels,
  describeLimits,
  isGitHubModels,
  type GitHubModelsSetup,
} from './run/connect-github-models.js';
import { GitHubModelsQuotas, type ModelUse } from './run/github-models-quotas.js';
import { buildPlan, modelOf, type PlanPrompt, type PlanVersion } from './run/plan.js';
import { RequestPacer } from './run/request-pacer.js';
import { AnswerSpill } from './run/answer-spill.js';
import { Runner } from './run/runner.js';
import { Semaphore } from './run/semaphore.js';
import { inShard, readShards, type RunIdentity, type Shard, type ShardHeader } from './run/shard.js';
import type {
  AlternativeRole,
  Case,
  ChatMessage,
  CallRecord,
  CheckSpec,
  Config,
  GateResult,
  IgnoredField,
  InputError,
  PlannedCall,
  PromptGroupConfig,
  PriceOverride,
  PromptTemplate,
  ProviderConfig,
  RateLimitEntry,
  ScoredRecord,
} from './types.js';

/** Where progress and diagnostics go: the Actions log, or the terminal. */
export interface EngineLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Everything one gate run needs; the action and the CLI both build this. */
export interface GateOptions {
  /** Repository root: git reads every input from its commits; outputs go under the checkout. */
  repoDir: string;
  /** Config path relative to `repoDir`, read at base (the trusted policy) and at head. */
  configPath: string;
  base: string;
  head: string;
  /** Changed files from the pull request API; git diff is used when absent or truncated. */
  changedFiles?: ChangedFiles;
  /** Where API keys are read from (the variables named by `apiKeyEnv`). */
  env: Record<string, string | undefined>;
  /** The token GitHub Models entries call with: the action's `github-token` input, or `GITHUB_TOKEN`. */
  githubToken?: string;
  /** Overrides `budget.maxUsd`. */
  maxUsd?: number;
  /** Overrides `cassettes.mode`. */
  cassetteMode?: CassetteMode;
  /** Gate every prompt the config names, not only those the change touched (baselines, schedules). */
  all?: boolean;
  /** Run head only, no base version: `promptgate baseline` records head's answers. */
  headOnly?: boolean;
  /** A baseline file (from `promptgate baseline`), absolute, or relative to `repoDir`: head is compared with it instead of a base run. */
  baselineFile?: string;
  /** Run only this slice of the plan (`shard: i/n`); the records go to a shard file, the merge decides. */
  shard?: Shard;
  /** Merge: read every shard's records from this folder (absolute, or relative to `repoDir`) instead of calling providers. */
  mergeFrom?: string;
  /**
   * The folder the reports will be written to (`writeReports`): each case's part of results.json
   * and report.html is laid out there as the run goes on ({@link GateRun.early}). Not for a shard,
   * a merge or a baseline.
   */
  reportDir?: string;
  /** Passed to the OpenAI client and the GitHub Models catalog request (tests only). */
  fetch?: typeof fetch;
  log: EngineLog;
  /** Called with the trusted config before any call: the caller masks the keys it names. */
  onConfig?: (config: Config) => void;
}

/** The files a pull request changed, as its files API lists them (at most 3,000: `truncated`). */
export interface ChangedFiles {
  files: ChangedFile[];
  truncated: boolean;
}

/** A finished gate run: the verdict, and for a baseline (`headOnly`) the answers it records. */
export interface GateRun {
  config: Config;
  result: GateResult;
  /**
   * The plan and its scored records, kept only when a baseline is written from them: a run's
   * largest data, and the verdict holds what the reports show of them, so a run lets them go
   * before its reports are written (a 30,000-case edit: 90 MB live when they start, against 120).
   */
  recorded?: { plan: PlannedCall[]; records: ScoredRecord[] };
  /** The cases laid out in `GateOptions.reportDir` during the run: for `writeReports`, which discards them. */
  early?: EarlyCases;
}

/** A shard run decides nothing: its records (`records`, its slice of the plan) wait for the merge. */
export interface ShardRun {
  config: Config;
  plan: PlannedCall[];
  records: ScoredRecord[];
  /** The header of its shard file. */
  shard: ShardHeader;
}

/** The engine: changes -> plan -> run -> score -> verdict. Publishing is the caller's. */
export async function runGate(opts: GateOptions): Promise<GateRun | ShardRun> {
  const git = new GitObjects(opts.repoDir);
  try {
    return await gate(opts, git);
  } finally {
    git.close();
  }
}

/** What every mode shares: the trusted config, the affected prompts prepared, and the plan. */
interface Planned {
  trusted: TrustedConfig;
  /** How the run's calls are priced, for the report: a price table's version, or a free tier. */
  priceTable: string;
  meta: GateResult['meta'];
  /** For the report: what was not gated and why. */
  notes: string[];
  policyChanges: string[];
  prepared: PreparedPrompt[];
  /** The calls this run makes: the whole plan, or a shard's slice of it. */
  plan: PlannedCall[];
  /** Calls of the whole plan. */
  totalCalls: number;
  baseline?: ApprovedBaseline;
  identity: RunIdentity;
  /** The GitHub Models entries the run can call, with their catalogs. */
  githubModels: GitHubModelsSetup;
}

/** `sharded`: the plan is split over runners (plan, shard and merge runs), so it may be larger. */
async function planRun(opts: GateOptions, git: GitObjects, sharded: boolean): Promise<Planned> {
  const { log } = opts;
  const configPath = resolveRepoPath(opts.configPath, 'config path');
  const [base, head] = await git.resolveRefs([opts.base, opts.head]);
  const loaded = await loadTrustedConfig(git, configPath, base, head);
  const priceTable = describePrices(loaded.config);
  const trusted = { ...loaded, config: withGitHubModelsPrices(loaded.config) };
  const { config } = trusted;
  validateNames(config);
  opts.onConfig?.(config);
  const meta: GateResult['meta'] = {
    base,
    head,
    seed: config.gate.seed,
    totalCostUsd: 0,
    estimatedCostUsd: 0,
  };

  const notes: string[] = [];
  // Listed once: datasets are read from it, and a prompt glob that matches nothing is reported.
  const headFiles = await listTree(opts.repoDir, head);
  notes.push(...unmatchedPromptGlobs(config, headFiles));
  const { affected, changed } = await log.group('Changes', async () => {
    const found = await findChanges(opts, git, config, base, head, headFiles, notes);
    log.info(
      `${found.affected.length} affected prompt(s)${found.affected.map((p) => `\n  ${p.change}: ${p.file}`).join('')}`,
    );
    return found;
  });
  const gated = gatedGroups(trusted, affected);
  const policyChanges = [...trusted.notes, ...gated.notes, ...recordedAnswerNotes(config, changed)];
  for (const note of [...policyChanges, ...notes]) log.warning(note);
  const baseline =
    opts.baselineFile && affected.length > 0
      ? readBaseline(await confinedInput(opts.repoDir, opts.baselineFile, 'baseline'))
      : undefined;
  // Before the plan: a prompt file's model on a GitHub Models entry is checked against the catalog
  // (a bare Prompty name resolved to its publisher/name id), so the plan holds the requests sent.
  const githubModels =
    affected.length > 0
      ? await connectGitHubModels(config, trusted.untrusted, opts)
      : { connections: {}, missing: {} };
  const prepared = await log.group('Plan', () =>
    preparePrompts(
      git,
      opts,
      trusted,
      githubModels,
      headFiles,
      affected,
      gated.groups,
      base,
      head,
      !baseline && !opts.headOnly,
    ),
  );
  // Exact token counts for every call, before the first one: the spend cap and the estimate use them.
  if (prepared.length > 0) await loadTokenizer();
  // A shard keeps only its slice of the plan: the other calls are rendered for the digest every
  // shard must agree on, never estimated or held.
  const { shard } = opts;
  const prompts = prepared.flatMap((p) => (p.plan ? [p.plan] : []));
  // While planning, each case is rendered from the memo preparing filled; afterwards the plan renders
  // a request each time it is read, and the memo, which would hold them all for the run, is let go.
  let planning = true;
  const render = (template: PromptTemplate, testCase: Case): ChatMessage[] =>
    planning ? renderOnce(template, testCase) : renderMessages(template, testCase);
  const built = buildPlan(
    prompts,
    render,
    (request, providerId) => sharedEstimate(estimateCall(trusted, request, providerId)),
    sharded ? MAX_SHARDED_PLAN_CALLS : MAX_PLANNED_CALLS,
    shard && !opts.mergeFrom ? inShard(shard) : undefined,
    // Only shards and their merge compare the plan's digest.
    sharded,
  );
  planning = false;
  for (const { versions } of prompts) for (const { template } of versions) rendered.delete(template);
  const plan = built.calls;
  const judgeEntry = trusted.policy.judge ? trusted.policy.providers[trusted.policy.judge] : undefined;
  if (judgeEntry) estimateJudging(plan, judgeCallsPer(prepared), trusted, judgeEntry);
  meta.estimatedCostUsd = sumEstimates(plan, (e) => e.usd + (e.judge?.usd ?? 0));
  if (prepared.length > 0) {
    const planned = `${formatCount(built.total)} planned call(s)`;
    const calls =
      plan.length === built.total
        ? planned
        : `shard ${shard?.index}/${shard?.count}: ${formatCount(plan.length)} of ${planned}`;
    log.info(`${calls}; ${describeEstimate(plan)}`);
  }
  // A run neither sharded nor merged has no digest: nothing reads its identity's.
  const identity = { base, head, seed: config.gate.seed, planDigest: built.digest ?? '' };
  return {
    trusted,
    priceTable,
    meta,
    notes,
    policyChanges,
    // Planned: each prompt's cases now live in its calls alone (a shard's slice of them, so the
    // other shards' cases are let go).
    prepared: prepared.map(({ plan: _planned, ...rest }) => rest),
    plan,
    totalCalls: built.total,
    baseline,
    identity,
    githubModels,
  };
}

/** The plan of a run, without making a call: `promptgate plan` sizes a matrix from it. */
export async function planGate(opts: GateOptions): Promise<{ config: Config; plan: PlannedCall[] }> {
  const git = new GitObjects(opts.repoDir);
  try {
    const { trusted, plan } = await planRun(opts, git, true);
    return { config: trusted.config, plan };
  } finally {
    git.close();
  }
}

async function gate(opts: GateOptions, git: GitObjects): Promise<GateRun | ShardRun> {
  const planned = await planRun(opts, git, opts.shard !== undefined || opts.mergeFrom !== undefined);
  const { trusted, prepared, plan } = planned;
  const { config, policy } = trusted;
  const { log } = opts;
  sizeHeapFor(plan.length);
  // The plan's making (datasets parsed, requests rendered to count them) is garbage from here on.
  collectGarbage();
  if (prepared.length === 0)
    return judged(opts, planned, [], { spentUsd: 0, missing: {}, stopped: {}, rateLimits: [] });
  if (opts.mergeFrom) {
    const dir = await confinedInput(opts.repoDir, opts.mergeFrom, 'shard folder');
    const merged = await log.group('Merge', () => readShards(dir, plan, planned.identity, new AnswerSpill()));
    log.info(`${merged.count} shard(s) merged: ${merged.records.length} records`);
    const judgeUsage = policy.judge
      ? {
          judgeModel: policy.providers[policy.judge].model,
          judgeCalls: merged.judgeCalls,
          judgeCostUsd: merged.judgeCostUsd,
        }
      : undefined;
    // What the shards' answers stated, over what the config gives.
    const rateLimits = mergeRateLimits(merged.rateLimits, knownRateLimits(config.providers, []));
    return judged(opts, planned, merged.records, { ...merged, stopped: {}, judgeUsage, rateLimits });
  }

  // A shard's plan is its slice (planRun keeps only its cases).
  if (plan.length > MAX_PLANNED_CALLS)
    throw new UserError(
      `shard ${opts.shard?.index}/${opts.shard?.count} would make ${plan.length.toLocaleString('en-US')} of the plan's ${planned.totalCalls.toLocaleString('en-US')} calls; at most ${MAX_PLANNED_CALLS.toLocaleString('en-US')} on one runner: use more shards (promptgate plan --shards)`,
    );
  const cassetteMode = opts.cassetteMode ?? config.cassettes.mode;
  // Output folders are checked before the first call: a committed symlink must not redirect a write.
  const cassettes = new CassetteStore(
    cassetteMode === 'off'
      ? join(opts.repoDir, config.cassettes.dir)
      : await resolveOutputDir(opts.repoDir, config.cassettes.dir, 'cassettes.dir'),
    config.cassettes.dir,
  );
  const cache = config.cache.enabled
    ? createDiskCache(
        await resolveOutputDir(opts.repoDir, config.cache.dir ?? '.promptgate-cache', 'cache.dir'),
      )
    : undefined;
  const quotas = sharedQuotas(planned, log);
  const judgeEntry = policy.judge ? policy.providers[policy.judge] : undefined;
  const judgeUse = judgeEntry && { provider: judgeEntry.id, model: judgeEntry.model };
  if (cassetteMode !== 'replay')
    await assertPlanFitsDailyLimits(plan, quotas, judgeUse, async (call) => {
      const info = { label: call.key, repeat: call.repeat, group: call.prompt };
      return (
        ((await cache?.get(call.request, call.repeat)) ??
          (cassetteMode === 'auto' && (await cassettes.get(call.request, info)))) !== undefined
      );
    });
  const { live, missing } = createProviders(opts, trusted, planned.githubModels, quotas);
  const providers = wrapWithCassettes(live, missing, cassetteMode, cassettes, config);
  // The cases' part of the reports, made while the run waits for answers (see CaseStream).
  const early =
    opts.reportDir && !opts.shard && !opts.headOnly && plan.length <= EARLY_MAX_CALLS
      ? EarlyCases.open(opts.reportDir)
      : undefined;
  try {
    const outcomeOf = caseOutcomes();
    const stream =
      early &&
      new CaseStream(
        plan,
        prepared.map((p) => ({ prompt: p.affected.file, previousFile: p.affected.previousFile })),
        planned.baseline,
        (c, promptIndex) => early.add(outcomeOf(c), promptIndex),
      );
    const run = await runAndScore(opts, planned, { cassettes, cache, providers, missing, stream });
    // Closed, it lets go of what it held; failed, what it laid out is not trusted.
    stream?.close();
    if (stream?.failed) early?.discard();
    const laidOut = stream?.failed ? undefined : early;
    if ('shard' in run) return run;
    const gated = await judged(opts, planned, run.scored, run.spent, laidOut);
    return laidOut ? { ...gated, early: laidOut } : gated;
  } catch (error) {
    early?.discard();
    throw error;
  }
}

/** The run's calls, each answer scored as it arrives: a shard's records, or the scored records and what they spent. */
async function runAndScore(
  opts: GateOptions,
  planned: Planned,
  run: {
    cassettes: CassetteStore;
    cache: ReturnType<typeof createDiskCache> | undefined;
    providers: Record<string, Provider>;
    missing: MissingCredentials;
    stream: CaseStream | undefined;
  },
): Promise<ShardRun | { scored: ScoredRecord[]; spent: Spent }> {
  const { trusted, prepared, plan } = planned;
  const { config, policy } = trusted;
  const { log } = opts;
  const { cassettes, cache, providers, missing, stream } = run;
  const report = progress(log, plan);
  const runner = new Runner({
    providers,
    providerConfigs: config.providers,
    priceOf: (model, usage, providerId) =>
      priceUsage(model, usage, priceOverride(trusted, providerId, model), { providerId }),
    concurrency: config.concurrency,
    maxUsd: opts.maxUsd ?? config.budget.maxUsd,
    cache,
    onRecord: (record, index) => {
      report(record);
      scorer.add(record, index);
    },
  });
  const judge = policy.judge ? judgeVia(runner, policy.judge, policy.providers[policy.judge]) : undefined;
  // Answers are scored as their calls end, so scoring and the judge's calls overlap the run.
  const scorer = new Scorer(
    plan,
    promptChecks(prepared),
    judge?.call,
    moderator(opts, trusted),
    new AnswerSpill(),
    stream && ((index, record) => stream.scored(index, record)),
  );
  const records = await log.group('Run', () => runner.run(plan));
  const scored = await log.group('Score', () => scorer.finish(records));
  // After scoring, so recorded judge answers are saved too.
  await cassettes.save();
  const spent = {
    spentUsd: runner.spentUsd,
    missing,
    stopped: runner.stoppedProviders,
    judgeUsage: judge?.usage(),
    rateLimits: knownRateLimits(
      config.providers,
      Object.entries(providers).flatMap(([provider, p]) =>
        (p.statedLimits?.() ?? []).map((stated) => ({ provider, ...stated })),
      ),
      Object.fromEntries(Object.entries(planned.githubModels.connections).map(([id, c]) => [id, c.limits])),
    ),
  };
  if (!opts.shard) return { scored, spent };
  const shard: ShardHeader = {
    promptgateShard: 1,
    ...planned.identity,
    ...opts.shard,
    calls: scored.length,
    spentUsd: runner.spentUsd,
    judgeCalls: spent.judgeUsage?.judgeCalls ?? 0,
    judgeCostUsd: spent.judgeUsage?.judgeCostUsd ?? 0,
    missing,
    rateLimits: spent.rateLimits,
  };
  // No verdict: judging the slice would cost the shard's largest memory peak for a result no one reads.
  return { config, plan, records: scored, shard };
}

/** What a run's calls spent, and why some could not be made. */
interface Spent {
  spentUsd: number;
  missing: MissingCredentials;
  /** Providers that stopped answering mid-run (a spent daily quota), with why. */
  stopped: Record<string, string>;
  judgeUsage?: Pick<GateResult['meta'], 'judgeModel' | 'judgeCalls' | 'judgeCostUsd'>;
  /** What is known of each provider's rate limits: stated by its answers, or configured. */
  rateLimits: RateLimitEntry[];
}

/** The verdict on scored records (a run's, a shard's or the merged shards'). */
async function judged(
  opts: GateOptions,
  planned: Planned,
  scored: ScoredRecord[],
  spent: Spent,
  early?: EarlyCases,
): Promise<GateRun> {
  const { trusted, prepared, plan, meta } = planned;
  const { config } = trusted;
  // Only the report needs the edited lines (for annotations): one git process per prompt, in turn.
  const changedLines: Array<number[] | undefined> = [];
  for (const p of prepared)
    changedLines.push(await editedLines(opts.repoDir, meta.base, meta.head, p.affected));
  // The run's garbage (answers parsed, requests sent) is not carried into the verdict's peak.
  collectGarbage();
  const result = decide({
    betweenSteps: collectIfGrown,
    // The outcomes of the cases laid out during the run, not made a second time.
    made: early && ((promptIndex) => early.outcomes(promptIndex)),
    records: scored,
    plan,
    prompts: prepared.map((p, i) => ({
      prompt: p.affected.file,
      change: p.affected.change,
      previousFile: p.affected.previousFile,
      config: p.group,
      changedLines: changedLines[i],
      inputError: p.inputError,
      foldedCases: p.foldedCases,
    })),
    gate: config.gate,
    traffic: config.traffic,
    providers: config.providers,
    rateLimits: spent.rateLimits,
    meta: {
      ...meta,
      ...(prepared.length > 0 ? { priceTable: planned.priceTable, tokens: sumTokens(scored) } : {}),
      // The sum's last bits depend on the order calls ended: rounded as prices are, a run and
      // shards merged report the same figure.
      totalCostUsd: roundUsd(spent.spentUsd),
      ...(spent.judgeUsage && {
        ...spent.judgeUsage,
        judgeCostUsd: roundUsd(spent.judgeUsage.judgeCostUsd ?? 0),
      }),
    },
    baseline: planned.baseline,
    skipped: [
      ...notRunNotes(scored, spent.missing, spent.stopped, opts.maxUsd ?? config.budget.maxUsd),
      ...planned.notes,
    ],
  });
  const ignored = prepared.flatMap((p) =>
    (p.ignored ?? []).map((field) => ({ file: p.affected.file, ...field })),
  );
  return {
    config,
    result: { ...result, policyChanges: planned.policyChanges, ...(ignored.length > 0 ? { ignored } : {}) },
    ...(opts.headOnly ? { recorded: { plan, records: scored } } : {}),
  };
}

/** An affected prompt with its parsed versions, its cases and the checks that apply to it. */
export interface PreparedPrompt {
  affected: AffectedPrompt;
  /** Its prompts entry, with the checks of the trusted policy. */
  group: PromptGroupConfig;
  /** Absent for a removed prompt, or one whose inputs could not be read: nothing is run. */
  plan?: PlanPrompt;
  /** Why a version, or the prompt as a whole, could not be read (bad file, dataset or template). */
  inputError?: InputError;
  /** Fields of the head file that nothing sent or checked uses. */
  ignored?: IgnoredField[];
  /** Cases that repeated another of the prompt's cases and were folded into it: each runs once. */
  foldedCases?: number;
}

/** The config-level checks each prompt is gated on. */
function promptChecks(prepared: PreparedPrompt[]): (prompt: string) => CheckSpec[] {
  const byPrompt = new Map(prepared.map((p) => [p.affected.file, p.group.checks]));
  return (prompt) => byPrompt.get(prompt) ?? [];
}

function validateNames(config: Config): void {
  for (const group of config.prompts) {
    group.checks.forEach(assertKnownCheck);
    group.adversarial.forEach(assertSuiteName);
  }
}

/** The prompts to gate and the files the change touched (all of head's with `--all`). */
async function findChanges(
  opts: GateOptions,
  git: GitObjects,
  config: Config,
  base: string,
  head: string,
  headTree: TreeFile[],
  notes: string[],
): Promise<{ affected: AffectedPrompt[]; changed: ChangedFile[] }> {
  const headFiles = headTree.map((file) => file.path);
  if (opts.all) {
    const baseFiles = (await listTree(opts.repoDir, base)).map((file) => file.path);
    const changed = headFiles.map((path) => ({ path, status: 'modified' as const }));
    return { affected: findAffectedPrompts(config, changed, headFiles, baseFiles), changed: [] };
  }
  const listed = opts.changedFiles;
  let changed = listed?.files ?? [];
  if (listed?.truncated) {
    notes.push(
      'The pull request lists more files than the GitHub API returns (3,000); changed files were taken from `git diff` instead.',
    );
  }
  if (!listed || listed.truncated) changed = await gitChangedFiles(opts.repoDir, base, head);
  // The base tree is listed only when whole groups re-run: a dataset, dependsOn file or the config changed.
  const baseFiles = touchesDependency(config, changed)
    ? (await listTree(opts.repoDir, base)).map((file) => file.path)
    : [];
  const affected = findAffectedPrompts(config, changed, headFiles, baseFiles);
  return {
    affected: [...affected, ...(await referencingPrompts(git, config, head, headFiles, changed, affected))],
    changed,
  };
}

/**
 * Prompty files whose `${file:...}` reads a file the change touched (its tools, its sample): the
 * request they send changed though their own text did not. Read only when the change touched a file
 * that is no prompt of any group.
 */
async function referencingPrompts(
  git: GitObjects,
  config: Config,
  head: string,
  headFiles: string[],
  changed: ChangedFile[],
  affected: AffectedPrompt[],
): Promise<AffectedPrompt[]> {
  const touched = new Set(
    changed.flatMap((file) => (file.previousPath ? [file.path, file.previousPath] : [file.path])),
  );
  const isAnyPrompt = matchesAny(config.prompts.flatMap((group) => group.files));
  if ([...touched].every(isAnyPrompt)) return [];
  const seen = new Set(affected.map((prompt) => prompt.file));
  const found: AffectedPrompt[] = [];
  for (const [index, group] of config.prompts.entries()) {
    const isPrompt = matchesAny(group.files);
    for (const file of headFiles) {
      if (!/\.prompty$/i.test(file) || seen.has(file) || !isPrompt(file)) continue;
      let template: PromptTemplate;
      try {
        template = await parsePrompt(file, (await git.readFile(head, file)) ?? '', (path) =>
          git.readFile(head, path),
        );
      } catch (error) {
        // A file that cannot be read is judged when it changes itself, with its error.
        if (error instanceof UserError) continue;
        throw error;
      }
      if (template.format !== 'prompty' || !template.references.some((path) => touched.has(path))) continue;
      seen.add(file);
      found.push({ group: index, file, change: 'dependency' });
    }
  }
  return found;
}

/** A warning for each prompt glob that matches no file of the head commit: nothing under it is gated. */
function unmatchedPromptGlobs(config: Config, headTree: TreeFile[]): string[] {
  return config.prompts.flatMap((group, i) =>
    group.files
      .filter((pattern) => !headTree.some((file) => matchesAny([pattern])(file.path)))
      .map(
        (pattern) =>
          `prompts[${i}].files ${JSON.stringify(pattern)}${group.source ? ` (${group.source.file}:${group.source.line})` : ''} matches no file in the head commit: no prompt is gated through it.`,
      ),
  );
}

/**
 * Recorded answers (cassettes, cache entries) committed by the change are replayed as if a model
 * gave them: the verdict then rests on the change's own data, which a reviewer must see.
 */
function recordedAnswerNotes(config: Config, changed: ChangedFile[]): string[] {
  const folders = [
    ...(config.cassettes.mode === 'off' ? [] : [config.cassettes.dir]),
    ...(config.cache.enabled && config.cache.dir ? [config.cache.dir] : []),
  ];
  return folders.flatMap((folder) => {
    const count = changed.filter((file) => file.path.startsWith(`${folder}/`)).length;
    return count === 0
      ? []
      : [
          `This change edits ${count} file(s) of recorded answers under ${folder}/: answers replayed from them come from the change, not from a model. Review them by hand.`,
        ];
  });
}

/**
 * A file or folder the workflow or the user names (the baseline, the shard folder). An absolute path
 * is theirs to choose and taken as given, like `--out`; a relative one is inside the checkout and
 * reached through no symbolic link a pull request could have committed.
 */
async function confinedInput(repoDir: string, path: string, name: string): Promise<string> {
  if (isAbsolute(path)) return path;
  const checked = resolveRepoPath(path, name);
  await assertNoSymlink(repoDir, checked, name);
  return join(repoDir, checked);
}

async function preparePrompts(
  git: GitObjects,
  opts: GateOptions,
  trusted: TrustedConfig,
  githubModels: GitHubModelsSetup,
  headTree: TreeFile[],
  affected: AffectedPrompt[],
  groups: PromptGroupConfig[],
  base: string,
  head: string,
  runBase: boolean,
): Promise<PreparedPrompt[]> {
  const prepared: PreparedPrompt[] = [];
  // One prompt at a time: its few git calls run together, without a process per call for a large PR.
  for (const [i, prompt] of affected.entries()) {
    try {
      prepared.push(
        await preparePrompt(
          git,
          opts,
          trusted,
          githubModels,
          headTree,
          prompt,
          groups[i],
          base,
          head,
          runBase,
        ),
      );
    } catch (error) {
      // One bad prompt, dataset or template ends that prompt as an error; the others still run. A
      // check written wrong (its name or options, wherever it is) stops the run before any call:
      // a typo must never cost money.
      if (!(error instanceof UserError) || error instanceof CheckOptionError) throw error;
      opts.log.warning(`${prompt.file}: ${error.message}`);
      prepared.push({ affected: prompt, group: groups[i], inputError: inputError('prompt', error) });
    }
  }
  return prepared;
}

async function preparePrompt(
  git: GitObjects,
  opts: GateOptions,
  { config, policy }: TrustedConfig,
  githubModels: GitHubModelsSetup,
  headTree: TreeFile[],
  prompt: AffectedPrompt,
  group: PromptGroupConfig,
  base: string,
  head: string,
  runBase: boolean,
): Promise<PreparedPrompt> {
  if (prompt.change === 'removed') return { affected: prompt, group };
  const provider = config.providers[group.provider];
  const basePath = prompt.previousFile ?? prompt.file;
  // A Prompty `${file:...}` reads from the same commit as the prompt that names it.
  const readAt = (ref: string) => (path: string) => git.readFile(ref, path);
  const headTemplate = await parsePrompt(prompt.file, await mustRead(git, head, prompt.file), readAt(head));
  const versions: PlanPrompt['versions'] = [];
  const baseSource = runBase && prompt.change !== 'added' ? await git.readFile(base, basePath) : undefined;
  // A broken base is the base's problem: head is still judged, on the absolute checks.
  let baseError: InputError | undefined;
  if (baseSource !== undefined) {
    try {
      const template = await parsePrompt(basePath, baseSource, readAt(base));
      versions.push({
        version: 'base',
        template,
        ...runsWith(template, policy.providers[group.provider] ?? provider, githubModels, opts.log),
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      baseError = inputError('base', error);
    }
  }
  const headVersion = {
    version: 'head' as const,
    template: headTemplate,
    ...runsWith(headTemplate, provider, githubModels, opts.log),
  };
  versions.push(headVersion, ...alternativeVersions(headVersion, group.provider, config));
  // A prompt file's evaluators belong to its own testData, as in `gh models eval`; config checks apply
  // to all. A Prompty sample is a case only where no dataset is given, as Prompty's runtime uses it.
  const fileCases =
    headTemplate.format === 'prompty'
      ? group.datasets.length === 0
        ? [headTemplate.sample]
        : []
      : headTemplate.cases;
  const ownCases = fileCases.map((c) => ({
    ...c,
    checks: [...(c.checks ?? []), ...headTemplate.checks],
  }));
  // One tally per prompt: case ids unique, and case and byte limits, across all its datasets.
  const tally = new CaseTally();
  ownCases.forEach((c) => tally.admit(c));
  // The same case from the file's testData and from a dataset (init's starter copies it) runs once.
  const { cases: golden, folded } = foldDuplicateCases(
    [...ownCases, ...(await readCases(opts.repoDir, headTree, group, tally))],
    group.repeats,
  );
  if (folded > 0)
    opts.log.info(`${prompt.file}: ${folded} duplicate case(s) folded (same variables and expected answer)`);
  if (golden.length === 0) {
    throw new UserError(
      `prompt ${prompt.file} has no cases: add a dataset to its prompts entry in ${config.file} (datasets: [...]) or testData to the prompt file`,
      group.source,
    );
  }
  const cases = [...golden, ...generateAdversarial(golden, group.adversarial, { seed: config.gate.seed })];
  for (const c of cases) c.checks?.forEach(assertKnownCheck);
  shareEqualChecks(cases);
  // Every case renders on every version now, so a missing variable is this prompt's error, not the run's.
  for (const { version, template } of [...versions]) {
    try {
      for (const c of cases) renderOnce(template, c);
    } catch (error) {
      if (version !== 'base' || !(error instanceof UserError)) throw error;
      baseError = inputError('base', error);
      versions.splice(
        versions.findIndex((v) => v.version === 'base'),
        1,
      );
    }
  }
  return {
    affected: prompt,
    group,
    inputError: baseError,
    ignored: headTemplate.ignored,
    ...(folded > 0 ? { foldedCases: folded } : {}),
    plan: { prompt: prompt.file, versions, cases, repeats: group.repeats, provider: group.provider },
  };
}

/**
 * The model and parameters a version runs with: the prompt file's own, else its provider entry's (the
 * base's config for the base version): a change of model, in the file or the config, is gated.
 */
function runsWith(
  template: PromptTemplate,
  provider: ProviderConfig,
  githubModels: GitHubModelsSetup,
  log: EngineLog,
): Pick<PlanPrompt['versions'][number], 'model' | 'parameters'> {
  const parameters = { ...provider.parameters, ...template.parameters };
  const { model } = template;
  if (model === undefined || !isGitHubModels(provider)) return { model: model ?? provider.model, parameters };
  // GitHub Models serves the ids its catalog lists: a bare name (a Prompty Azure deployment) is
  // resolved there, and a name it does not list is this prompt's error, before any call.
  const connection = githubModels.connections[provider.id];
  if (connection)
    return { model: resolveCatalogModel(connection.catalog, model, `prompt ${template.file}`), parameters };
  if (isGitHubModelsId(model)) return { model, parameters };
  log.warning(
    `prompt ${template.file} names model "${model}" without its publisher; with no GitHub Models catalog to resolve it (providers.${provider.id} has no token), providers.${provider.id}'s ${provider.model} stands in`,
  );
  return { model: provider.model, parameters };
}

/**
 * Head on other providers, as the runner sends it when failing over: the same request with the
 * provider's own model. With `gate.fallbacks: evaluate`, each of its provider's fallback chain; and
 * each of `gate.candidates` but its own provider.
 */
function alternativeVersions(head: PlanVersion, providerId: string, config: Config): PlanVersion[] {
  const fallbacks = config.gate.fallbacks === 'evaluate' ? (config.providers[providerId].fallback ?? []) : [];
  const candidates = config.gate.candidates.filter((id) => id !== providerId);
  const on = (role: AlternativeRole, id: string): PlanVersion => ({
    ...head,
    version: `${role}:${id}`,
    model: config.providers[id].model,
    provider: id,
  });
  return [...fallbacks.map((id) => on('fallback', id)), ...candidates.map((id) => on('candidate', id))];
}

/** Messages rendered per template and case: preparing checks that every case renders, and the plan reuses them. */
const rendered = new WeakMap<PromptTemplate, WeakMap<Case, ChatMessage[]>>();

function renderOnce(template: PromptTemplate, testCase: Case): ChatMessage[] {
  let byCase = rendered.get(template);
  if (!byCase) rendered.set(template, (byCase = new WeakMap()));
  let messages = byCase.get(testCase);
  if (!messages) byCase.set(testCase, (messages = renderMessages(template, testCase)));
  return messages;
}

/** An input that could not be read, as the verdict reports it. */
function inputError(version: InputError['version'], error: UserError): InputError {
  return { version, message: error.message, source: error.location };
}

/** Lines to annotate: what the change edited in the prompt (a renamed one is diffed against its old path). */
function editedLines(
  repoDir: string,
  base: string,
  head: string,
  prompt: AffectedPrompt,
): Promise<number[]> | undefined {
  if (prompt.change !== 'modified' && prompt.change !== 'renamed') return undefined;
  return changedLines(repoDir, base, head, prompt.file, prompt.previousFile);
}

async function mustRead(git: GitObjects, ref: string, path: string): Promise<string> {
  const text = await git.readFile(ref, path);
  if (text === undefined) throw new UserError(`${path} does not exist at ${ref}`);
  return text;
}

/**
 * Reads every dataset a group names from the head commit's objects (globs matched against its
 * file list), streaming each file. A symbolic link is refused: its target may be anywhere.
 */
async function readCases(
  repoDir: string,
  headTree: TreeFile[],
  group: PromptGroupConfig,
  tally: CaseTally,
): Promise<Case[]> {
  const cases: Case[] = [];
  for (const pattern of group.datasets) {
    const matches = picomatch.scan(pattern).isGlob
      ? matchesAny([pattern])
      : (path: string) => path === pattern;
    const files = headTree.filter((file) => matches(file.path));
    if (files.length === 0)
      throw new UserError(`dataset pattern "${pattern}" matches no file in the head commit`, group.source);
    for (const file of files) {
      if (file.symlink)
        throw new UserError(
          `dataset ${file.path} is a symbolic link; expected a regular file of the repository (a link may lead outside it)`,
          group.source,
        );
      const content = streamBlob(repoDir, file.oid);
      try {
        for await (const c of readDataset({ path: file.path, size: file.size, content }, tally))
          cases.push(c);
      } finally {
        content.destroy();
      }
    }
  }
  return cases;
}

/** One figure of the pre-run estimate, summed over the plan. */
function sumEstimates(plan: PlannedCall[], of: (estimate: PlannedCall['estimate']) => number): number {
  return plan.reduce((total, call) => total + of(call.estimate), 0);
}

/** The parts of a run the pre-run estimate names, by the role of their calls' versions. */
const ESTIMATE_PARTS = { side: 'base and head', fallback: 'fallbacks', candidate: 'candidates' } as const;

/**
 * The plan's pre-run estimate in one line, with what base and head, fallbacks, candidates and the
 * judge each cost.
 */
function describeEstimate(plan: PlannedCall[]): string {
  const input = sumEstimates(plan, (e) => e.inputTokens + (e.judge?.inputTokens ?? 0));
  const output = sumEstimates(plan, (e) => e.outputTokens + (e.judge?.outputTokens ?? 0));
  const usd = sumEstimates(plan, (e) => e.usd + (e.judge?.usd ?? 0));
  const parts = Object.entries(ESTIMATE_PARTS).flatMap(([role, name]) => {
    const calls = plan.filter((call) => (alternativeRole(call.version) ?? 'side') === role);
    const partUsd = sumEstimates(calls, (e) => e.usd);
    return calls.length === 0 ? [] : [`${name} ${calls.length} call(s) $${partUsd.toFixed(4)}`];
  });
  const judgeCalls = sumEstimates(plan, (e) => e.judge?.calls ?? 0);
  if (judgeCalls > 0)
    parts.push(`judge ${judgeCalls} call(s) $${sumEstimates(plan, (e) => e.judge?.usd ?? 0).toFixed(4)}`);
  const split = parts.length > 1 ? ` (${parts.join(', ')})` : '';
  return `estimate before the run: ${input} input and up to ${output} output tokens, $${usd.toFixed(4)}${split}`;
}

/**
 * Judge instructions, rubric and reply format around the question and the answer: all the long
 * string literals of each judge check's file (instructions, rubrics, and error texts besides) come
 * to 102-282 tokens (o200k_base), so 300 errs high.
 */
const JUDGE_FRAMING_TOKENS = 300;
/** A judge's reply is a verdict with a reason in JSON: its length when the judge entry sets no max_tokens. */
const JUDGE_REPLY_TOKENS = 200;

/**
 * Adds to each planned call the judge calls its answer will get, priced at the judge entry's model:
 * each judge call reads the call's messages, the answer (as long as the call may answer) and the
 * judge's framing. Before the run, so the spend cap and the estimate include the judge.
 */
function estimateJudging(
  plan: PlannedCall[],
  callsPer: (call: PlannedCall) => number,
  trusted: TrustedConfig,
  judge: ProviderConfig,
): void {
  const maxTokens = judge.parameters?.max_tokens ?? judge.parameters?.max_completion_tokens;
  const outputTokens = typeof maxTokens === 'number' ? maxTokens : JUDGE_REPLY_TOKENS;
  for (const call of plan) {
    const calls = callsPer(call);
    if (calls === 0) continue;
    const inputTokens = call.estimate.inputTokens + call.estimate.outputTokens + JUDGE_FRAMING_TOKENS;
    const usd = priceEstimate(trusted, judge.id, judge.model, inputTokens, outputTokens);
    call.estimate = sharedEstimate({
      ...call.estimate,
      judge: {
        calls,
        inputTokens: calls * inputTokens,
        outputTokens: calls * outputTokens,
        usd: calls * usd,
      },
    });
  }
}

/** Equal estimates, one object each: most calls of a large plan count alike (never changed once made). */
const estimates = new Shared<PlannedCall['estimate']>();

function sharedEstimate(estimate: PlannedCall['estimate']): PlannedCall['estimate'] {
  return estimates.share(estimate, JSON.stringify(estimate));
}

/** A call's tokens (counted offline) and price, before it is sent. */
function estimateCall(
  trusted: TrustedConfig,
  request: PlannedCall['request'],
  providerId: string,
): PlannedCall['estimate'] {
  const inputTokens = countMessageTokens(request.messages);
  const maxTokens = request.parameters.max_tokens ?? request.parameters.max_completion_tokens;
  // Without a max_tokens the answer length is unknown; a few hundred tokens is a typical chat reply.
  const outputTokens = typeof maxTokens === 'number' ? maxTokens : 300;
  const usd = priceEstimate(trusted, providerId, request.model, inputTokens, outputTokens);
  return { inputTokens, outputTokens, usd };
}

/** The price of a call not yet made, from its counted input and expected output tokens. */
function priceEstimate(
  trusted: TrustedConfig,
  providerId: string,
  model: string,
  input: number,
  output: number,
): number {
  return priceUsage(
    model,
    { input, cachedInput: 0, output, reasoning: 0, estimated: true },
    priceOverride(trusted, providerId, model),
    { providerId },
  );
}

/**
 * A provider entry's `price` is for the model that entry names in the policy (the base's config): a
 * version that runs another model (the prompt file's, or head's config's) is priced from the price
 * table, each model at its own price; on GitHub Models, from its own billing (free tier, or each
 * model's multipliers).
 */
function priceOverride(trusted: TrustedConfig, providerId: string, model: string): PriceOverride | undefined {
  const entry = trusted.config.providers[providerId];
  const written = trusted.policy.providers[providerId] ?? entry;
  if (model === written?.model) return entry?.price;
  return entry && isGitHubModels(entry)
    ? githubModelsPrice({ ...written, price: undefined, model })
    : undefined;
}

/** The report's price line: the price table, and how each GitHub Models entry is billed (its free tier said plainly). */
function describePrices(config: Config): string {
  const bases = Object.values(config.providers).map((entry) =>
    isGitHubModels(entry) ? githubModelsPriceBasis(entry) : priceTableVersion(),
  );
  return [...new Set(bases)].join('; ');
}

/** GitHub Models entries with the price their billing gives (free: none), so estimates and records agree. */
function withGitHubModelsPrices(config: Config): Config {
  const providers = Object.fromEntries(
    Object.entries(config.providers).map(([id, entry]) => [
      id,
      isGitHubModels(entry) ? { ...entry, price: githubModelsPrice(entry) } : entry,
    ]),
  );
  return { ...config, providers };
}

/**
 * The GitHub Models quotas the run spends, one per tier and token, over every model its entries may
 * send (the plan's, the judge's, each entry's own for failover); a quota several entries or models
 * share is logged with its members.
 */
function sharedQuotas(planned: Planned, log: EngineLog): GitHubModelsQuotas {
  const { config, policy } = planned.trusted;
  const uses = new Map<string, ModelUse>();
  for (const call of planned.plan) {
    const model = modelOf(call);
    uses.set(`${call.provider}\0${model}`, { provider: call.provider, model });
  }
  if (policy.judge)
    uses.set('judge', { provider: policy.judge, model: policy.providers[policy.judge].model });
  const quotas = new GitHubModelsQuotas(config, planned.githubModels, [...uses.values()]);
  for (const quota of quotas.all())
    if (quota.members.length > 1)
      log.info(
        `${quota.name} is one quota for ${quota.members.join(', ')}: ${describeLimits(quota.limits)}, counted and paced together`,
      );
  return quotas;
}

/** How many judge calls each planned call's answer gets: its checks that ask the judge. */
function judgeCallsPer(prepared: PreparedPrompt[]): (call: PlannedCall) => number {
  const checksOf = promptChecks(prepared);
  return (call) => applicableChecks(call.case, checksOf(call.prompt)).filter(callsJudge).length;
}

/** Tokens the run's answers used, as the providers reported them (cached and replayed answers too). */
function sumTokens(records: CallRecord[]): { input: number; output: number } {
  let input = 0;
  let output = 0;
  for (const record of records) {
    input += record.usage?.input ?? 0;
    output += record.usage?.output ?? 0;
  }
  return { input, output };
}

/** Why a provider has no live client: its API key variable is not set. */
type MissingCredentials = Record<string, string>;

/**
 * Live providers for the entries whose API key (for GitHub Models, token) is set and whose endpoint
 * the trusted policy names; the others say why they have none.
 */
function createProviders(
  opts: GateOptions,
  trusted: TrustedConfig,
  githubModels: GitHubModelsSetup,
  quotas: GitHubModelsQuotas,
): { live: Record<string, Provider>; missing: MissingCredentials } {
  const { config, untrusted } = trusted;
  const live: Record<string, Provider> = {};
  const missing: MissingCredentials = { ...githubModels.missing };
  for (const [id, entry] of Object.entries(config.providers)) {
    assertPriced(entry.model, priceOverride(trusted, id, entry.model), {
      providerId: id,
      location: entry.source,
    });
    if (untrusted[id]) {
      missing[id] = untrusted[id];
      continue;
    }
    if (isGitHubModels(entry)) {
      const connection = githubModels.connections[id];
      if (connection)
        live[id] = createGitHubModelsProvider(entry, {
          token: connection.token,
          inferenceURL: connection.inferenceURL,
          // Connected, so every model it sends has a quota.
          quotaOf: (model) => quotas.of(id, model)!,
          fetch: opts.fetch,
        });
      continue;
    }
    const keyName = entry.apiKeyEnv ?? 'OPENAI_API_KEY';
    const apiKey = opts.env[keyName];
    if (apiKey)
      live[id] = pacedTo(
        entry.limits?.requestsPerMinute,
        createOpenAIProvider(entry, { apiKey, fetch: opts.fetch }),
      );
    else missing[id] = `${keyName} is not set for provider "${id}" (pull requests from forks get no secrets)`;
  }
  return { live, missing };
}

/** A provider held to the requests per minute its entry's `limits` give (GitHub Models paces its own). */
function pacedTo(requestsPerMinute: number | undefined, provider: Provider): Provider {
  if (requestsPerMinute === undefined) return provider;
  const pacer = new RequestPacer(requestsPerMinute);
  return { ...provider, ready: (_req, signal) => pacer.ready(signal) };
}

/** Each provider as the cassette mode serves it; a provider with neither credentials nor replay is left out. */
function wrapWithCassettes(
  live: Record<string, Provider>,
  missing: MissingCredentials,
  mode: CassetteMode,
  store: CassetteStore,
  config: Config,
): Record<string, Provider> {
  const providers: Record<string, Provider> = {};
  for (const [id, entry] of Object.entries(config.providers)) {
    const provider = withCassettes(mode, live[id], store, { id, model: entry.model }, missing[id]);
    if (provider) providers[id] = provider;
  }
  return providers;
}

/** What was not run and why: calls without credentials, to a provider that stopped answering, past the spend cap. */
function notRunNotes(
  records: CallRecord[],
  missing: MissingCredentials,
  stopped: Record<string, string>,
  maxUsd: number | undefined,
): string[] {
  const notes: string[] = [];
  const notRun = records.filter((r) => r.status === 'not-run');
  const capped = notRun.filter((r) => r.error?.startsWith('spend cap'));
  // Entries on one GitHub Models tier stop for the same spent day: one note says it.
  const reasons = [...new Set(Object.values(stopped))];
  for (const reason of reasons) {
    const count = notRun.filter((r) => r.error?.includes(reason)).length;
    if (count > 0) notes.push(`${count} call(s) not run: ${reason}.`);
  }
  const halted = notRun.filter((r) => reasons.some((reason) => r.error?.includes(reason))).length;
  const uncredentialed = notRun.length - capped.length - halted;
  if (uncredentialed > 0) {
    notes.push(
      `${uncredentialed} call(s) not run: ${Object.values(missing).join('; ')}. Checks that need a model were skipped; prompts were still parsed, rendered and estimated.`,
    );
  } else if (Object.keys(missing).length > 0) {
    notes.push(
      `No live calls were possible (${Object.values(missing).join('; ')}); every answer was replayed from cassettes.`,
    );
  }
  if (capped.length > 0)
    notes.push(
      `${capped.length} call(s) not run: the spend cap of $${maxUsd} was reached (budget.maxUsd or the max-usd input)`,
    );
  return notes;
}

/** Logs a line every tenth of the run and one per prompt as its last call ends. */
function progress(log: EngineLog, plan: PlannedCall[]): (record: CallRecord) => void {
  const total = plan.length;
  const step = Math.max(1, Math.ceil(total / 10));
  const left = new Map<string, number>();
  for (const call of plan) left.set(call.prompt, (left.get(call.prompt) ?? 0) + 1);
  const failed = new Map<string, number>();
  let done = 0;
  return (record) => {
    done++;
    log.debug(`${record.key}: ${record.status}${record.error ? ` (${record.error})` : ''}`);
    if (record.status !== 'ok') failed.set(record.prompt, (failed.get(record.prompt) ?? 0) + 1);
    const remaining = (left.get(record.prompt) ?? 1) - 1;
    left.set(record.prompt, remaining);
    if (remaining === 0) {
      const errors = failed.get(record.prompt) ?? 0;
      log.info(`${record.prompt}: all calls ended${errors ? ` (${errors} without an answer)` : ''}`);
    }
    // Grouped counts with words between: "32064/40066" reads as a phone number to the log's masking.
    if (done % step === 0 || done === total)
      log.info(`${formatCount(done)} of ${formatCount(total)} calls done`);
  };
}

/**
 * `toxicity: { via: moderation }` classifies answers with the moderation endpoint of the trusted
 * policy's judge entry, else `main`: the endpoint and the key come from the base commit, like every
 * other call's. At most `concurrency` calls at once. Without a key (a fork PR), or on a GitHub Models
 * entry (the service has no moderation endpoint), the check is an error.
 */
function moderator(opts: GateOptions, { config, policy, untrusted }: TrustedConfig): Moderate | undefined {
  const id = policy.judge ?? 'main';
  const entry = policy.providers[id];
  // GitHub Models serves no moderation endpoint, and its token must never go to OpenAI's.
  if (!entry || untrusted[id] || isGitHubModels(entry)) return undefined;
  const apiKey = opts.env[entry.apiKeyEnv ?? 'OPENAI_API_KEY'];
  if (!apiKey) return undefined;
  const moderate = createModerator({ baseURL: entry.baseURL, apiKey, fetch: opts.fetch });
  const slots = new Semaphore(config.concurrency);
  return async (text) => {
    await slots.acquire();
    try {
      return await moderate(text);
    } finally {
      slots.release();
    }
  };
}

/** A judge that calls through the run's runner, and what its calls used. */
interface RunJudge {
  call: JudgeFn;
  usage(): Pick<GateResult['meta'], 'judgeModel' | 'judgeCalls' | 'judgeCostUsd'>;
}

/**
 * Judge calls go through the same runner (cache, budget, retries); their count and cost are kept
 * apart. The judge is the trusted policy's (`judge`), model included: it grades base and head alike.
 */
function judgeVia(runner: Runner, judgeId: string, judge: ProviderConfig): RunJudge {
  let calls = 0;
  let costUsd = 0;
  return {
    async call(messages, purpose) {
      const request = { model: judge.model, messages, parameters: { temperature: 0, ...judge.parameters } };
      const result = await runner.call(request, judgeId, {
        label: `judge#${purpose}`,
        repeat: 1,
        group: 'judge',
      });
      calls++;
      costUsd += result.costUsd ?? 0;
      if (result.status !== 'ok' || result.output === undefined)
        throw new Error(`judge call failed: ${result.error ?? 'no answer'}`);
      return { output: result.output };
    },
    usage: () => ({ judgeModel: judge.model, judgeCalls: calls, judgeCostUsd: costUsd }),
  };
}
