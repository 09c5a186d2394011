import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { UserError, jsonError } from '../errors.js';
import type { ChatRequest, Completion, Config } from '../types.js';
import { CassetteMissError, type CallInfo, type Provider } from './provider.js';
import { canonicalJson, requestHash } from './request-hash.js';
import { recordedToolCalls } from './tool-calls.js';

/** How providers use cassettes: `auto` replays a recording when there is one, else calls and records. */
export type CassetteMode = Config['cassettes']['mode'];

/** One recorded answer, with what the report needs to treat it like a live one. */
export interface CassetteEntry {
  label: string;
  model?: string;
  output: string;
  toolCalls?: Completion['toolCalls'];
  usage?: Completion['usage'];
  latencyMs: number;
  ttftMs?: number;
}

interface CassetteFile {
  format: typeof CASSETTE_FORMAT;
  calls: Record<string, CassetteEntry>;
}

const CASSETTE_FORMAT = 'promptgate-cassette/1';
const DEFAULT_GROUP = 'calls';

/**
 * Recordings on disk: one JSON file per prompt (`<dir>/<prompt path>.json`), entries keyed by
 * request hash and repeat, sorted, so a re-record shows as a readable diff in review.
 */
export class CassetteStore {
  private readonly files = new Map<string, Promise<Map<string, CassetteEntry>>>();
  private readonly dirty = new Set<string>();

  /**
   * `dir` is an output folder checked by `resolveOutputDir` (inside the repository, no symbolic
   * link in it); `displayDir` names it in messages (relative to the repository, never a runner's path).
   */
  constructor(
    readonly dir: string,
    private readonly displayDir = dir,
  ) {}

  /** The recording for this request and repeat, if any. */
  async get(req: ChatRequest, call: CallInfo): Promise<CassetteEntry | undefined> {
    const entries = await this.load(this.fileFor(call));
    return entries.get(entryKey(req, call));
  }

  /** Records an answer (kept in memory until `save`). */
  async put(req: ChatRequest, call: CallInfo, completion: Completion): Promise<void> {
    const file = this.fileFor(call);
    const entries = await this.load(file);
    entries.set(entryKey(req, call), {
      label: call.label,
      model: completion.model,
      output: completion.output,
      ...(completion.toolCalls ? { toolCalls: completion.toolCalls } : {}),
      usage: completion.usage,
      latencyMs: completion.latencyMs,
      ttftMs: completion.ttftMs,
    });
    this.dirty.add(file);
  }

  /** Writes every cassette that gained recordings; returns their paths. */
  async save(): Promise<string[]> {
    const written = [...this.dirty].sort();
    for (const file of written) {
      const entries = await this.load(file);
      const content: CassetteFile = { format: CASSETTE_FORMAT, calls: Object.fromEntries(entries) };
      await mkdir(dirname(file), { recursive: true });
      // Keys sorted at every depth, one field a line: a re-record reads as a small diff.
      await writeFile(file, `${JSON.stringify(JSON.parse(canonicalJson(content)), null, 2)}\n`);
    }
    this.dirty.clear();
    return written;
  }

  /** The cassette file a call belongs to, as named in messages. */
  displayFileFor(call: CallInfo): string {
    return join(this.displayDir, relative(this.dir, this.fileFor(call)));
  }

  /** The cassette file a call belongs to. */
  fileFor(call: CallInfo): string {
    const group = call.group ?? (call.label.split('#')[0] || DEFAULT_GROUP);
    // Mirror the prompt's path, but never let `..` or an absolute path escape the cassette folder.
    const segments = group
      .split(/[\\/]+/)
      .filter((segment) => segment && segment !== '.' && segment !== '..');
    return `${join(this.dir, ...(segments.length ? segments : [DEFAULT_GROUP]))}.json`;
  }

  private load(file: string): Promise<Map<string, CassetteEntry>> {
    let entries = this.files.get(file);
    if (!entries) {
      entries = readCassette(file, join(this.displayDir, relative(this.dir, file)));
      this.files.set(file, entries);
    }
    return entries;
  }
}

