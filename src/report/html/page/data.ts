/**
 * The report as the page holds it, and its cases as the page lists them. Pure: no DOM, so the
 * split and the filters are tested in Node too, and report.html's writer (../../html.ts) uses it.
 *
 * The page lists, filters and charts ten thousand cases from a few facts each, in columns (flags,
 * rates, each answer's cost, latency and check outcomes); a case in full, as results.json has it
 * (its answers, reasons, proof and the messages sent), is inflated when it is opened, and its
 * texts alone when a search needs them.
 */
import type { JsonReport } from '../../json.js';
import { Shared } from '../../../interned.js';

/** Id of the `<script type="application/json">` element that holds the report as listed. */
export const DATA_ELEMENT_ID = 'report-data';

/**
 * Ids of the `<script type="text/plain">` elements that hold chunk `chunk` of the cases in full:
 * their texts ({@link splitCaseTexts}), what a search reads, and the rest. Each part in an element
 * of its own, so the page reads a part's text only when it inflates it.
 */
export function caseChunkIds(chunk: number): { texts: string; rest: string } {
  return { texts: `report-texts-${chunk}`, rest: `report-cases-${chunk}` };
}

/** Cases compressed together: opening a case inflates its chunk alone. */
export const CASE_CHUNK = 100;

/** What the data element holds: the report as listed, JSON gzip-compressed and base64-encoded. */
export interface PageData {
  encoding: 'gzip+base64';
  /** The report with its cases as listed ({@link ListedReport}). */
  report: string;
  /**
   * How many chunks of cases in full there are, each in two elements ({@link caseChunkIds}): every
   * case as results.json has it, in report order, {@link CASE_CHUNK} a chunk, encoded alike.
   */
  chunks: number;
}

type ReportPrompt = JsonReport['prompts'][number];
/** A case in full, as results.json has it. */
export type ReportCase = ReportPrompt['cases'][number];

/**
 * Every case as listed, in report order, a column per fact: case `i`'s facts are item `i` of each
 * column. Columns of numbers and short strings parse in a fraction of the time ten thousand nested
 * objects take, and leave the page little to collect.
 */
export interface ListedCases {
  /** Index of the case's prompt in the report's `prompts`. */
  prompt: number[];
  caseId: string[];
  /** Index of the case's suite in `suites`. */
  suite: number[];
  suites: string[];
  /** The input, cut to {@link LISTED_INPUT_CHARS}: a row shows one line of it. */
  input: string[];
  basePassRate: (number | null)[];
  headPassRate: (number | null)[];
  /** Bit `b` set: the case is `FLAGS[b]`. */
  flags: number[];
  /** Indexes in `checkLabels` of the checks that failed on an answer of either version. */
  failedChecks: number[][];
  /** Case `i`'s answers are answers `answerStart[i]` to `answerStart[i + 1]` (exclusive). */
  answerStart: number[];
  /** Each answer's version: 0 base, 1 head. */
  answerVersion: number[];
  /** Cost and latency of answered calls (null for a call that gave no answer or was not timed). */
  costUsd: (number | null)[];
  latencyMs: (number | null)[];
  /** Answer `a`'s checks are checks `checkStart[a]` to `checkStart[a + 1]` (exclusive). */
  checkStart: number[];
  /** A check decided on an answered call: its label's index times two, plus one if it passed. */
  checks: number[];
}

/** A case's texts ({@link splitCaseTexts}): null where the case has none. */
export type CaseTexts = (string | null)[];

/** Where a text of a case sits: the object that holds it, and its key. */
type Slot = [holder: object, key: string];

/** Where each text of a case that a search looks in sits, in one order. */
function textSlots(c: ReportCase): Slot[] {
  const slots: Slot[] = [
    [c, 'caseId'],
    [c, 'input'],
    [c, 'expected'],
    // The case's own excerpt of an answer, as results.json has it.
    [c, 'output'],
  ];
  for (const version of VERSIONS)
    for (const answer of c.trace?.[version]?.answers ?? []) {
      slots.push([answer, 'output'], [answer, 'error']);
      for (const check of answer.checks) slots.push([check, 'check'], [check, 'reason'], [check, 'evidence']);
    }
  return slots;
}

/** The value at a slot; a slot's holder is one of the report's plain objects. */
const at = (holder: object): Record<string, unknown> => holder as Record<string, unknown>;

/**
 * A case's texts that a search looks in (its id, input, expected answer, answers, errors, checks,
 * reasons and proof), and the rest of it without them. A search inflates the texts alone: a third of
 * the bytes of the cases in full, the messages sent and each call's facts left out.
 */
