import { HttpClient, getProxyUrl } from '@actions/http-client';
import { fetch as undiciFetch } from 'undici';

/** Whether requests to `url` go through the runner's proxy (without loading undici to find out). */
export function proxyApplies(url: string): boolean {
  return getProxyUrl(url) !== '';
}

/**
 * A `fetch` through the runner's proxy for requests to `url`, or undefined when none applies. The
 * proxy is chosen as `@actions/github` chooses it for GitHub (HTTPS_PROXY / HTTP_PROXY, NO_PROXY,
 * loopback addresses never proxied), and requests go through undici, loaded on first use: it costs
 * about 100 ms, which runs without a proxy do not pay.
 */
export function proxiedFetch(url: string): typeof fetch | undefined {
  if (!proxyApplies(url)) return undefined;
  const dispatcher = new HttpClient('promptgate', [], { keepAlive: true }).getAgentDispatcher(url);
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    })) as unknown as typeof fetch;
}
