/** A case's `context` in one shape: passages with the id an answer would cite them by. */

/** One retrieved passage; `id` is its own id, or its 1-based position when it has none. */
export interface Passage {
  id: string;
  text: string;
}

/**
 * Reads a case's context: a string (one passage, id `1`), an array of strings (ids `1`, `2`, ...)
 * or an array of `{ id, text }` objects (as datasets written for citation checks carry them).
 * Returns an empty list when there is no usable context.
 */
export function toPassages(context: unknown): Passage[] {
  if (typeof context === 'string') return context.trim() ? [{ id: '1', text: context }] : [];
  if (!Array.isArray(context)) return [];
  return context.flatMap((item: unknown, index): Passage[] => {
    const position = String(index + 1);
    if (typeof item === 'string') return [{ id: position, text: item }];
    if (item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
      const { id, text } = item as { id?: unknown; text: string };
      return [{ id: typeof id === 'string' || typeof id === 'number' ? String(id) : position, text }];
    }
    return [];
  });
}
