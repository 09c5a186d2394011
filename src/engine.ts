import { join } from 'node:path';
import picomatch from 'picomatch';
import { findAffectedPrompts, touchesDependency, type AffectedPrompt } from './changes/affected.js';
import type { ChangedFile } from './changes/changed-file.js';
import { GitObjects, changedLines, gitChangedFiles, listFilesAtRef } from './changes/git.js';
import { assertKnownCheck } from './checks/names.js';
import type { JudgeFn } from './checks/types.js';
import { loadConfig } from './config/load-config.js';
import { assertSuiteName, generateAdversarial } from './datasets/adversarial/generate.js';
import { readDataset } from './datasets/load-dataset.js';
import { UserError } from './errors.js';
import { readBaseline } from './gate/baseline.js';
import { parsePrompt } from './prompts/parse-prompt.js';
import { renderMessages } from './prompts/render.js';
import { createDiskCache } from './providers/cache.js';
import { CassetteStore, withCassettes, type CassetteMode } from './providers/cassette.js';
import { assertPriced, priceTableVersion, priceUsage } from './providers/pricing.js';
import type { Provider } from './providers/provider.js';
import { countRequestTokens, requestTokenBound } from './providers/usage.js';
import { buildPlan, type PlanPrompt } from './run/plan.js';
import { Runner } from './run/runner.js';
import { settleLater } from './settle-later.js';
import type { Case, CallRecord, CheckSpec, Config, GateResult, PlannedCall, ScoredRecord } from './types.js';

/** Where progress and diagnostics go: the Actions log, or the terminal. */
export interface EngineLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Everything one gate run needs; the action and the CLI both build this. */
export interface GateOptions {
  /** Repository root: the checked-out head. */
  repoDir: string;
  /** Config path relative to `repoDir`. */
  configPath: string;
  base: string;
  head: string;
  /**
   * Changed files from the pull request API; git diff is used when absent or truncated. A promise
   * may be passed, so the API's round trips overlap loading the config and git's work.
   */
  changedFiles?: ChangedFiles | Promise<ChangedFiles>;
  /** Where API keys are read from (the variables named by `apiKeyEnv`). */
  env: Record<string, string | undefined>;
  /** Overrides `budget.maxUsd`. */
  maxUsd?: number;
  /** Overrides `cassettes.mode`. */
  cassetteMode?: CassetteMode;
  /** Gate every prompt the config names, not only those the change touched (baselines, schedules). */
  all?: boolean;
  /** A baseline file (from `promptgate baseline`), relative to `repoDir`: head is compared with it instead of a base run. */
  baselineFile?: string;
  /** Passed to the OpenAI client (tests only). */
  fetch?: typeof fetch;
  log: EngineLog;
}

/** The files a pull request changed, as its files API lists them (at most 3,000: `truncated`). */
export interface ChangedFiles {
  files: ChangedFile[];
  truncated: boolean;
}

/** A finished gate run: the verdict and everything it was decided from. */
export interface GateRun {
  config: Config;
  result: GateResult;
  plan: PlannedCall[];
  records: ScoredRecord[];
}

/** The engine: changes -> plan -> run -> score -> verdict. Publishing is the caller's. */
export async function runGate(opts: GateOptions): Promise<GateRun> {
  const git = new GitObjects(opts.repoDir);
  try {
    return await gate(opts, git);
  } finally {
    git.close();
  }
}

