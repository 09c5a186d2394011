import { HttpClient } from '@actions/http-client';
import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';

/**
 * Where requests to `url` go: the runner's proxy when one applies, chosen as `@actions/github`
 * chooses it for GitHub (HTTPS_PROXY / HTTP_PROXY, NO_PROXY, loopback never proxied), else straight
 * to the host. Both keep their connections open between calls.
 */
export function dispatcherFor(url: string): Dispatcher {
  return new HttpClient('promptgate', [], { keepAlive: true }).getAgentDispatcher(url) ?? new Agent();
}

/** undici's `fetch` through {@link dispatcherFor}'s dispatcher, for the provider SDKs. */
export function fetchFor(url: string): typeof fetch {
  const dispatcher = dispatcherFor(url);
  // undici's and the DOM's fetch types differ in name only (its Request and Headers classes).
  return (input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, dispatcher });
}