export function splitCaseTexts(c: ReportCase): { texts: CaseTexts; rest: ReportCase } {
  // A copy of each object that holds a text (the case, its answers, their checks); the rest shared.
  const trace = c.trace && { ...c.trace };
  for (const version of VERSIONS) {
    const side = trace?.[version];
    if (trace && side)
      trace[version] = {
        ...side,
        answers: side.answers.map((answer) => ({
          ...answer,
          checks: answer.checks.map((check) => ({ ...check })),
        })),
      };
  }
  const rest: ReportCase = { ...c, ...(trace && { trace }) };
  const texts = textSlots(rest).map(([holder, key]): string | null => {
    const text = at(holder)[key];
    delete at(holder)[key];
    return typeof text === 'string' ? text : null;
  });
  return { texts, rest };
}

/** The case in full again, from what {@link splitCaseTexts} made of it (`rest` is filled in). */
export function joinCaseTexts(rest: ReportCase, texts: CaseTexts): ReportCase {
  textSlots(rest).forEach(([holder, key], i) => {
    if (texts[i] !== null) at(holder)[key] = texts[i];
  });
  return rest;
}

/** Characters of an input a listed case keeps; the case in full has it whole. */
export const LISTED_INPUT_CHARS = 240;

export type ListedPrompt = Omit<ReportPrompt, 'cases'>;

/** The report as listed: every field of the JSON report, its cases as listed. */
export interface ListedReport extends Omit<JsonReport, 'prompts'> {
  prompts: ListedPrompt[];
  cases: ListedCases;
  /** The check labels the listed cases point to. */
  checkLabels: string[];
}

/** What a row can be flagged as; a filter on several shows rows with any of them. */
export const FLAGS = ['regressed', 'failed', 'flaky', 'errored'] as const;
export type Flag = (typeof FLAGS)[number];

/** The suite name of a golden case (a dataset row, not an adversarial variant). */
export const GOLDEN = 'golden';

const VERSIONS = ['base', 'head'] as const;

/** The report as listed, and every case in full in report order (the order cases are numbered in). */
export function splitReport(report: JsonReport): { listed: ListedReport; cases: ReportCase[] } {
  const all: ReportCase[] = [];
  const lister = new CaseLister();
  const prompts = report.prompts.map(({ cases, ...prompt }, promptIndex) => {
    for (const c of cases) {
      all.push(c);
      lister.add(c, promptIndex);
    }
    return prompt;
  });
  return { listed: lister.listed({ ...report, prompts }), cases: all };
}

/**
 * Lists cases one at a time, in report order: report.html's writer lists each case as it writes
 * it, never holding every case in full.
 */
export class CaseLister {
  private readonly columns: HeldCases = {
    prompt: [],
    caseId: [],
    suite: [],
    suites: [],
    input: [],
    basePassRate: new NumberColumn(),
    headPassRate: new NumberColumn(),
    flags: [],
    failedChecks: [],
    answerStart: [0],
    answerVersion: [],
    costUsd: new NumberColumn(),
    latencyMs: new NumberColumn(),
    checkStart: [0],
    checks: [],
  };
  private readonly labels = new Indexer();
  private readonly suites = new Indexer();
  /** Equal lists of failed checks, one list (most cases fail none, or the same few). */
  private readonly failedLists = new Shared<number[]>();

  /** Lists case `c` of the report's prompt `promptIndex`. */
  add(c: ReportCase, promptIndex: number): void {
    listCase(this.columns, c, promptIndex, this.labels, this.suites, this.failedLists);
  }

  /** The report as listed: `report` (its prompts without their cases) with the cases listed so far. */
  listed(report: Omit<ListedReport, 'cases' | 'checkLabels'>): ListedReport {
    const held = this.columns;
    const cases: ListedCases = {
      ...held,
      suites: this.suites.values(),
      basePassRate: held.basePassRate.slice(0, held.basePassRate.length),
      headPassRate: held.headPassRate.slice(0, held.headPassRate.length),
      costUsd: held.costUsd.slice(0, held.costUsd.length),
      latencyMs: held.latencyMs.slice(0, held.latencyMs.length),
    };
    return { ...report, cases, checkLabels: this.labels.values() };
  }

  /**
   * `JSON.stringify(this.listed(report))` in pieces: each column of the cases a slice of
   * LISTED_SLICE values at a time. A large report's listing is tens of megabytes as one text.
   */
  *listedJson(report: Omit<ListedReport, 'cases' | 'checkLabels'>): Generator<string> {
    const head = JSON.stringify(report);
    yield head === '{}' ? '{"cases":{' : `${head.slice(0, -1)},"cases":{`;
    const columns: Record<string, { length: number; slice(from: number, to: number): unknown[] }> = {
      ...this.columns,
      suites: this.suites.values(),
    };
    let first = true;
    for (const [name, values] of Object.entries(columns)) {
      yield `${first ? '' : ','}${JSON.stringify(name)}:[`;
      for (let at = 0; at < values.length; at += LISTED_SLICE) {
        const slice = JSON.stringify(values.slice(at, at + LISTED_SLICE));
        yield `${at === 0 ? '' : ','}${slice.slice(1, -1)}`;
      }
      yield ']';
      first = false;
    }
    yield `},"checkLabels":${JSON.stringify(this.labels.values())}}`;
  }
}

