/**
 * Cuts the values found at `path` out of a JSON text read in runs, so a large file is never held
 * whole, as text or as parsed objects. `path` names a member at each depth from the root ('*' for
 * any member); each value there that is an object or an array is handed to `take` as its own text,
 * with the members' names that lead to it, and the rest of the text (the skeleton) gets the number
 * `take` returns in its place. What `take` throws ends the scan.
 *
 * The scan follows the text's brackets and strings, and does not check the text is JSON: the caller
 * parses the skeleton and each value. When both parse, the text is JSON, since a value put back in
 * the place of a number leaves valid JSON valid. Returns undefined where the scan cannot follow the
 * text (a bracket closes what it did not open, a member's name is not a JSON string) or a value at
 * `path` is not an object or an array; the caller then reads it whole, to name where it breaks.
 */
export function cutJson(
  runs: Iterable<string>,
  path: readonly string[],
  take: (names: string[], text: string) => number,
): string | undefined {
  /** Per open container, from the root: whether it is an object, the member it is at, and whether the path holds to there. */
  const isObject: boolean[] = [];
  const names: string[] = [];
  const onPath: boolean[] = [];
  let expectName = false;
  /** A member on the path has been named: its value, next, is cut. */
  let awaitingCut = false;
  let inString = false;
  let escaped = false;
  /** The member name being read, in pieces; undefined while a string is not a name. */
  let name: string[] | undefined;
  /** The depth the value being cut opened at, or -1; and its text so far. */
  let cutDepth = -1;
  /** Empty between cuts: each cut's pieces are taken from it as the cut ends. */
  let cut: string[] = [];
  const skeleton = new Pieces();

  for (const run of runs) {
    /** Where the piece of this run not yet given to the skeleton, a name or a cut value starts. */
    let from = 0;
    /** The run's next backslash at or after where it was last looked for (the run's length if none). */
    let backslash = -1;
    for (let i = 0; i < run.length; i++) {
      if (inString) {
        // Strings are most of the text: jumped over to their next quote or backslash.
        if (escaped) {
          escaped = false;
          continue;
        }
        if (backslash < i) backslash = indexOrEnd(run, '\\', i);
        const quote = indexOrEnd(run, '"', i);
        if (backslash < quote) {
          i = backslash;
          escaped = true;
          continue;
        }
        i = quote;
        if (i < run.length) {
          inString = false;
          if (name) {
            name.push(run.slice(from, i));
            const text = name.join('');
            const member = memberName(text);
            if (member === undefined) return undefined;
            skeleton.push(text);
            from = i;
            const depth = names.length - 1;
            names[depth] = member;
            onPath[depth] =
              isObject[depth] &&
              depth < path.length &&
              (depth === 0 || onPath[depth - 1]) &&
              (path[depth] === '*' || path[depth] === member);
            name = undefined;
            expectName = false;
            awaitingCut = onPath[depth] && depth === path.length - 1;
          }
        }
        continue;
      }
      const c = run.charCodeAt(i);
      if (awaitingCut && c !== OPEN_BRACE && c !== OPEN_BRACKET) {
        if (c === COLON || c === SPACE || c === NEWLINE || c === RETURN || c === TAB) continue;
        return undefined;
      }
      switch (c) {
        case QUOTE:
          inString = true;
          if (cutDepth < 0 && expectName && isObject[isObject.length - 1]) {
            name = [];
            from = skeletonUpTo(skeleton, run, from, i + 1);
          }
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET: {
          if (awaitingCut) {
            awaitingCut = false;
            from = skeletonUpTo(skeleton, run, from, i);
            cutDepth = isObject.length;
          }
          isObject.push(c === OPEN_BRACE);
          names.push('');
          onPath.push(false);
          expectName = c === OPEN_BRACE;
          break;
        }
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          if (isObject.length === 0 || isObject[isObject.length - 1] !== (c === CLOSE_BRACE))
            return undefined;
          isObject.pop();
          names.pop();
          onPath.pop();
          expectName = false;
          if (isObject.length === cutDepth) {
            cut.push(run.slice(from, i + 1));
            skeleton.push(String(take(names.slice(), cut.join(''))));
            cut = [];
            cutDepth = -1;
            from = i + 1;
          }
          break;
        case COMMA:
          expectName = isObject[isObject.length - 1] === true;
          break;
        default:
      }
    }
    if (name) name.push(run.slice(from));
    else if (cutDepth >= 0) cut.push(run.slice(from));
    else skeleton.push(run.slice(from));
  }
  if (inString || isObject.length > 0) return undefined;
  return skeleton.text();
}

/** Where `text` is next found in `run` from `from`, or the run's length. */
function indexOrEnd(run: string, text: string, from: number): number {
  const at = run.indexOf(text, from);
  return at < 0 ? run.length : at;
}

/** Gives the skeleton the run's text from `from` up to `to`; returns `to`, where the next piece starts. */
function skeletonUpTo(skeleton: Pieces, run: string, from: number, to: number): number {
  skeleton.push(run.slice(from, to));
  return to;
}

/**
 * A text made in pieces, joined a thousand at a time into texts of their own: a piece sliced from a
 * run refers to the whole run, and the skeleton's pieces would otherwise hold the file's text alive.
 */
class Pieces {
  #joined: string[] = [];
  #pending: string[] = [];

  push(piece: string): void {
    this.#pending.push(piece);
    if (this.#pending.length >= 1024) this.#join();
  }

  text(): string {
    this.#join();
    return this.#joined.join('');
  }

  #join(): void {
    this.#joined.push(this.#pending.join(''));
    this.#pending = [];
  }
}

/** A member's name from its text between the quotes, or undefined if that is not a JSON string's. */
function memberName(text: string): string | undefined {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return undefined;
  }
}

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const TAB = 0x09;
