import { constants, createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { describe, isPlainObject, parseCheckItem } from '../config/check-spec.js';
import { parseYamlSource } from '../config/yaml-source.js';
import { UserError } from '../errors.js';
import type { Case, SourceLocation } from '../types.js';

/** Row keys with a meaning of their own; without a `vars` key, every other key is a variable. */
const RESERVED = new Set([
  'id',
  'vars',
  'expected',
  'context',
  'assert',
  'checks',
  'required',
  'repeats',
  'expectRefusal',
  'description',
]);

/**
 * Streams the cases of a JSONL, CSV, YAML or JSON dataset, one at a time. JSONL and CSV are read
 * line by line so memory does not grow with the file; YAML and JSON files are parsed whole.
 */
export async function* readDataset(path: string, displayPath = path): AsyncGenerator<Case> {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') yield* readJsonLines(path, displayPath);
  else if (extension === '.csv') yield* readCsv(path, displayPath);
  else if (extension === '.yaml' || extension === '.yml' || extension === '.json')
    yield* readYaml(path, displayPath);
  else
    throw new UserError(
      `dataset ${displayPath}: unsupported file type "${extension}"; expected .jsonl, .csv, .yaml, .yml or .json`,
    );
}

async function* readJsonLines(path: string, displayPath: string): AsyncGenerator<Case> {
  const lines = createInterface({ input: await openStream(path, displayPath), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const source = { file: displayPath, line };
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      throw new UserError(
        `dataset row is not valid JSON (${(error as Error).message}); expected one JSON object per line`,
        source,
      );
    }
    yield rowToCase(row, `${basename(displayPath)}:${line}`, source);
  }
}

async function* readCsv(path: string, displayPath: string): AsyncGenerator<Case> {
  // Loaded for CSV datasets only, so other runs do not compile it before their first call.
  const { parse: parseCsv } = await import('csv-parse');
  const parser = parseCsv({ columns: true, info: true, raw: true, bom: true, skip_empty_lines: true });
  const records = (await openStream(path, displayPath)).pipe(toUnixNewlines()).pipe(parser);
  try {
    for await (const { record, info, raw } of records as AsyncIterable<CsvRecord>) {
      // csv-parse reports the line a record ends on; a quoted cell may span several lines.
      const line = info.lines - (raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0);
      const source = { file: displayPath, line };
      yield rowToCase(csvRow(record, source), `${basename(displayPath)}:${line}`, source);
    }
  } catch (error) {
    throw csvError(error, displayPath);
  }
}

async function* readYaml(path: string, displayPath: string): AsyncGenerator<Case> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read dataset ${displayPath}: ${readError(error)}`);
  }
  const source = parseYamlSource(text, displayPath);
  // A bare list of rows, or a mapping that holds them under `cases:` (or promptfoo's `tests:`).
  const key = isPlainObject(source.value)
    ? ['cases', 'tests'].find((k) => Array.isArray((source.value as Record<string, unknown>)[k]))
    : undefined;
  const rows = key ? (source.value as Record<string, unknown>)[key] : source.value;
  if (!Array.isArray(rows)) {
    throw new UserError(
      `dataset ${displayPath}: expected a list of rows (or a mapping with a "cases:" list), got ${describe(rows)}`,
      source.locate([]),
    );
  }
  const prefix = key ? [key] : [];
  for (const [i, row] of rows.entries()) {
    yield rowToCase(row, `${basename(displayPath)}#${i + 1}`, source.locate([...prefix, i]));
  }
}

interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

/** csv-parse counts lines inconsistently in CRLF files; LF-only input keeps row numbers exact. */
function toUnixNewlines(): Transform {
  let pendingCR = false;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      let text = (pendingCR ? '\r' : '') + chunk.toString();
      pendingCR = text.endsWith('\r');
      if (pendingCR) text = text.slice(0, -1);
      done(null, text.replace(/\r\n/g, '\n'));
    },
    flush(done) {
      done(null, pendingCR ? '\r' : '');
    },
  });
}

/** Opens a file for streaming, reporting a missing or unreadable file as the user's error. */
async function openStream(path: string, displayPath: string): Promise<NodeJS.ReadableStream> {
  try {
    await access(path, constants.R_OK);
  } catch (error) {
    throw new UserError(`cannot read dataset ${displayPath}: ${readError(error)}`);
  }
  return createReadStream(path, { encoding: 'utf8' });
}

