import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChatRequest, Completion } from '../types.js';
import { requestHash } from './request-hash.js';
import { recordedToolCalls } from './tool-calls.js';

/** A response cache: answers by full request and repeat index. */
export interface ResponseCache {
  get(req: ChatRequest, repeat: number): Promise<Completion | undefined>;
  set(req: ChatRequest, repeat: number, completion: Completion): Promise<void>;
}

/** What one cache file holds: the answer as recorded, latency included. */
type CacheEntry = Pick<Completion, 'output' | 'toolCalls' | 'usage' | 'latencyMs' | 'ttftMs' | 'model'>;

/**
 * A cache on disk, one small file per answer, so a workflow can persist the folder with
 * `actions/cache` and concurrent writers never touch the same file. Each repeat is its own sample
 * (key: request hash + repeat), so repeats stay independent draws even when cached. `dir` is an
 * output folder checked by `resolveOutputDir`: inside the repository, with no symbolic link in it.
 */
export function createDiskCache(dir: string): ResponseCache {
  return {
    async get(req, repeat) {
      const text = await readFile(entryPath(dir, req, repeat), 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      const entry = parseEntry(text);
      if (!entry) return undefined;
      const { toolCalls, ...answer } = entry;
      const calls = recordedToolCalls(toolCalls);
      return { ...answer, ...(calls ? { toolCalls: calls } : {}), cached: 'cache' };
    },
    async set(req, repeat, completion) {
      const path = entryPath(dir, req, repeat);
      const entry: CacheEntry = {
        output: completion.output,
        ...(completion.toolCalls ? { toolCalls: completion.toolCalls } : {}),
        usage: completion.usage,
        latencyMs: completion.latencyMs,
        ttftMs: completion.ttftMs,
        model: completion.model,
      };
      await mkdir(join(path, '..'), { recursive: true });
      // Write then rename, so a reader (or a killed job) never sees half a file.
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, JSON.stringify(entry));
      await rename(temporary, path);
    },
  };
}

/** What the cache tells answers apart by: the full request and the repeat index. */
export function cacheKey(req: ChatRequest, repeat: number): string {
  return `${requestHash(req)}#${repeat}`;
}

function entryPath(dir: string, req: ChatRequest, repeat: number): string {
  const key = createHash('sha256').update(cacheKey(req, repeat)).digest('hex');
  // Two-character fan-out keeps directories small at tens of thousands of entries.
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/** A corrupt or foreign file is a miss, never a crash: the call is simply made again. */
function parseEntry(text: string): CacheEntry | undefined {
  try {
    const entry = JSON.parse(text) as CacheEntry;
    return typeof entry.output === 'string' && typeof entry.latencyMs === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}
