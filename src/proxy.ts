import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch } from 'undici';

/**
 * A `fetch` through the runner's proxy for requests to `url`, or undefined when none applies. The
 * proxy is chosen as `@actions/github` chooses it for GitHub (HTTPS_PROXY / HTTP_PROXY, NO_PROXY,
 * loopback addresses never proxied), and requests go through undici, loaded on first use: it costs
 * about 100 ms, which runs without a proxy do not pay.
 */
export function proxiedFetch(url: string): typeof fetch | undefined {
  const dispatcher = new HttpClient('promptgate', [], { keepAlive: true }).getAgentDispatcher(url);
  if (!dispatcher) return undefined;
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    })) as unknown as typeof fetch;
}