async function gate(opts: GateOptions, git: GitObjects): Promise<GateRun> {
  const { log } = opts;
  // git works while the config loads; errors are still reported in the order the steps come.
  const refs = settleLater(git.resolveRefs([opts.base, opts.head]));
  // Awaited only after the config loads: until then a failed listing must not end the process.
  if (opts.changedFiles instanceof Promise) settleLater(opts.changedFiles);
  const diffed =
    !opts.all && !opts.changedFiles
      ? settleLater(gitChangedFiles(opts.repoDir, opts.base, opts.head))
      : undefined;
  // The OpenAI client is the largest module of the first call's path: it compiles while git works.
  const openai = settleLater(import('./providers/openai-provider.js'));
  const config = await loadConfig(join(opts.repoDir, opts.configPath), { displayPath: opts.configPath });
  validateNames(config);
  const [base, head] = await refs;
  const notes: string[] = [];

  const affected = await log.group('Changes', async () => {
    const found = await findChanges(opts, config, base, head, diffed, notes);
    log.info(`${found.length} affected prompt(s)${found.map((p) => `\n  ${p.change}: ${p.file}`).join('')}`);
    return found;
  });
  const meta: GateResult['meta'] = {
    base,
    head,
    seed: config.gate.seed,
    totalCostUsd: 0,
    estimatedCostUsd: 0,
  };
  if (affected.length === 0) {
    const { decide } = await import('./gate/verdict.js');
    return {
      config,
      plan: [],
      records: [],
      result: decide({ records: [], plan: [], prompts: [], gate: config.gate, meta, skipped: [] }),
    };
  }

  const baseline = opts.baselineFile ? readBaseline(join(opts.repoDir, opts.baselineFile)) : undefined;
  const prepared = await log.group('Plan', () =>
    preparePrompts(git, opts, config, affected, base, head, !baseline),
  );
  // Estimates start as upper bounds (no tokenizer needed), so calls need not wait for the tokenizer
  // thread, whose tables take a few hundred ms of CPU to load: it starts once the first calls are
  // on their way, not while this thread loads and plans. The runner holds a call that the bound
  // would refuse until the exact counts replace it.
  const plan = buildPlan(
    prepared.filter((p) => p.plan).map((p) => p.plan as PlanPrompt),
    renderMessages,
    (request, providerId) => estimateCall(config, request, providerId, requestTokenBound(request.messages)),
  );
  meta.priceTable = priceTableVersion();
  log.info(`${plan.length} planned call(s); ${describeEstimate(plan, false)}`);
  let startCounting!: () => void;
  const counted = settleLater(
    new Promise<void>((resolve) => (startCounting = resolve))
      .then(() => countPlan(config, plan))
      .then(() => log.info(describeEstimate(plan, true))),
  );

  const { live, missing } = createProviders(opts, config, (await openai).createOpenAIProvider);
  const cassettes = new CassetteStore(join(opts.repoDir, config.cassettes.dir), config.cassettes.dir);
  const maxUsd = opts.maxUsd ?? config.budget.maxUsd;
  const runner = new Runner({
    providers: wrapWithCassettes(
      live,
      missing,
      opts.cassetteMode ?? config.cassettes.mode,
      cassettes,
      config,
    ),
    providerConfigs: config.providers,
    concurrency: config.concurrency,
    maxUsd,
    estimatesFinal: counted,
    cache: config.cache.enabled
      ? createDiskCache(join(opts.repoDir, config.cache.dir ?? '.promptgate-cache'))
      : undefined,
    onRecord: progress(log, plan),
  });
  const records = await log.group('Run', () => {
    const running = runner.run(plan);
    setImmediate(startCounting);
    return running;
  });
  // Only the report needs the edited lines (for annotations): a git process each, after the calls,
  // one at a time so a large PR does not start hundreds at once.
  const changedLines: Array<number[] | undefined> = [];
  for (const p of prepared) changedLines.push(await editedLines(opts.repoDir, base, head, p.affected));
  await counted;
  meta.estimatedCostUsd = sumEstimates(plan, (e) => e.usd);
  const judge = config.judge ? judgeVia(runner, config, config.judge, meta) : undefined;
  // Scoring and the verdict are imported when reached: they need not load before the first call.
  const [{ scoreRecords }, { decide }] = await Promise.all([
    import('./checks/score.js'),
    import('./gate/verdict.js'),
  ]);
  const scored = await log.group('Score', () =>
    scoreRecords(records, plan, promptChecks(config, prepared), judge),
  );
  // After scoring, so recorded judge answers are saved too.
  await cassettes.save();
  meta.totalCostUsd = runner.spentUsd;
  const result = decide({
    records: scored,
    plan,
    prompts: prepared.map((p, i) => ({
      prompt: p.affected.file,
      change: p.affected.change,
      previousFile: p.affected.previousFile,
      config: config.prompts[p.affected.group]!,
      changedLines: changedLines[i],
    })),
    gate: config.gate,
    traffic: config.traffic,
    meta,
    baseline,
    skipped: [...notRunNotes(records, missing, maxUsd), ...notes],
  });
  return { config, result, plan, records: scored };
}

/** An affected prompt with its parsed versions, its cases and the checks that apply to it. */
export interface PreparedPrompt {
  affected: AffectedPrompt;
  /** Absent for a removed prompt: nothing is run. */
  plan?: PlanPrompt;
}

/** The checks the config declares for each prompt's group. */
function promptChecks(config: Config, prepared: PreparedPrompt[]): (prompt: string) => CheckSpec[] {
  const byPrompt = new Map(prepared.map((p) => [p.affected.file, config.prompts[p.affected.group]!.checks]));
  return (prompt) => byPrompt.get(prompt) ?? [];
}