/** Values of a listed column laid out at a time by {@link CaseLister.listedJson}. */
const LISTED_SLICE = 4096;

/** The listed cases as {@link CaseLister} holds them until the page's head is written. */
type HeldCases = Omit<ListedCases, 'basePassRate' | 'headPassRate' | 'costUsd' | 'latencyMs'> &
  Record<'basePassRate' | 'headPassRate' | 'costUsd' | 'latencyMs', NumberColumn>;

/**
 * A column of numbers or nulls, grown as values are listed: 8 bytes a value. In a list, a number
 * that is not a small integer beside a null is an object of its own (16 bytes more), and a list
 * grown by `push` keeps up to half its length again as room. With these columns, and equal lists of
 * failed checks shared, the listing of 20,000 cases of the tests' large run held 3.7 MB against 6.8.
 */
class NumberColumn {
  private values = new Float64Array(1024);
  /** Bit `i` set: value `i` is null. */
  private nulls = new Uint8Array(128);
  length = 0;

  push(value: number | null): void {
    if (this.length === this.values.length) {
      const values = new Float64Array(this.length * 2);
      values.set(this.values);
      this.values = values;
      const nulls = new Uint8Array(this.nulls.length * 2);
      nulls.set(this.nulls);
      this.nulls = nulls;
    }
    if (value === null) this.nulls[this.length >> 3] |= 1 << (this.length & 7);
    else this.values[this.length] = value;
    this.length++;
  }

  /** Values `from` to `to` (exclusive), as a list. */
  slice(from: number, to: number): (number | null)[] {
    const end = Math.min(to, this.length);
    const slice = new Array<number | null>(Math.max(0, end - from));
    for (let i = from; i < end; i++)
      slice[i - from] = this.nulls[i >> 3] & (1 << (i & 7)) ? null : this.values[i];
    return slice;
  }
}

/** Numbers distinct strings in the order they are first seen. */
class Indexer {
  private readonly indexes = new Map<string, number>();

  of(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) this.indexes.set(value, (index = this.indexes.size));
    return index;
  }

  values(): string[] {
    return [...this.indexes.keys()];
  }
}

function listCase(
  columns: HeldCases,
  c: ReportCase,
  prompt: number,
  labels: Indexer,
  suites: Indexer,
  failedLists: Shared<number[]>,
): void {
  columns.prompt.push(prompt);
  columns.caseId.push(c.caseId);
  columns.suite.push(suites.of(c.suite ?? GOLDEN));
  columns.input.push(cut(c.input, LISTED_INPUT_CHARS));
  columns.basePassRate.push(c.basePassRate ?? null);
  columns.headPassRate.push(c.headPassRate ?? null);
  const failed = (c.failures ?? []).map((f) => labels.of(f.check));
  columns.failedChecks.push(failedLists.share(failed, failed.join(',')));
  let errored = false;
  for (const [version, name] of VERSIONS.entries()) {
    for (const answer of c.trace?.[name]?.answers ?? []) {
      const answered = answer.status === 'ok';
      columns.answerVersion.push(version);
      columns.costUsd.push(answered ? (answer.costUsd ?? null) : null);
      columns.latencyMs.push(answered ? (answer.latencyMs ?? null) : null);
      // A call that gave no answer, or a check that could not decide: nothing is claimed about it.
      errored ||= !answered || answer.checks.some((check) => check.error);
      if (answered)
        for (const check of answer.checks)
          if (!check.error) columns.checks.push(labels.of(check.check) * 2 + (check.pass ? 1 : 0));
      columns.checkStart.push(columns.checks.length);
    }
  }
  columns.answerStart.push(columns.answerVersion.length);
  const flagged: Record<Flag, boolean> = {
    regressed: c.regressed,
    failed: c.headPassRate !== undefined && c.headPassRate < 1,
    flaky: c.flaky,
    errored,
  };
  columns.flags.push(FLAGS.reduce((bits, flag, bit) => (flagged[flag] ? bits | (1 << bit) : bits), 0));
}

/** The first `max` UTF-16 units of `value`, never half of a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value[max - 1]) ? max - 1 : max;
  return `${value.slice(0, end)}…`;
}

/** Whether listed case `i` is flagged `flag`. */
export function hasFlag(cases: ListedCases, i: number, flag: Flag): boolean {
  return (cases.flags[i] & (1 << FLAGS.indexOf(flag))) !== 0;
}

/** The flags of listed case `i`, in {@link FLAGS} order. */
export function flagsOf(cases: ListedCases, i: number): Flag[] {
  return FLAGS.filter((flag) => hasFlag(cases, i, flag));
}
