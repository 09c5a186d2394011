/** Names that differ between prompt formats (camelCase) and the OpenAI chat API. */
const OPENAI_NAMES: Record<string, string> = {
  maxTokens: 'max_tokens',
  maxOutputTokens: 'max_tokens',
  maxCompletionTokens: 'max_completion_tokens',
  topP: 'top_p',
  frequencyPenalty: 'frequency_penalty',
  presencePenalty: 'presence_penalty',
  stopSequences: 'stop',
  reasoningEffort: 'reasoning_effort',
};

/** Request parameters under their OpenAI chat API names (`maxTokens` -> `max_tokens`, `topK` -> `top_k`). */
export function toOpenAIParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [OPENAI_NAMES[name] ?? snakeCase(name), value]),
  );
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
