import { describe, isPlainObject } from '../config/check-spec.js';
import { displayPath } from '../config/schema-errors.js';
import type { YamlSource } from '../config/yaml-source.js';
import { UserError } from '../errors.js';
import type { IgnoredField, SourceLocation } from '../types.js';

type FieldPath = (string | number)[];

/**
 * The fields of one prompt file as its parser reads them: an error names the field and its line,
 * and every field that changes nothing is listed once, so nothing a file says is dropped unseen.
 */
export class PromptFields {
  private readonly ignoredFields = new Map<string, IgnoredField>();

  constructor(
    readonly file: string,
    /** The file's YAML (front matter, for Prompty and Markdown); absent when it has none. */
    private readonly source: YamlSource | undefined,
  ) {}

  /** Where the value (or its key) at `path` was written; a value from a `${file:...}` is at that reference. */
  locate(path: FieldPath, at: 'key' | 'value' = 'value'): SourceLocation {
    return this.source?.locate(path, at) ?? { file: this.file, line: 1 };
  }

  /** Throws `prompt <file>: <field>: <message>` at the field's line. */
  fail(path: FieldPath, message: string): never {
    const field = path.length > 0 ? `${displayPath(path)}: ` : '';
    throw new UserError(`prompt ${this.file}: ${field}${message}`, this.locate(path));
  }

  /** Lists the field at `path` as ignored, with why: at its key's line, or a list item's own. */
  ignore(path: FieldPath, reason: string): void {
    const field = displayPath(path);
    const at = typeof path[path.length - 1] === 'number' ? 'value' : 'key';
    if (!this.ignoredFields.has(field))
      this.ignoredFields.set(field, { field, line: this.locate(path, at).line, reason });
  }

  /** Lists every key of `mapping` other than `known` as ignored. */
  ignoreOthers(
    mapping: Record<string, unknown>,
    path: FieldPath,
    known: readonly string[],
    reason: string,
  ): void {
    for (const key of Object.keys(mapping)) if (!known.includes(key)) this.ignore([...path, key], reason);
  }

  /** The ignored fields in the order of their lines, or undefined when there are none. */
  ignored(): IgnoredField[] | undefined {
    if (this.ignoredFields.size === 0) return undefined;
    return [...this.ignoredFields.values()].sort((a, b) => a.line - b.line);
  }

  /**
   * A collection written as a mapping by name or as a list of mappings with `name` (Prompty's
   * inputs, outputs, tools and parameters), as `[name, value, path]` entries.
   */
  named(value: unknown, path: FieldPath, what: string): [string, unknown, FieldPath][] {
    if (isPlainObject(value))
      return Object.entries(value).map(([name, item]) => [name, item, [...path, name]]);
    if (!Array.isArray(value))
      return this.fail(
        path,
        `expected ${what} as a mapping by name or a list with name, got ${describe(value)}`,
      );
    return value.map((item, i): [string, unknown, FieldPath] => {
      const name = isPlainObject(item) ? (item.name ?? item.id) : undefined;
      if (typeof name !== 'string') return this.fail([...path, i], `expected ${what} with a name`);
      return [name, item, [...path, i]];
    });
  }
}
