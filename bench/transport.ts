// The providers' transport: CPU time per call through the OpenAI SDK against a loopback
// OpenAI-compatible server in this process (no latency, C calls in flight), with undici's `fetch`
// (what the providers used before) and with `fetchFor` (src/providers/http.ts, undici's request API).
// The figure includes the server's own CPU time, the same in both.
// Usage: node scripts/run-ts.mjs bench/transport.ts [calls=10000] [concurrency=50]
import OpenAI from 'openai';
import { fetch as undiciFetch } from 'undici';
import { startOpenAIServer } from '../__tests__/helpers/openai-server.js';
import { dispatcherFor, fetchFor } from '../src/providers/http.js';

const calls = Number(process.argv[2] ?? 10_000);
const concurrency = Number(process.argv[3] ?? 50);

function undiciFetchFor(url: string): typeof fetch {
  const dispatcher = dispatcherFor(url);
  return ((input: string, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof fetch;
}

async function measure(name: string, url: string, fetchFn: typeof fetch): Promise<void> {
  const client = new OpenAI({ apiKey: 'bench', baseURL: url, maxRetries: 0, fetch: fetchFn });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (; next < calls; next++) {
      const response = await client.chat.completions
        .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })
        .asResponse();
      JSON.parse(await response.text());
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  console.log(
    `${name.padEnd(22)} ${calls} calls, C=${concurrency}: wall ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `CPU ${((used.user + used.system) / 1000 / calls).toFixed(3)} ms a call`,
  );
}

const server = await startOpenAIServer({ keepRequests: false, respond: () => 'the answer 1' });
console.log(`transport bench, Node ${process.version}`);
for (let round = 0; round < 2; round++) {
  await measure("undici's fetch", server.url, undiciFetchFor(server.url));
  await measure('fetchFor', server.url, fetchFor(server.url));
}
await server.close();
process.exit(0);
