import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { Interned, Shared } from '../interned.js';
import { MAX_PLANNED_CALLS } from '../limits.js';
import { isRateLimitEntry, mergeRateLimits } from '../providers/rate-limits.js';
import type { AnswerSpill } from './answer-spill.js';
import { PlanDigest, modelOf } from './plan.js';
import { RunRecord } from './run-record.js';
import type { Case, CheckOutcome, PlannedCall, RateLimitEntry, ScoredRecord } from '../types.js';

/** One slice of a run split over runners: `index` of `count`, 1-based (`shard: 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

/** Runners one run may be split over: a GitHub Actions matrix holds at most 256 jobs. */
export const MAX_SHARDS = 256;

/** Parses `i/n` as the `shard` input and the `--shard` flag write it. */
export function parseShard(text: string, name: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw new UserError(
      `Invalid ${name} ${JSON.stringify(text)}: expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, e.g. 2/4`,
    );
  return { index, count };
}

/**
 * The shard a case belongs to: a stable hash of its prompt and case id. Every call of a case (base
 * and head, every repeat) lands in the same shard, so checks that compare a case's repeats
 * (`consistency`) and its base with its head see all of them in one process.
 */
export function shardOf(call: Pick<PlannedCall, 'prompt' | 'case'>, count: number): number {
  return (caseHash(caseKey(call)) % count) + 1;
}

/** A call's prompt and case: the unit a shard takes whole. */
function caseKey(call: Pick<PlannedCall, 'prompt' | 'case'>): string {
  return `${call.prompt}\0${call.case.id}`;
}

/** The stable hash of a case (its `caseKey`) that `shardOf` divides. */
function caseHash(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0);
}

/** The calls of the largest of `count` slices (slices are drawn by hash, not counted out). */
function largestSlice(callsByHash: Map<number, number>, count: number): number {
  const sizes = new Array<number>(count).fill(0);
  for (const [hash, calls] of callsByHash) sizes[hash % count] += calls;
  return Math.max(...sizes);
}

/** Whether a case is in `shard`: `buildPlan` keeps only these calls in a shard's run. */
export function inShard(shard: Shard): (prompt: string, testCase: Case) => boolean {
  return (prompt, testCase) => shardOf({ prompt, case: testCase }, shard.count) === shard.index;
}

/**
 * What every shard of one run must agree on: the commits, the seed and a digest of the whole plan
 * (every call's key and exact request, so the config, the prompts and the datasets at both commits).
 */
export interface RunIdentity {
  base: string;
  head: string;
  seed: number;
  planDigest: string;
}

/** The digest of a built plan, as `buildPlan` computes it while building. */
export function planDigest(plan: PlannedCall[]): string {
  const digest = new PlanDigest();
  for (const call of plan) digest.add(call.key, call.request);
  return digest.hex();
}

/** A shard file's first line: who wrote it and what its records cost. */
export interface ShardHeader extends RunIdentity {
  promptgateShard: 1;
  index: number;
  count: number;
  /** Calls this shard ran (its records follow, one per line). */
  calls: number;
  spentUsd: number;
  judgeCalls: number;
  judgeCostUsd: number;
  /** Providers this shard could not call, and why (no credentials, untrusted endpoint). */
  missing: Record<string, string>;
  /** The rate limits this shard's answers stated (and its config gave), for the load headroom. */
  rateLimits?: RateLimitEntry[];
}

/** The file name of a shard's records: unique per shard, so artifacts of a matrix never collide. */
export function shardFileName(shard: Shard): string {
  return `promptgate-shard-${shard.index}-of-${shard.count}.jsonl`;
}

/** Writes a shard's header and records (JSON Lines) into `dir`; returns the file's path. */
export async function writeShardFile(
  dir: string,
  header: ShardHeader,
  records: ScoredRecord[],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, shardFileName(header));
  // A line at a time: a shard of 100,000 answers is never one string in memory.
  const out = createWriteStream(file);
  for (const line of [header, ...records]) {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  return file;
}

