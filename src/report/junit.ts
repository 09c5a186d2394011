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

function caseOutcome(verdict: PromptVerdict, c: CaseOutcome): TestCase['outcome'] {
  if (verdict.status === 'error') {
    return { kind: 'error', message: verdict.findings.map(describeFinding).join(' ') || 'Provider error' };
  }
  if (verdict.status === 'skipped' || c.headPassRate === undefined) {
    return { kind: 'skipped', message: 'Not run on the head version' };
  }
  if (!c.regressed && c.headPassRate >= 1) return undefined;
  const base = c.basePassRate === undefined ? '' : ` (base ${formatPercent(c.basePassRate)})`;
  const message = `${c.regressed ? 'Regressed' : 'Failed'}: head passed ${formatPercent(c.headPassRate)}${base}`;
  return {
    kind: 'failure',
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

/** Test cases of one prompt: a case per dataset row, plus one per gate finding (cost, latency, ...). */
function promptTestCases(verdict: PromptVerdict): TestCase[] {
  const cases: TestCase[] = verdict.cases.map((c) => ({
    classname: verdict.prompt,
    name: c.suite ? `${c.caseId} [${c.suite}]` : c.caseId,
    file: c.source?.file,
    line: c.source?.line,
    outcome: caseOutcome(verdict, c),
  }));
  const findings: TestCase[] = verdict.findings.map((f) => ({
    classname: verdict.prompt,
    name: `gate: ${f.check}`,
    file: verdict.prompt,
    outcome: findingOutcome(verdict, f),
  }));
  return [...cases, ...findings];
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

/** `tests`, `failures`, `errors` and `skipped` attributes for a list of test cases. */
function countAttributes(tests: TestCase[]): string {
  const count = (kind: string) => tests.filter((t) => t.outcome?.kind === kind).length;
  return `tests="${tests.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}"`;
}

function suiteXml(name: string, tests: TestCase[]): string {
  return [
    `  <testsuite name="${xml(name)}" ${countAttributes(tests)}>`,
    ...tests.map(testCaseXml),
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML for CI test reporters: a suite per prompt, a test case per dataset case (failures with
 * their reasons, errors for provider errors, skipped when not run) and per gate finding.
 */
export function renderJUnit(result: GateResult): string {
  const suites = result.prompts.map((verdict) => ({ name: verdict.prompt, tests: promptTestCases(verdict) }));
  if (result.skipped.length) {
    suites.push({
      name: 'not run',
      tests: result.skipped.map((reason, index) => ({
        classname: 'promptgate',
        name: `skipped ${index + 1}`,
        outcome: { kind: 'skipped' as const, message: reason },
      })),
    });
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="promptgate" ${countAttributes(suites.flatMap((s) => s.tests))}>`,
    ...suites.map((s) => suiteXml(s.name, s.tests)),
    '</testsuites>',
    '',
  ].join('\n');
}