function validateNames(config: Config): void {
  for (const group of config.prompts) {
    group.checks.forEach(assertKnownCheck);
    group.adversarial.forEach(assertSuiteName);
  }
}

async function findChanges(
  opts: GateOptions,
  config: Config,
  base: string,
  head: string,
  diffed: Promise<ChangedFile[]> | undefined,
  notes: string[],
): Promise<AffectedPrompt[]> {
  const listed = opts.all ? undefined : await opts.changedFiles;
  let changed = listed?.files ?? [];
  if (listed?.truncated) {
    notes.push(
      'The pull request lists more files than the GitHub API returns (3,000); changed files were taken from `git diff` instead.',
    );
    changed = await gitChangedFiles(opts.repoDir, base, head);
  } else if (diffed) {
    changed = await diffed;
  }
  // The trees are listed only when whole groups re-run: --all, or a dataset, dependsOn file or the config changed.
  const [headFiles, baseFiles] =
    opts.all || touchesDependency(config, changed)
      ? await Promise.all([listFilesAtRef(opts.repoDir, head), listFilesAtRef(opts.repoDir, base)])
      : [[], []];
  if (opts.all) {
    return findAffectedPrompts(
      config,
      headFiles.map((path) => ({ path, status: 'modified' as const })),
      headFiles,
      baseFiles,
    );
  }
  return findAffectedPrompts(config, changed, headFiles, baseFiles);
}

async function preparePrompts(
  git: GitObjects,
  opts: GateOptions,
  config: Config,
  affected: AffectedPrompt[],
  base: string,
  head: string,
  runBase: boolean,
): Promise<PreparedPrompt[]> {
  const prepared: PreparedPrompt[] = [];
  // One prompt at a time: its few git calls run together, without a process per call for a large PR.
  for (const prompt of affected)
    prepared.push(await preparePrompt(git, opts, config, prompt, base, head, runBase));
  return prepared;
}