/** Every shard's records, merged back into plan order, with what the shards spent. */
export interface MergedShards {
  records: ScoredRecord[];
  spentUsd: number;
  judgeCalls: number;
  judgeCostUsd: number;
  missing: Record<string, string>;
  /** Every shard's rate limits, one figure per limit (a stated one first). */
  rateLimits: RateLimitEntry[];
  count: number;
}

/**
 * Reads the shard files under `dir` (any depth: `actions/download-artifact` puts each artifact in a
 * folder of its own) and merges them for `plan`. Refused, naming the file: a shard of another run
 * (commits, seed or plan differ), a shard count that differs, a shard missing or given twice, a
 * record the plan does not hold or a planned call no shard ran. A missing shard is never a pass.
 */
export async function readShards(
  dir: string,
  plan: PlannedCall[],
  identity: RunIdentity,
  /** Where the merged records' long answers wait until the reports show them. */
  spill?: AnswerSpill,
): Promise<MergedShards> {
  const files = (await listFiles(dir))
    .filter((file) => /^promptgate-shard-.*\.jsonl$/.test(basename(file)))
    .sort();
  if (files.length === 0)
    throw new UserError(
      `no shard files (promptgate-shard-*.jsonl) under ${dir}: expected the artifacts the shard runs uploaded`,
    );
  const index = new Map(plan.map((call, i) => [call.key, i]));
  const records = new Array<ScoredRecord | undefined>(plan.length);
  const texts = new Interned();
  const lists = new Shared<CheckOutcome[]>();
  const seen = new Map<number, string>();
  const merged: MergedShards = {
    records: [],
    spentUsd: 0,
    judgeCalls: 0,
    judgeCostUsd: 0,
    missing: {},
    rateLimits: [],
    count: 0,
  };
  for (const file of files) {
    const shown = relative(dir, file) || file;
    const header = await readShardFile(file, shown, identity, (record, line) => {
      const at = index.get(record.key);
      if (at === undefined)
        throw new UserError(`${shown}:${line}: call ${JSON.stringify(record.key)} is not in this run's plan`);
      if (records[at])
        throw new UserError(`${shown}:${line}: call ${JSON.stringify(record.key)} was run by two shards`);
      const kept = withSharedParts(record, plan[at], texts, lists);
      if (spill && typeof kept.output === 'string') kept.output = spill.keep(kept.output);
      records[at] = kept;
    });
    if (merged.count !== 0 && header.count !== merged.count)
      throw new UserError(
        `${shown}: written as one of ${header.count} shards, but another file is one of ${merged.count}`,
      );
    merged.count = header.count;
    const twin = seen.get(header.index);
    if (twin)
      throw new UserError(`${shown}: shard ${header.index}/${header.count} is given twice (also ${twin})`);
    seen.set(header.index, shown);
    merged.spentUsd += header.spentUsd;
    merged.judgeCalls += header.judgeCalls;
    merged.judgeCostUsd += header.judgeCostUsd;
    Object.assign(merged.missing, header.missing);
    merged.rateLimits = mergeRateLimits(merged.rateLimits, header.rateLimits ?? []);
  }
  const absent = Array.from({ length: merged.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (absent.length > 0)
    throw new UserError(
      `shard(s) ${absent.map((i) => `${i}/${merged.count}`).join(', ')} missing under ${dir}: every shard's records are needed for a verdict`,
    );
  const unrun = plan.filter((_, i) => !records[i]);
  if (unrun.length > 0)
    throw new UserError(
      `${unrun.length} planned call(s) are in no shard file (first: ${unrun[0].key}); the shards did not run this plan`,
    );
  merged.records = records as ScoredRecord[];
  return merged;
}

/**
 * The record as a run holds it ({@link RunRecord}: its key, prompt, version, case and repeat read
 * from the planned call its key names), one string for equal check texts and one list for equal
 * lists of check outcomes: a merge holds every record of the run, and each parsed record would hold
 * its own copy of each (a 200,000-call merge: tens of megabytes), where a run's records share them.
 */
function withSharedParts(
  record: ScoredRecord,
  call: PlannedCall,
  texts: Interned,
  lists: Shared<CheckOutcome[]>,
): ScoredRecord {
  const model = modelOf(call);
  if (record.model === model) record.model = model;
  if (typeof record.provider === 'string') record.provider = texts.intern(record.provider);
  for (const outcome of record.checks) {
    if (!outcome || typeof outcome !== 'object') continue;
    if (typeof outcome.check === 'string') outcome.check = texts.intern(outcome.check);
    if (typeof outcome.name === 'string') outcome.name = texts.intern(outcome.name);
    if (typeof outcome.reason === 'string') outcome.reason = texts.intern(outcome.reason);
  }
  // Never changed once scored: equal lists (most answers pass or fail alike) are one frozen list.
  if (Array.isArray(record.checks))
    record.checks = lists.share(
      Object.freeze(record.checks) as CheckOutcome[],
      JSON.stringify(record.checks),
    );
  return new RunRecord(call, call.repeat, record);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new UserError(`shard folder ${dir} does not exist`);
      throw error;
    },
  );
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Streams one shard file: its header is returned, each record handed to `onRecord` with its line. */
async function readShardFile(
  file: string,
  shown: string,
  identity: RunIdentity,
  onRecord: (record: ScoredRecord, line: number) => void,
): Promise<ShardHeader> {
  let header: ShardHeader | undefined;
  let line = 0;
  let count = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UserError(
        `${shown}:${line}: not JSON (${(error as Error).message}); expected a shard file as promptgate writes it`,
      );
    }
    if (!header) {
      header = asHeader(value, `${shown}:${line}`);
      assertSameRun(header, identity, shown);
      continue;
    }
    onRecord(asRecord(value, `${shown}:${line}`), line);
    count++;
  }
  if (!header) throw new UserError(`${shown}: empty; expected a shard header and its records`);
  if (count !== header.calls)
    throw new UserError(
      `${shown}: holds ${count} record(s) but its header says ${header.calls}: the file is cut short`,
    );
  return header;
}

