import { OpenAI } from 'openai';
import type { CheckContext } from '../checks/types.js';
import { fetchFor } from './http.js';

/** OpenAI's moderation model: hate, harassment, violence, self-harm, sexual and illicit content, free of charge. */
export const MODERATION_MODEL = 'omni-moderation-latest';

/**
 * A moderation call answers in well under a second; a minute bounds a hung endpoint (the SDK's
 * default is ten) without failing a slow one.
 */
const MODERATION_TIMEOUT_MS = 60_000;

/** A provider entry's endpoint and key; `fetch` replaces the network in tests only. */
export interface ModerationEndpoint {
  baseURL?: string;
  apiKey: string;
  fetch?: typeof fetch;
}

/** What a check's context calls to classify a text. */
export type Moderate = NonNullable<CheckContext['moderate']>;

/**
 * Classifies texts with the moderation endpoint of `endpoint` (OpenAI's, or a compatible server's)
 * through the `openai` SDK, which also retries rate limits and server errors.
 */
export function createModerator(endpoint: ModerationEndpoint): Moderate {
  const sdk = new OpenAI({
    apiKey: endpoint.apiKey,
    baseURL: endpoint.baseURL,
    timeout: MODERATION_TIMEOUT_MS,
  });
  // The SDK resolves the endpoint (the entry's, else OPENAI_BASE_URL, else OpenAI's); requests to it
  // take the runner's proxy as chat calls do.
  const client = sdk.withOptions({ fetch: endpoint.fetch ?? fetchFor(sdk.baseURL) });
  return async (text) => {
    const response = await client.moderations
      .create({ model: MODERATION_MODEL, input: text })
      .catch((error: Error) => {
        throw new Error(`moderation call to ${client.baseURL} failed: ${error.message}`);
      });
    const [result] = response.results;
    if (!result) throw new Error(`moderation call to ${client.baseURL} returned no result`);
    // `illicit` categories are null where the model does not score them.
    const categories = Object.fromEntries(
      Object.entries(result.categories).map(([name, flagged]) => [name, flagged === true]),
    );
    return { flagged: result.flagged, categories, scores: { ...result.category_scores } };
  };
}
