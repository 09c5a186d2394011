import type { ToolCall } from '../types.js';

/**
 * The tool calls of a recorded answer (a cassette a pull request may have written, a cache file),
 * kept only where each is a name and an arguments text: anything else is no tool call.
 */
export function recordedToolCalls(value: unknown): ToolCall[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const calls = value.filter(
    (call): call is ToolCall =>
      typeof call === 'object' &&
      call !== null &&
      typeof (call as ToolCall).name === 'string' &&
      typeof (call as ToolCall).arguments === 'string',
  );
  return calls.length > 0 ? calls.map(({ name, arguments: args }) => ({ name, arguments: args })) : undefined;
}
