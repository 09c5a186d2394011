import { LineCounter, isMap, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { MAX_WHOLE_FILE_BYTES, MAX_YAML_ALIAS_COUNT } from '../limits.js';
import type { SourceLocation } from '../types.js';

/** A parsed YAML (or JSON) document that can say where each of its values was written. */
export interface YamlSource {
  doc: Document.Parsed;
  /** The document as plain JavaScript values. */
  value: unknown;
  file: string;
  /** Location of the node at `path`, or of its closest existing ancestor. */
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): SourceLocation;
  /** Location of a node's first character. */
  locateNode(node: Node | null | undefined): SourceLocation | undefined;
}

/**
 * Parses YAML or JSON text, keeping line numbers. Every syntax error (duplicate keys included)
 * becomes one `UserError` line with file:line:column.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  if (text.length > MAX_WHOLE_FILE_BYTES) throw tooLargeToParse(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    const [first, ...rest] = doc.errors.map((e) => ({
      location: at(e.pos[0]),
      message: firstLine(e.message),
    }));
    const more = rest.map((e) => `${e.location.file}:${e.location.line}:${e.location.column}: ${e.message}`);
    throw new UserError(['invalid YAML: ' + first.message, ...more].join('\n'), first.location);
  }
  const locateNode = (node: Node | null | undefined): SourceLocation | undefined =>
    node?.range ? at(node.range[0]) : undefined;
  const locate = (path: readonly (string | number)[], where: 'key' | 'value' = 'value'): SourceLocation => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNode(doc, path.slice(0, depth), where === 'key' && depth === path.length);
      const location = locateNode(node);
      if (location) return location;
    }
    return { file, line: 1, column: 1 };
  };
  return { doc, value: resolve(doc, locateNode, file), file, locate, locateNode };
}

/** The error for a file too large to parse whole. */
export function tooLargeToParse(file: string): UserError {
  return new UserError(
    `${file} is larger than ${MAX_WHOLE_FILE_BYTES / (1024 * 1024)} MiB; files parsed whole (config, prompts, YAML and JSON datasets) must be smaller: write a large dataset as JSONL, which is streamed`,
    { file, line: 1 },
  );
}

/** The document as plain values, with aliases expanded only as far as `MAX_YAML_ALIAS_COUNT` allows. */
function resolve(
  doc: Document.Parsed,
  locateNode: (node: Node | null | undefined) => SourceLocation | undefined,
  file: string,
): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    // The yaml package reports an alias bomb as a ReferenceError without a position.
    if (!(error instanceof ReferenceError && /excessive alias/i.test(error.message))) throw error;
    let firstAlias: Node | undefined;
    visit(doc, {
      Alias(_key, node) {
        firstAlias = node;
        return visit.BREAK;
      },
    });
    throw new UserError(
      `YAML aliases (*name) expand too far: more than ${MAX_YAML_ALIAS_COUNT} resolved, as in an alias bomb; expected each anchor reused a few times, not aliases nested in aliases`,
      locateNode(firstAlias) ?? { file, line: 1, column: 1 },
    );
  }
}

/** The node at `path`; with `keyNode`, the key of the last segment instead of its value. */
function findNode(
  doc: Document.Parsed,
  path: readonly (string | number)[],
  keyNode: boolean,
): Node | undefined {
  if (!keyNode || path.length === 0)
    return asNode(doc.getIn(path, true)) ?? (path.length === 0 ? asNode(doc.contents) : undefined);
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
  return asNode(pair?.key);
}

function asNode(value: unknown): Node | undefined {
  return value && typeof value === 'object' && 'range' in value ? (value as Node) : undefined;
}

/** The yaml library's messages carry a code excerpt after the first line; the location already says where. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
