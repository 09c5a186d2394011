import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { describe, isPlainObject, parseCheckItem } from '../config/check-spec.js';
import { parseYamlSource, tooLargeToParse } from '../config/yaml-source.js';
import { decodeUtf8 } from '../changes/decode-utf8.js';
import { UserError } from '../errors.js';
import { MAX_REPEATS, MAX_ROW_BYTES, MAX_WHOLE_FILE_BYTES } from '../limits.js';
import type { Case, SourceLocation } from '../types.js';
import { CaseTally } from './case-tally.js';
import { readLines, type Line } from './read-lines.js';

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

/** A dataset as a commit holds it (never the working tree): its repository path, size and bytes. */
export interface DatasetFile {
  path: string;
  /** In bytes, known before reading. */
  size: number;
  content: Readable;
}

/**
 * Streams the cases of a JSONL, CSV, YAML or JSON dataset, one at a time. JSONL and CSV are read
 * line by line so memory does not grow with the file; YAML and JSON files are parsed whole, up to
 * `MAX_WHOLE_FILE_BYTES`. Text must be UTF-8 (a byte-order mark and CRLF line ends are fine).
 * `tally` holds a prompt's cases across its datasets: duplicate ids and the per-prompt limits are
 * errors there, before any call.
 */
export async function* readDataset(file: DatasetFile, tally = new CaseTally()): AsyncGenerator<Case> {
  const { path: displayPath, content } = file;
  const extension = extname(displayPath).toLowerCase();
  const cases =
    extension === '.jsonl' || extension === '.ndjson'
      ? readJsonLines(content, displayPath, tally)
      : extension === '.csv'
        ? readCsv(content, displayPath, tally)
        : extension === '.yaml' || extension === '.yml' || extension === '.json'
          ? readYaml(file, tally)
          : undefined;
  if (!cases)
    throw new UserError(
      `dataset ${displayPath}: unsupported file type "${extension}"; expected .jsonl, .csv, .yaml, .yml or .json`,
    );
  for await (const c of cases) {
    tally.admit(c);
    yield c;
  }
}

/** A dataset's lines, each counted against the prompt's byte limit as it is read. */
async function* tallyLines(content: Readable, displayPath: string, tally: CaseTally): AsyncGenerator<Line> {
  for await (const line of readLines(content, displayPath, MAX_ROW_BYTES)) {
    tally.addBytes(line.bytes, { file: displayPath, line: line.line });
    yield line;
  }
}

async function* readJsonLines(
  content: Readable,
  displayPath: string,
  tally: CaseTally,
): AsyncGenerator<Case> {
  for await (const { text, line } of tallyLines(content, displayPath, tally)) {
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

async function* readCsv(content: Readable, displayPath: string, tally: CaseTally): AsyncGenerator<Case> {
  // Loaded for CSV datasets only, so other runs do not compile it before their first call.
  const { parse: parseCsv } = await import('csv-parse');
  const parser = parseCsv({
    columns: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    // A quoted cell may span lines: the record as a whole is bounded too.
    max_record_size: MAX_ROW_BYTES,
  });
  // Lines joined with LF only: csv-parse counts lines inconsistently in CRLF files.
  const text = Readable.from(
    (async function* () {
      for await (const { text } of tallyLines(content, displayPath, tally)) yield `${text}\n`;
    })(),
  );
  // `pipe` does not pass errors on: a bad line (or a failed read) must end the parse, not stall it.
  text.once('error', (error) => parser.destroy(error));
  const records = text.pipe(parser);
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

async function* readYaml(file: DatasetFile, tally: CaseTally): AsyncGenerator<Case> {
  const displayPath = file.path;
  const tooLarge = tooLargeToParse(displayPath);
  if (file.size > MAX_WHOLE_FILE_BYTES) throw tooLarge;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of file.content as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (bytes > MAX_WHOLE_FILE_BYTES) throw tooLarge;
    chunks.push(chunk);
  }
  tally.addBytes(bytes, { file: displayPath, line: 1 });
  const source = parseYamlSource(decodeUtf8(Buffer.concat(chunks), displayPath), displayPath);
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
  if (typeof repeats !== 'number' || !Number.isInteger(repeats) || repeats < 1 || repeats > MAX_REPEATS)
    return fail(`"repeats" must be an integer from 1 to ${MAX_REPEATS}, got ${describe(repeats)}`);
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