/** Reads one cassette; messages name it by `displayFile` (relative to the repository, never a runner's path). */
async function readCassette(file: string, displayFile: string): Promise<Map<string, CassetteEntry>> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return new Map();
  let parsed: Partial<CassetteFile>;
  try {
    parsed = JSON.parse(text) as Partial<CassetteFile>;
  } catch (error) {
    throw jsonError(
      text,
      error,
      displayFile,
      `cassette is not valid JSON (${(error as Error).message}). Re-record it with \`promptgate record\`.`,
    );
  }
  if (parsed.format !== CASSETTE_FORMAT || typeof parsed.calls !== 'object' || parsed.calls === null) {
    throw new UserError(
      `Cassette ${displayFile} is not a ${CASSETTE_FORMAT} file. Re-record it with \`promptgate record\`.`,
    );
  }
  return new Map(Object.entries(parsed.calls));
}

function entryKey(req: ChatRequest, call: CallInfo): string {
  return `${requestHash(req)}#${call.repeat}`;
}

function callInfo(req: ChatRequest, call: CallInfo | undefined): CallInfo {
  return call ?? { label: `request ${requestHash(req).slice(0, 12)}`, repeat: 1 };
}

function replayed(entry: CassetteEntry): Completion {
  const toolCalls = recordedToolCalls(entry.toolCalls);
  return {
    output: entry.output,
    ...(toolCalls ? { toolCalls } : {}),
    usage: entry.usage,
    latencyMs: entry.latencyMs,
    ttftMs: entry.ttftMs,
    model: entry.model,
    cached: 'cassette',
  };
}

/** Serves recorded answers offline; a call with no recording fails naming the call. */
export function createReplayProvider(
  store: CassetteStore,
  identity: Pick<Provider, 'id' | 'model'>,
  missingCredentials?: string,
): Provider {
  return {
    ...identity,
    async complete(req, _signal, call) {
      const info = callInfo(req, call);
      const entry = await store.get(req, info);
      if (!entry) throw new CassetteMissError(info.label, store.displayFileFor(info), missingCredentials);
      return replayed(entry);
    },
  };
}

/** Calls the live provider and records every answer it gives. */
export function createRecordingProvider(live: Provider, store: CassetteStore): Provider {
  return {
    id: live.id,
    model: live.model,
    async complete(req, signal, call) {
      const info = callInfo(req, call);
      const completion = await live.complete(req, signal, info);
      await store.put(req, info, completion);
      return completion;
    },
    ready: (req, signal, call) => live.ready?.(req, signal, call) ?? Promise.resolve(),
    statedLimits: () => live.statedLimits?.() ?? [],
  };
}

/** Replays a recording when there is one; otherwise calls the live provider and records it. */
export function createAutoCassetteProvider(live: Provider, store: CassetteStore): Provider {
  const recording = createRecordingProvider(live, store);
  return {
    id: live.id,
    model: live.model,
    async complete(req, signal, call) {
      const info = callInfo(req, call);
      const entry = await store.get(req, info);
      return entry ? replayed(entry) : recording.complete(req, signal, info);
    },
    // A recorded answer is read from disk: only a live call waits for the provider's limits.
    async ready(req, signal, call) {
      if (!(await store.get(req, callInfo(req, call)))) return live.ready?.(req, signal, call);
    },
    statedLimits: () => live.statedLimits?.() ?? [],
  };
}

/**
 * The provider for a cassette mode. `live` is absent when there are no credentials (fork PRs):
 * then only `replay` and `auto` can serve calls, from recordings alone, and in `auto` a call with
 * no recording ends as not run for the reason `missingCredentials` gives.
 */
export function withCassettes(
  mode: CassetteMode,
  live: Provider | undefined,
  store: CassetteStore,
  identity: Pick<Provider, 'id' | 'model'>,
  missingCredentials?: string,
): Provider | undefined {
  if (mode === 'replay') return createReplayProvider(store, identity);
  if (!live && mode === 'auto') return createReplayProvider(store, identity, missingCredentials);
  if (!live) return undefined;
  if (mode === 'record') return createRecordingProvider(live, store);
  if (mode === 'auto') return createAutoCassetteProvider(live, store);
  return live;
}
