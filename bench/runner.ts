// Engine wall time for N cases at concurrency C against a loopback OpenAI-compatible server with a
// fixed latency L, beside the ideal N/C x L; the runner's p50 latency against L; peak RSS.
// Usage: node scripts/run-ts.mjs bench/runner.ts [latencyMs=50]
// The server runs in a child process (this same script with `--serve`), as a real provider would
// run elsewhere: its CPU time and memory are not charged to the engine.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { startOpenAIServer } from '../__tests__/helpers/openai-server.js';
import { createOpenAIProvider } from '../src/providers/openai-provider.js';
import { runPlan } from '../src/run/runner.js';
import type { PlannedCall, Version } from '../src/types.js';

const serving = process.argv[2] === '--serve';
const latencyMs = Number(process.argv[serving ? 3 : 2] ?? 50);
const MB = 1024 * 1024;

function planOf(cases: number): PlannedCall[] {
  const plan: PlannedCall[] = [];
  for (let i = 0; i < cases; i++) {
    const version: Version = i % 2 === 0 ? 'base' : 'head';
    plan.push({
      key: `bench.prompt.yml#${version}#case-${i}#1`,
      prompt: 'bench.prompt.yml',
      version,
      case: { id: `case-${i}`, vars: { question: `question ${i}` } },
      repeat: 1,
      provider: 'main',
      request: {
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'You are a support assistant. Answer from the refund policy only.' },
          { role: 'user', content: `Customer question number ${i}: can I get a refund after 30 days?` },
        ],
        parameters: { temperature: 0 },
      },
      estimate: { inputTokens: 40, outputTokens: 20, usd: 0.00002 },
    });
  }
  return plan;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Child side: serve until the parent disconnects. */
async function serve(): Promise<void> {
  const server = await startOpenAIServer({
    latencyMs,
    keepRequests: false,
    respond: () => 'Refunds are possible within 30 days.',
  });
  process.send?.(server.url);
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

async function startServerProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(process.argv[1], ['--serve', String(latencyMs)]);
  const [url] = (await once(child, 'message')) as [string];
  return { url, child };
}

async function measure(url: string, cases: number, concurrency: number): Promise<void> {
  const provider = createOpenAIProvider(
    { id: 'main', model: 'gpt-4o-mini', baseURL: url },
    { apiKey: 'bench' },
  );
  const plan = planOf(cases);
  let peakRss = process.memoryUsage().rss;
  let peakHeap = 0;
  // The heap's share of the peak tells garbage awaiting collection from memory held by native code.
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapTotal);
  }, 20);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const records = await runPlan(plan, { providers: { main: provider }, concurrency });
  const wallMs = performance.now() - started;
  // CPU per call moves far less with the machine's load than wall time and latency do.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuUsPerCall = (cpu.user + cpu.system) / cases;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  globalThis.gc?.();
  // What the run still holds once garbage is gone: the records (and the plan), nothing per socket.
  const retainedMb = process.memoryUsage().heapUsed / MB;

  const failed = records.filter((record) => record.status !== 'ok').length;
  const latencies = records.map((record) => record.latencyMs ?? NaN).sort((a, b) => a - b);
  const idealMs = (cases / concurrency) * latencyMs;
  const p50 = percentile(latencies, 0.5);
  console.log(
    [
      `N=${String(cases).padStart(5)}`,
      `C=${String(concurrency).padStart(2)}`,
      `wall ${wallMs.toFixed(0).padStart(6)} ms`,
      `ideal ${idealMs.toFixed(0).padStart(6)} ms`,
      `ratio ${(wallMs / idealMs).toFixed(3)}x`,
      `p50 ${p50.toFixed(1)} ms (${((p50 / latencyMs - 1) * 100).toFixed(1)}% vs L)`,
      `p95 ${percentile(latencies, 0.95).toFixed(1)} ms`,
      `peak RSS ${(peakRss / MB).toFixed(0)} MB (heap ${(peakHeap / MB).toFixed(0)})`,
      `heap after GC ${retainedMb.toFixed(0)} MB`,
      `CPU ${cpuUsPerCall.toFixed(0)} us/call`,
      failed ? `FAILED ${failed}` : 'all ok',
    ].join('  '),
  );
}

async function main(): Promise<void> {
  const { url, child } = await startServerProcess();
  console.log(`runner bench: loopback server in a child process, L=${latencyMs} ms, Node ${process.version}`);
  // Warm the JIT, sockets and price table so the first row is not penalised.
  await measure(url, 100, 50);
  for (const cases of [200, 1000]) {
    for (const concurrency of [10, 50]) {
      globalThis.gc?.();
      await measure(url, cases, concurrency);
    }
  }
  globalThis.gc?.();
  await measure(url, 10_000, 50);
  child.disconnect();
}

await (serving ? serve() : main());
