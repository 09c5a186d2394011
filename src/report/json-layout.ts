/**
 * `value` as `JSON.stringify(value, null, 2)` lays it out at a depth of `depth` levels (two spaces a
 * level), without the indent before its first line: what a member of a larger document written in
 * pieces reads. Laid out inside as many one-member objects, so JSON.stringify indents it itself, and
 * cut out of them. Indenting the text afterwards (a replace of every line break) copied each piece
 * once more: about a fifth of what writing results.json allocated.
 */
export function indentedJson(value: unknown, depth: number): string {
  const text = JSON.stringify(wrapped(value, depth), null, 2);
  const { prefix, suffix } = frame(depth);
  return text.slice(prefix, text.length - suffix);
}

function wrapped(value: unknown, depth: number): unknown {
  let outer = value;
  for (let level = 0; level < depth; level++) outer = { a: outer };
  return outer;
}

/** How many characters the one-member objects around a value at `depth` put before and after it. */
function frame(depth: number): { prefix: number; suffix: number } {
  let prefix = depth > 0 ? 1 : 0; // "{"
  let suffix = 0;
  for (let level = 1; level <= depth; level++) {
    prefix += 1 + 2 * level + '"a": '.length + (level < depth ? 1 : 0); // line break, indent, key, "{"
    suffix += 1 + 2 * (level - 1) + 1; // line break, indent, "}"
  }
  return { prefix, suffix };
}
