import { describeFinding } from './findings.js';
import { formatLocation } from '../errors.js';
import type { CaseOutcome, Finding, GateResult, PromptVerdict } from '../types.js';
import { formatPercent } from './format.js';
import { revealInvisible } from './invisible.js';
import { defuseCommands } from './sanitize.js';
import { redact } from './redact.js';

/** One `<testcase>`: passed, or failed, errored or skipped with a message. */
interface TestCase {
  classname: string;
  name: string;
  file?: string;
  line?: number;
  outcome?: { kind: 'failure' | 'error' | 'skipped'; message: string; details?: string };
}

/**
 * Untrusted text as XML attribute or element content: secrets masked; invisible characters (and
 * those XML 1.0 cannot carry at all) shown by code point; markup, line breaks and tabs escaped, so
 * an attribute keeps them; and, as character references a parser reads back unchanged, whatever
 * would start a workflow command when the file is printed in a log.
 */
function xml(text: string): string {
  const escaped = revealInvisible(redact(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
  return defuseCommands(escaped, (char) => `&#${char.codePointAt(0)};`);
}

type Kind = NonNullable<TestCase['outcome']>['kind'];

/** How a case ends in the file: passed (undefined), or failed, errored or skipped. */
function caseKind(verdict: PromptVerdict, c: CaseOutcome): Kind | undefined {
  if (verdict.status === 'error') return 'error';
  if (verdict.status === 'skipped' || c.headPassRate === undefined) return 'skipped';
  if (!c.regressed && c.headPassRate >= 1) return undefined;
  return 'failure';
}

function caseOutcome(verdict: PromptVerdict, c: CaseOutcome): TestCase['outcome'] {
  const kind = caseKind(verdict, c);
  if (kind === 'error') {
    return { kind, message: verdict.findings.map(describeFinding).join(' ') || 'Provider error' };
  }
  if (kind === 'skipped') return { kind, message: 'Not run on the head version' };
  if (kind === undefined || c.headPassRate === undefined) return undefined;
  const base = c.basePassRate === undefined ? '' : ` (base ${formatPercent(c.basePassRate)})`;
  const message = `${c.regressed ? 'Regressed' : 'Failed'}: head passed ${formatPercent(c.headPassRate)}${base}`;
  return {
    kind,
    message,
    details: [...c.reasons, c.output ? `Output: ${c.output}` : ''].filter(Boolean).join('\n'),
  };
}

/** A finding as a test case's outcome; a removed prompt was not judged, so nothing about it passed. */
function findingOutcome(verdict: PromptVerdict, f: Finding): TestCase['outcome'] {
  const message = describeFinding(f);
  if (f.status === 'regression' || f.status === 'threshold') return { kind: 'failure', message };
  if (f.status === 'error') return { kind: 'error', message };
  if (f.status === 'skipped' || f.status === 'inconclusive' || verdict.status === 'removed')
    return { kind: 'skipped', message };
  return undefined;
}

/**
 * A `<testsuite>`: its test cases made one at a time as they are written (a large run's would
 * otherwise all be held at once, with their text), and how each ends without making them.
 */
interface Suite {
  name: string;
  size: number;
  kinds(): Iterable<Kind | undefined>;
  tests(): Iterable<TestCase>;
}

/** One prompt's suite: a test case per dataset row, plus one per gate finding (cost, latency, ...). */
function promptSuite(verdict: PromptVerdict): Suite {
  return {
    name: verdict.prompt,
    size: verdict.cases.length + verdict.findings.length,
    *kinds() {
      for (const c of verdict.cases) yield caseKind(verdict, c);
      for (const f of verdict.findings) yield findingOutcome(verdict, f)?.kind;
    },
    *tests() {
      for (const c of verdict.cases)
        yield {
          classname: verdict.prompt,
          name: c.suite ? `${c.caseId} [${c.suite}]` : c.caseId,
          file: c.source?.file,
          line: c.source?.line,
          outcome: caseOutcome(verdict, c),
        };
      for (const f of verdict.findings)
        yield {
          classname: verdict.prompt,
          name: `gate: ${f.check}`,
          file: verdict.prompt,
          outcome: findingOutcome(verdict, f),
        };
    },
  };
}

/** What was not run at all, a skipped test case each. */
function skippedSuite(reasons: string[]): Suite {
  const tests: TestCase[] = reasons.map((reason, index) => ({
    classname: 'promptgate',
    name: `skipped ${index + 1}`,
    outcome: { kind: 'skipped', message: reason },
  }));
  return {
    name: 'not run',
    size: tests.length,
    kinds: () => tests.map((t) => t.outcome?.kind),
    tests: () => tests,
  };
}

function testCaseXml(t: TestCase): string {
  const location = t.file
    ? ` file="${xml(t.line ? formatLocation({ file: t.file, line: t.line }) : t.file)}"`
    : '';
  const open = `    <testcase classname="${xml(t.classname)}" name="${xml(t.name)}"${location}`;
  if (!t.outcome) return `${open}/>`;
  const { kind, message, details } = t.outcome;
  return `${open}>\n      <${kind} message="${xml(message)}">${xml(details ?? '')}</${kind}>\n    </testcase>`;
}

/** `tests`, `failures`, `errors` and `skipped` attributes for the test cases of `suites`. */
function countAttributes(suites: Suite[]): string {
  const counts = { failure: 0, error: 0, skipped: 0 };
  let tests = 0;
  for (const suite of suites) {
    tests += suite.size;
    for (const kind of suite.kinds()) if (kind) counts[kind]++;
  }
  return `tests="${tests}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}"`;
}

/**
 * JUnit XML for CI test reporters: a suite per prompt, a test case per dataset case (failures with
 * their reasons, errors for provider errors, skipped when not run) and per gate finding.
 */
export function renderJUnit(result: GateResult): string {
  return [...junitPieces(result)].join('');
}

/** {@link renderJUnit}'s text in pieces, a test case each: junit.xml is written as they are made. */
export function* junitPieces(result: GateResult): Generator<string> {
  const suites = result.prompts.map(promptSuite);
  if (result.skipped.length) suites.push(skippedSuite(result.skipped));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="promptgate" ${countAttributes(suites)}>\n`;
  for (const suite of suites) {
    yield `  <testsuite name="${xml(suite.name)}" ${countAttributes([suite])}>\n`;
    for (const test of suite.tests()) yield `${testCaseXml(test)}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