function asHeader(value: unknown, where: string): ShardHeader {
  const header = value as Partial<ShardHeader> | null;
  const numbers = ['index', 'count', 'calls', 'seed', 'spentUsd', 'judgeCalls', 'judgeCostUsd'] as const;
  if (
    !header ||
    header.promptgateShard !== 1 ||
    numbers.some((key) => typeof header[key] !== 'number') ||
    typeof header.base !== 'string' ||
    typeof header.head !== 'string' ||
    typeof header.planDigest !== 'string' ||
    typeof header.missing !== 'object' ||
    (header.rateLimits !== undefined &&
      (!Array.isArray(header.rateLimits) || !header.rateLimits.every(isRateLimitEntry)))
  )
    throw new UserError(
      `${where}: not a promptgate shard header (expected {"promptgateShard":1, ...} on the first line)`,
    );
  return header as ShardHeader;
}

function asRecord(value: unknown, where: string): ScoredRecord {
  const record = value as Partial<ScoredRecord> | null;
  if (
    !record ||
    typeof record.key !== 'string' ||
    !Array.isArray(record.checks) ||
    typeof record.status !== 'string' ||
    (record.output !== undefined && typeof record.output !== 'string')
  )
    throw new UserError(
      `${where}: not a scored record (expected key, status and checks, and the answer as text)`,
    );
  return record as ScoredRecord;
}

function assertSameRun(header: ShardHeader, identity: RunIdentity, shown: string): void {
  const differs = (['base', 'head', 'seed', 'planDigest'] as const).filter(
    (key) => header[key] !== identity[key],
  );
  if (differs.length > 0)
    throw new UserError(
      `${shown} comes from another run: its ${differs.join(', ')} ${differs.length === 1 ? 'differs' : 'differ'} from this merge's (${differs
        .map((key) => `${key} ${String(header[key]).slice(0, 12)} here ${String(identity[key]).slice(0, 12)}`)
        .join('; ')}); expected every shard of the same base, head, config and seed`,
    );
}

