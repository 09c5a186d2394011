// The floor under bench/scale.ts's ratios: N calls at concurrency C against the same loopback
// OpenAI-compatible server (a child process, fixed latency L), made with nothing around them. Two
// clients, in turn: undici's request API alone (what the loopback server and the machine cost), and
// the OpenAI SDK over `fetchFor` (src/providers/http.ts), the providers' own path, each answer's text
// read and parsed. Prints wall time against the ideal calls / C x L, and this process's CPU seconds.
// Usage: node scripts/run-ts.mjs bench/run-floor.ts [calls=10000] [latencyMs=50] [rounds=2]
import { fork } from 'node:child_process';
import { once } from 'node:events';
import OpenAI from 'openai';
import { startOpenAIServer } from '../__tests__/helpers/openai-server.js';
import { dispatcherFor, fetchFor } from '../src/providers/http.js';

const CONCURRENCY = 50;
const serving = process.argv[2] === '--serve';
const calls = serving ? 0 : Number(process.argv[2] ?? 10_000);
const latencyMs = Number(process.argv[3] ?? 50);
const rounds = Number(process.argv[4] ?? 2);

type Call = (index: number) => Promise<void>;

/** undici's request API: one POST, its body read whole and parsed. */
function undiciCall(url: string): Call {
  const dispatcher = dispatcherFor(url);
  const target = new URL(`${url}/chat/completions`);
  return async (index) => {
    const response = await dispatcher.request({
      origin: target.origin,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
      body: JSON.stringify({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: `question ${index}` }],
      }),
    });
    JSON.parse(await response.body.text());
  };
}

/** The OpenAI SDK over fetchFor, as src/providers/openai-provider.ts calls it (the raw response, parsed once). */
function sdkCall(url: string): Call {
  const client = new OpenAI({ apiKey: 'bench', baseURL: url, maxRetries: 0, fetch: fetchFor(url) });
  return async (index) => {
    const response = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `question ${index}` }] })
      .asResponse();
    JSON.parse(await response.text());
  };
}

async function measure(name: string, call: Call): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < calls) await call(next++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const idealMs = (calls / CONCURRENCY) * latencyMs;
  console.log(
    `${name.padEnd(24)} wall ${(wallMs / 1000).toFixed(2).padStart(6)} s  ideal ${(idealMs / 1000).toFixed(1)} s  ` +
      `ratio ${(wallMs / idealMs).toFixed(3)}x  CPU ${((used.user + used.system) / 1e6).toFixed(2)} s`,
  );
}

if (serving) {
  const server = await startOpenAIServer({ latencyMs, keepRequests: false, respond: () => 'the answer 1' });
  process.send?.(server.url);
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
} else {
  const child = fork(process.argv[1], ['--serve', String(latencyMs)]);
  const [url] = (await once(child, 'message')) as [string];
  console.log(`run floor: ${calls} calls, C=${CONCURRENCY}, L=${latencyMs} ms, Node ${process.version}`);
  for (let round = 0; round < rounds; round++) {
    await measure("undici's request API", undiciCall(url));
    await measure('OpenAI SDK + fetchFor', sdkCall(url));
  }
  child.disconnect();
}