/** Turns one row into a case; `fallbackId` is used when the row has no `id`. */
export function rowToCase(row: unknown, fallbackId: string, source: SourceLocation): Case {
  const fail = (message: string): never => {
    throw new UserError(`dataset row: ${message}`, source);
  };
  if (!isPlainObject(row))
    return fail(`expected an object of variables (e.g. {"question": "..."}), got ${describe(row)}`);
  const vars = row.vars ?? Object.fromEntries(Object.entries(row).filter(([key]) => !RESERVED.has(key)));
  if (!isPlainObject(vars)) return fail(`"vars" must be an object, got ${describe(row.vars)}`);
  const checkItems = row.assert ?? row.checks;
  if (checkItems !== undefined && !Array.isArray(checkItems))
    return fail(`"assert" must be a list of checks, got ${describe(checkItems)}`);
  return {
    id: rowId(row.id, fallbackId, fail),
    vars,
    expected:
      row.expected === undefined || row.expected === null
        ? undefined
        : typeof row.expected === 'string'
          ? row.expected
          : JSON.stringify(row.expected),
    context: rowContext(row.context, fail),
    checks: checkItems?.map((item, i) => parseCheckItem(item, `assert[${i}]`, source)),
    required: optional(row.required, 'boolean', '"required" must be true or false', fail),
    repeats: rowRepeats(row.repeats, fail),
    expectRefusal: optional(row.expectRefusal, 'boolean', '"expectRefusal" must be true or false', fail),
    source,
  };
}

function rowId(id: unknown, fallback: string, fail: (message: string) => never): string {
  if (id === undefined || id === null || id === '') return fallback;
  if (typeof id !== 'string' && typeof id !== 'number')
    return fail(`"id" must be a string or number, got ${describe(id)}`);
  return String(id);
}

function rowContext(context: unknown, fail: (message: string) => never): Case['context'] {
  if (context === undefined || context === null) return undefined;
  if (typeof context === 'string') return context;
  if (Array.isArray(context) && context.every((passage) => typeof passage === 'string')) return context;
  return fail(`"context" must be a string or a list of strings, got ${describe(context)}`);
}

function rowRepeats(repeats: unknown, fail: (message: string) => never): number | undefined {
  if (repeats === undefined || repeats === null) return undefined;
  if (typeof repeats !== 'number' || !Number.isInteger(repeats) || repeats < 1)
    return fail(`"repeats" must be an integer >= 1, got ${describe(repeats)}`);
  return repeats;
}

function optional<T>(
  value: unknown,
  type: 'boolean',
  message: string,
  fail: (message: string) => never,
): T | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === type ? (value as T) : fail(`${message}, got ${describe(value)}`);
}

/** CSV cells are text: typed columns are converted, and JSON cells (`context`, `vars`, `assert`) parsed. */
function csvRow(record: Record<string, string>, source: SourceLocation): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === '' && RESERVED.has(column)) continue;
    row[column] = csvCell(column, cell, source);
  }
  return row;
}

function csvCell(column: string, cell: string, source: SourceLocation): unknown {
  if (column === 'required' || column === 'expectRefusal') return /^(?:true|yes|1)$/i.test(cell.trim());
  if (column === 'repeats') return Number(cell);
  const json =
    column === 'vars' ||
    column === 'assert' ||
    column === 'checks' ||
    (column === 'context' && cell.trimStart().startsWith('['));
  if (!json) return cell;
  try {
    return JSON.parse(cell);
  } catch (error) {
    throw new UserError(
      `dataset row: column "${column}" is not valid JSON (${(error as Error).message})`,
      source,
    );
  }
}

function csvError(error: unknown, displayPath: string): unknown {
  if (error instanceof UserError) return error;
  const csv = error as { code?: string; lines?: number; message?: string };
  if (!csv.code?.startsWith('CSV_')) return error;
  const line = csv.lines ?? 1;
  const message =
    csv.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' || csv.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
      ? `dataset row has the wrong number of columns; expected as many as the header row (${(csv.message ?? '').replace(/ on line \d+$/, '')})`
      : `invalid CSV: ${(csv.message ?? '').replace(/ on line \d+$/, '')}`;
  return new UserError(message, { file: displayPath, line });
}

function readError(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
}