/** How long a plan would take on one runner, and the shards that bring it under a target. */
export interface ShardSizing {
  calls: number;
  estimatedUsd: number;
  concurrency: number;
  /** Expected latency of one call: given, or from its output tokens. */
  perCallMs: number;
  latencyGiven: boolean;
  /** Wall time on one runner, at `concurrency` calls in flight. */
  wallMs: number;
  targetMinutes: number;
  shards: number;
  /** Calls of the largest shard: at most `MAX_PLANNED_CALLS` where the matrix can hold them. */
  largestShardCalls: number;
  /** The matrix values: `["1/n", ..., "n/n"]`. */
  matrix: string[];
}

/**
 * Without a measured latency a call is taken to cost a second of overhead plus its output tokens at
 * 60 per second: the pace of hosted chat models, so the wall time is a planning figure, not a promise.
 */
const OVERHEAD_MS = 1000;
const MS_PER_OUTPUT_TOKEN = 1000 / 60;

export function sizeShards(
  plan: PlannedCall[],
  concurrency: number,
  options: { targetMinutes: number; latencyMs?: number },
  maxCalls = MAX_PLANNED_CALLS,
): ShardSizing {
  const callMs = (call: PlannedCall) =>
    options.latencyMs ?? OVERHEAD_MS + call.estimate.outputTokens * MS_PER_OUTPUT_TOKEN;
  const totalMs = plan.reduce((sum, call) => sum + callMs(call), 0);
  const wallMs = totalMs / Math.max(1, concurrency);
  const callsByCase = new Map<string, number>();
  for (const call of plan) callsByCase.set(caseKey(call), (callsByCase.get(caseKey(call)) ?? 0) + 1);
  // A case is never split, so more shards than cases would leave some empty.
  const most = Math.max(1, Math.min(MAX_SHARDS, callsByCase.size));
  let shards = Math.min(most, Math.max(1, Math.ceil(wallMs / (options.targetMinutes * 60_000))));
  // Each shard must also fit one runner: slices are drawn by hash, so with n = calls / limit about
  // half of them would pass it. More shards until the largest fits (or the most there can be).
  const callsByHash = new Map<number, number>();
  for (const [key, calls] of callsByCase) {
    const hash = caseHash(key);
    callsByHash.set(hash, (callsByHash.get(hash) ?? 0) + calls);
  }
  let largest = largestSlice(callsByHash, shards);
  while (largest > maxCalls && shards < most) largest = largestSlice(callsByHash, ++shards);
  return {
    calls: plan.length,
    estimatedUsd: plan.reduce((sum, call) => sum + call.estimate.usd, 0),
    concurrency,
    perCallMs: plan.length === 0 ? 0 : totalMs / plan.length,
    latencyGiven: options.latencyMs !== undefined,
    wallMs,
    targetMinutes: options.targetMinutes,
    shards,
    largestShardCalls: plan.length === 0 ? 0 : largest,
    matrix: Array.from({ length: shards }, (_, i) => `${i + 1}/${shards}`),
  };
}

export function describeSizing(sizing: ShardSizing): string {
  const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
  const latency = sizing.latencyGiven ? 'as given' : 'a second plus the output tokens at 60 per second';
  return [
    `${sizing.calls} planned call(s), estimated $${sizing.estimatedUsd.toFixed(4)}`,
    `one runner at concurrency ${sizing.concurrency}: about ${minutes(sizing.wallMs)} (${Math.round(sizing.perCallMs)} ms per call, ${latency})`,
    `${sizing.shards} shard(s) for at most ${sizing.targetMinutes} min each, the largest ${sizing.largestShardCalls} call(s) (at most ${MAX_PLANNED_CALLS} on one runner): shard: ${JSON.stringify(sizing.matrix)}`,
  ].join('\n');
}
