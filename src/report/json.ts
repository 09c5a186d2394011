import { reportedCase } from '../gate/trace.js';
import type { CaseOutcome, Finding, GateResult, PromptVerdict, ReportedCase } from '../types.js';
import { describeFinding, headline, monthlySentence } from './findings.js';
import { indentedJson } from './json-layout.js';
import { redact } from './redact.js';
import { defuseCommands } from './sanitize.js';

/** Version of the JSON report's shape, so consumers can tell a breaking change. */
export const JSON_REPORT_VERSION = 1;

/** The JSON report as a consumer parses it: the gate result, its shape's version and its sentences. */
export interface JsonReport extends Omit<GateResult, 'prompts'> {
  version: number;
  headline: string;
  /** Each finding with the sentence the other surfaces show. */
  prompts: (Omit<PromptVerdict, 'findings' | 'cases'> & {
    findings: (Finding & { sentence: string })[];
    cases: ReportedCase[];
  })[];
  notes: string[];
}

/**
 * The whole gate result with the sentences the other surfaces show beside the facts, every string
 * masked: what results.json and report.html both hold.
 */
export function buildJsonReport(result: GateResult): JsonReport {
  return masked(worded(result, true));
}

/** results.json's text; `\u0023` is JSON's own escape, so a `##[` no log may read parses back unchanged. */
export function jsonText(report: JsonReport): string {
  return `${defuseJson(JSON.stringify(report, null, 2))}\n`;
}

/** The machine-readable report: the whole gate result, for artifacts and downstream tools. */
export function renderJson(result: GateResult): string {
  return jsonText(buildJsonReport(result));
}

/**
 * Cases of each prompt whose text was laid out before the reports (during the run, see
 * `src/report/early-cases.ts`): how many of the prompt's first cases, and their text.
 */
export interface LaidOutCases {
  count(promptIndex: number): number;
  /** The first `count(promptIndex)` cases' pieces, joined by `,\n`, as they are in results.json. */
  text(promptIndex: number): Iterable<string | Uint8Array>;
}

/**
 * results.json a case at a time: the text {@link renderJson} gives for the whole result, made of
 * pieces (each case's ends a line), every case masked only when its piece is made. The whole text of a
 * large run is several times the run's memory (and past a JavaScript string's length at 100,000
 * cases); this holds one case at a time.
 */
export class JsonReportPieces {
  /** The report with every prompt's cases left out (an empty list), masked. */
  readonly report: JsonReport;
  constructor(private readonly result: GateResult) {
    this.report = masked(worded(result, false));
  }

  /**
   * The text's pieces in order; `onCase` sees each masked case as it is written. The cases
   * `laidOut` holds are its text, not made again (nor seen by `onCase`).
   */
  *pieces(
    onCase?: (shown: ReportedCase, promptIndex: number) => void,
    laidOut?: LaidOutCases,
  ): Generator<string | Uint8Array> {
    // JSON.stringify's layout with a two-space indent, written member by member down to each case.
    const { prompts } = this.report;
    const promptPieces = (p: number) => this.promptPieces(p, onCase, laidOut);
    yield* objectPieces(this.report, '  ', 'prompts', prompts.length, function* () {
      for (let p = 0; p < prompts.length; p++) {
        if (p > 0) yield ',\n';
        yield* promptPieces(p);
      }
    });
    yield '\n';
  }

  /** Prompt `p` as an element of `prompts`, its cases masked one at a time. */
  private promptPieces(
    p: number,
    onCase?: (shown: ReportedCase, promptIndex: number) => void,
    laidOut?: LaidOutCases,
  ): Generator<string | Uint8Array> {
    const cases = this.result.prompts[p].cases;
    const early = laidOut?.count(p) ?? 0;
    return objectPieces(this.report.prompts[p], '      ', 'cases', cases.length, function* () {
      if (early > 0) yield* laidOut!.text(p);
      for (let c = early; c < cases.length; c++) {
        const shown = shownCase(cases[c]);
        onCase?.(shown, p);
        yield `${c > 0 ? ',\n' : ''}${casePiece(shown)}`;
      }
    });
  }
}

/** A case as results.json and report.html show it: its trace's answers as the reports show them, every string masked. */
export function shownCase(c: CaseOutcome): ReportedCase {
  return masked(reportedCase(c));
}

/** A shown case's text as an element of its prompt's `cases` in results.json (no separator, no line break after it). */
export function casePiece(shown: ReportedCase): string {
  return `        ${nested(shown, '        ')}`;
}

/**
 * `value`, an element at the depth whose members are indented by `inner`, as JSON.stringify lays it
 * out (no line break after it). Its member `listed`, when the list (of `length` elements) is not
 * empty, is written from `elements()`: the elements' pieces, indented, each but the last followed
 * by `,\n`.
 */
function* objectPieces(
  value: object,
  inner: string,
  listed: string,
  length: number,
  elements: () => Iterable<string | Uint8Array>,
): Generator<string | Uint8Array> {
  const outer = inner.slice(2);
  yield `${outer}{\n`;
  const all = members(value);
  for (const [i, [key, item]] of all.entries()) {
    const end = i === all.length - 1 ? '\n' : ',\n';
    if (key !== listed || length === 0) {
      yield `${inner}${JSON.stringify(key)}: ${nested(item, inner)}${end}`;
      continue;
    }
    yield `${inner}${JSON.stringify(key)}: [\n`;
    yield* elements();
    yield `\n${inner}]${end}`;
  }
  yield `${outer}}`;
}

/** A value's members as JSON.stringify writes them: in order, undefined ones left out. */
function members(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}

/** `value` as JSON.stringify lays it out with a two-space indent, at a depth of `indent`, defused. */
function nested(value: unknown, indent: string): string {
  return defuseJson(indentedJson(value, indent.length / 2));
}

/** JSON text that no log may read as a workflow command: the command's first character as JSON's own escape. */
function defuseJson(text: string): string {
  return defuseCommands(text, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** The report's facts with their sentences; `withCases: false` leaves every prompt's cases out. */
function worded(result: GateResult, withCases: boolean): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    ...result,
    headline: headline(result),
    prompts: result.prompts.map((p) => ({
      ...p,
      cases: withCases ? p.cases.map(reportedCase) : [],
      findings: p.findings.map((f) => ({ ...f, sentence: describeFinding(f) })),
    })),
    notes: result.monthly.map(monthlySentence),
  };
}

/** `value` with every string in it masked. */
function masked<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => masked(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  // A loop, not entries and fromEntries: the report of a large run is millions of members.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // Left out, as JSON.stringify leaves out undefined members.
    if (item !== undefined) copy[key] = masked(item);
  }
  return copy as T;
}
