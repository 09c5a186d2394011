import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskCache } from '../../src/providers/cache.js';
import { CassetteStore, withCassettes } from '../../src/providers/cassette.js';
import { CassetteMissError, type Provider } from '../../src/providers/provider.js';
import type { ChatRequest } from '../../src/types.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-cassette-'));
  dirs.push(dir);
  return dir;
}

const request: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }], parameters: {} };
const signal = new AbortController().signal;

/** A live provider that counts its calls and answers with the count. */
function countingProvider(): Provider & { calls: number } {
  const provider = {
    id: 'main',
    model: 'm',
    calls: 0,
    complete() {
      provider.calls++;
      return Promise.resolve({ output: `live ${provider.calls}`, latencyMs: 42, ttftMs: 7, model: 'm-2024' });
    },
  };
  return provider;
}

describe('cassettes', () => {
  it('writes one sorted, stable file per prompt that keeps output, usage, latency, ttft and model', async () => {
    const store = new CassetteStore(tempDir());
    const recorder = withCassettes('record', countingProvider(), store, { id: 'main', model: 'm' })!;
    for (const repeat of [2, 1])
      await recorder.complete(request, signal, { label: `p/a.yml#head#c#${repeat}`, repeat });
    const [file] = await store.save();
    expect(file).toBe(join(store.dir, 'p', 'a.yml.json'));
    const text = readFileSync(file, 'utf8');
    const cassette = JSON.parse(text) as { format: string; calls: Record<string, object> };
    expect(cassette.format).toBe('promptgate-cassette/1');
    expect(Object.keys(cassette.calls)).toEqual([...Object.keys(cassette.calls)].sort());
    expect(Object.values(cassette.calls)[0]).toEqual({
      label: 'p/a.yml#head#c#1',
      latencyMs: 42,
      model: 'm-2024',
      output: 'live 2',
      ttftMs: 7,
    });
    // Re-recording the same answer rewrites the file byte for byte: no diff noise in review.
    const again = new CassetteStore(store.dir);
    const call = { label: 'p/a.yml#head#c#1', repeat: 1 };
    await again.put(request, call, (await again.get(request, call)) as Parameters<typeof again.put>[2]);
    await again.save();
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('auto mode replays hits and records misses', async () => {
    const store = new CassetteStore(tempDir());
    const live = countingProvider();
    const auto = withCassettes('auto', live, store, live)!;
    const call = { label: 'p#head#c#1', repeat: 1 };
    const first = await auto.complete(request, signal, call);
    const second = await auto.complete(request, signal, call);
    expect(live.calls).toBe(1);
    expect(first.cached).toBeUndefined();
    expect(second).toMatchObject({ output: 'live 1', latencyMs: 42, cached: 'cassette' });
  });

  it('replays without credentials, and a miss names the call and the file', async () => {
    const store = new CassetteStore(tempDir());
    const replay = withCassettes('auto', undefined, store, { id: 'main', model: 'm' })!;
    const miss = replay.complete(request, signal, { label: 'prompts/x.yml#base#c9#2', repeat: 2 });
    await expect(miss).rejects.toThrow(CassetteMissError);
    await expect(miss).rejects.toThrow(/prompts\/x\.yml#base#c9#2 in .*prompts\/x\.yml\.json/);
  });

  it('keeps a hostile prompt path inside the cassette folder', () => {
    const store = new CassetteStore('/cassettes');
    expect(store.fileFor({ label: '../../etc/passwd#head#c#1', repeat: 1 })).toBe(
      '/cassettes/etc/passwd.json',
    );
  });

  it('rejects a file that is not a cassette with a way out', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'p', 'a.yml.json'), '{"something": "else"}');
    const store = new CassetteStore(dir);
    await expect(store.get(request, { label: 'p/a.yml#head#c#1', repeat: 1 })).rejects.toThrow(
      /promptgate record/,
    );
  });
});

describe('createDiskCache', () => {
  it('treats a corrupt entry as a miss', async () => {
    const dir = tempDir();
    const cache = createDiskCache(dir);
    await cache.set(request, 1, { output: 'x', latencyMs: 12 });
    expect(await cache.get(request, 1)).toEqual({ output: 'x', latencyMs: 12, cached: 'cache' });
    const [fan] = readdirSync(dir);
    const [entry] = readdirSync(join(dir, fan));
    writeFileSync(join(dir, fan, entry), '{not json');
    expect(await cache.get(request, 1)).toBeUndefined();
    expect(await cache.get(request, 2)).toBeUndefined();
  });
});