async function preparePrompt(
  git: GitObjects,
  opts: GateOptions,
  config: Config,
  prompt: AffectedPrompt,
  base: string,
  head: string,
  runBase: boolean,
): Promise<PreparedPrompt> {
  const group = config.prompts[prompt.group]!;
  if (prompt.change === 'removed') return { affected: prompt };
  const basePath = prompt.previousFile ?? prompt.file;
  const headText = settleLater(mustRead(git, head, prompt.file));
  const baseText =
    runBase && prompt.change !== 'added' ? settleLater(git.readFile(base, basePath)) : undefined;
  const headTemplate = parsePrompt(prompt.file, await headText);
  const versions: PlanPrompt['versions'] = [];
  const baseSource = await baseText;
  if (baseSource !== undefined)
    versions.push({ version: 'base', template: parsePrompt(basePath, baseSource) });
  versions.push({ version: 'head', template: headTemplate });
  // A prompt file's evaluators belong to its own testData, as in `gh models eval`; config checks apply to all.
  const ownCases = headTemplate.cases.map((c) => ({
    ...c,
    checks: [...(c.checks ?? []), ...headTemplate.checks],
  }));
  const golden = [...ownCases, ...(await readCases(opts.repoDir, group.datasets))];
  if (golden.length === 0) {
    throw new UserError(
      `prompt ${prompt.file} has no cases: add a dataset to its prompts entry in ${config.file} (datasets: [...]) or testData to the prompt file`,
      group.source,
    );
  }
  const cases = [...golden, ...generateAdversarial(golden, group.adversarial, { seed: config.gate.seed })];
  for (const c of cases) c.checks?.forEach(assertKnownCheck);
  const provider = config.providers[group.provider]!;
  return {
    affected: prompt,
    plan: {
      prompt: prompt.file,
      versions,
      cases,
      repeats: group.repeats,
      provider: group.provider,
      model: provider.model,
      parameters: provider.parameters ?? {},
    },
  };
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

/** Reads every dataset a group names (globs allowed), streaming each file. */
async function readCases(repoDir: string, datasets: string[]): Promise<Case[]> {
  const cases: Case[] = [];
  for (const pattern of datasets) {
    // fast-glob is loaded only for a pattern, so a plain dataset path costs no start-up time.
    const files = picomatch.scan(pattern).isGlob
      ? (await (await import('fast-glob')).default(pattern, { cwd: repoDir })).sort()
      : [pattern];
    if (files.length === 0) throw new UserError(`dataset pattern "${pattern}" matches no file`);
    for (const file of files) {
      for await (const c of readDataset(join(repoDir, file), file)) cases.push(c);
    }
  }
  return cases;
}

/** Replaces each call's bound with the tokenizer's count, in one batch for the whole plan. */
async function countPlan(config: Config, plan: PlannedCall[]): Promise<void> {
  const inputTokens = await countRequestTokens(plan.map((call) => call.request.messages));
  plan.forEach((call, i) => {
    // In place: the runner holds these objects against the spend cap while calls are in flight.
    Object.assign(call.estimate, estimateCall(config, call.request, call.provider, inputTokens[i]!));
  });
}

/** One figure of the pre-run estimate, summed over the plan. */
function sumEstimates(plan: PlannedCall[], of: (estimate: PlannedCall['estimate']) => number): number {
  return plan.reduce((total, call) => total + of(call.estimate), 0);
}

/** The plan's pre-run estimate in one line: counted, or bounded before the tokenizer has counted. */
function describeEstimate(plan: PlannedCall[], counted: boolean): string {
  const at = counted ? '' : 'at most ';
  const figures = `${at}${sumEstimates(plan, (e) => e.inputTokens)} input and up to ${sumEstimates(plan, (e) => e.outputTokens)} output tokens, ${at}$${sumEstimates(plan, (e) => e.usd).toFixed(4)}`;
  return counted
    ? `estimate before the run, counted: ${figures}`
    : `estimate before the run: ${figures} (a byte count, until the tokenizer has counted)`;
}

function estimateCall(
  config: Config,
  request: PlannedCall['request'],
  providerId: string,
  inputTokens: number,
): PlannedCall['estimate'] {
  const provider = config.providers[providerId]!;
  const maxTokens = request.parameters.max_tokens ?? request.parameters.max_completion_tokens;
  // Without a max_tokens the answer length is unknown; a few hundred tokens is a typical chat reply.
  const outputTokens = typeof maxTokens === 'number' ? maxTokens : 300;
  const usd = priceUsage(
    request.model,
    { input: inputTokens, cachedInput: 0, output: outputTokens, reasoning: 0, estimated: true },
    provider.price,
    { providerId },
  );
  return { inputTokens, outputTokens, usd };
}

/** Why a provider has no live client: its API key variable is not set. */
type MissingCredentials = Record<string, string>;

/** Live providers for the entries whose API key is set; the others say why they have none. */
function createProviders(
  opts: GateOptions,
  config: Config,
  createOpenAIProvider: typeof import('./providers/openai-provider.js').createOpenAIProvider,
): { live: Record<string, Provider>; missing: MissingCredentials } {
  const live: Record<string, Provider> = {};
  const missing: MissingCredentials = {};
  for (const [id, entry] of Object.entries(config.providers)) {
    assertPriced(entry.model, entry.price, { providerId: id });
    const keyName = entry.apiKeyEnv ?? 'OPENAI_API_KEY';
    const apiKey = opts.env[keyName];
    if (apiKey) live[id] = createOpenAIProvider(entry, { apiKey, fetch: opts.fetch });
    else missing[id] = `${keyName} is not set for provider "${id}" (pull requests from forks get no secrets)`;
  }
  return { live, missing };
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

/** What was not run and why: calls without credentials and calls past the spend cap. */
function notRunNotes(
  records: CallRecord[],
  missing: MissingCredentials,
  maxUsd: number | undefined,
): string[] {
  const notes: string[] = [];
  const notRun = records.filter((r) => r.status === 'not-run');
  const capped = notRun.filter((r) => r.error?.startsWith('spend cap'));
  const uncredentialed = notRun.length - capped.length;
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
    if (done % step === 0 || done === total) log.info(`${done}/${total} calls done`);
  };
}

/** Judge calls go through the same runner (cache, budget, retries); their count and cost go into `meta`. */
function judgeVia(runner: Runner, config: Config, judgeId: string, meta: GateResult['meta']): JudgeFn {
  const judge = config.providers[judgeId]!;
  meta.judgeModel = judge.model;
  meta.judgeCalls = 0;
  meta.judgeCostUsd = 0;
  return async (messages, purpose) => {
    const request = { model: judge.model, messages, parameters: { temperature: 0, ...judge.parameters } };
    const result = await runner.call(request, judgeId, {
      label: `judge#${purpose}`,
      repeat: 1,
      group: 'judge',
    });
    meta.judgeCalls = (meta.judgeCalls ?? 0) + 1;
    meta.judgeCostUsd = (meta.judgeCostUsd ?? 0) + (result.costUsd ?? 0);
    if (result.status !== 'ok' || result.output === undefined)
      throw new Error(`judge call failed: ${result.error ?? 'no answer'}`);
    return { output: result.output };
  };
}
