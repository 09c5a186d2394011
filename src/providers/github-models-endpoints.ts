/**
 * Where GitHub Models is reached: its inference URL (the chat completions base), the organization
 * attribution form of it, and the model catalog beside it. Pure: the config loader and the provider
 * share these rules.
 */
import { UserError } from '../errors.js';
import type { ProviderConfig } from '../types.js';

/** GitHub Models' inference endpoint, as GitHub documents it. */
export const GITHUB_MODELS_INFERENCE_URL = 'https://models.github.ai/inference';

/**
 * The environment variable that moves the GitHub Models endpoint when the config names none: the
 * workflow's choice (a gateway in front of the service), never the pull request's.
 */
export const GITHUB_MODELS_URL_VARIABLE = 'PROMPTGATE_GITHUB_MODELS_URL';

const INFERENCE_PATH = /\/inference\/?$/;

/** A model id as the catalog writes it: `publisher/name`, e.g. `openai/gpt-4o-mini`. */
export function isGitHubModelsId(model: string): boolean {
  return /^[^/\s]+\/[^/\s]+$/.test(model);
}

/** An http(s) URL whose path ends in `/inference`, the form the catalog and org URLs are derived from. */
export function isInferenceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && INFERENCE_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The URLs one GitHub Models entry talks to. */
export interface GitHubModelsEndpoints {
  /** Base URL of the chat completions API (`.../inference` or `.../orgs/{org}/inference`). */
  inference: string;
  /** `GET` lists the models, with their rate-limit tiers. */
  catalog: string;
}

/**
 * The entry's endpoints: its `baseURL`, else `PROMPTGATE_GITHUB_MODELS_URL`, else GitHub's; with
 * `org`, calls are attributed to the organization. The config's URL was checked when it was loaded;
 * the environment's is checked here.
 */
export function githubModelsEndpoints(
  entry: Pick<ProviderConfig, 'baseURL' | 'org'>,
  env: Record<string, string | undefined>,
): GitHubModelsEndpoints {
  const configured = entry.baseURL ?? env[GITHUB_MODELS_URL_VARIABLE];
  if (configured !== undefined && !isInferenceUrl(configured))
    throw new UserError(
      `${GITHUB_MODELS_URL_VARIABLE}=${JSON.stringify(configured)} is not a GitHub Models inference URL; expected an http(s) URL ending in /inference, e.g. ${GITHUB_MODELS_INFERENCE_URL}`,
    );
  const url = new URL(configured ?? GITHUB_MODELS_INFERENCE_URL);
  const root = url.pathname.replace(INFERENCE_PATH, '');
  const at = (path: string): string => new URL(`${root}${path}`, url.origin).toString();
  return {
    inference: at(entry.org ? `/orgs/${encodeURIComponent(entry.org)}/inference` : '/inference'),
    catalog: at('/catalog/models'),
  };
}
