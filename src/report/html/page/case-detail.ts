/**
 * One case in full: base and head answers side by side with a word diff, every check's result and
 * reason with its proof, and the trace behind each answer (what was sent, to which provider and
 * model, the attempts, tokens, price, latency and where the answer came from).
 */
import { formatLocation } from '../../../errors.js';
import { formatMs, formatPercent, formatUsd } from '../../format.js';
import type { AnswerTrace, CaseTrace, ChatRequest, Side, VersionTrace } from '../../../types.js';
import { type ListedReport, type ReportCase, flagsOf } from './data.js';
import { diffBlocks, textBlock } from './diff-view.js';
import { type Child, h, text } from './dom.js';

const VERSIONS = ['base', 'head'] as const;

/** `Base`, `Head`: a version as a heading starts. */
const TITLE: Record<Side, string> = { base: 'Base', head: 'Head' };

/** A case in full (`c`, listed case `i` of `report`), showing the answers of one repeat at a time (the first to start with). */
export function caseDetail(report: ListedReport, i: number, c: ReportCase): HTMLElement {
  const section = h('section', { class: 'detail', 'aria-label': 'Case detail' });
  const trace = c.trace ?? {};
  const repeats = Math.max(0, ...VERSIONS.map((v) => trace[v]?.answers.length ?? 0));
  const body = h('div');
  const showRepeat = (index: number): void => body.replaceChildren(...answerSections(trace, index));
  section.append(header(report, i, c), io(c));
  if (repeats > 1) section.append(repeatPicker(repeats, showRepeat));
  section.append(body);
  showRepeat(0);
  return section;
}

function header(report: ListedReport, i: number, c: ReportCase): HTMLElement {
  const { cases } = report;
  const rate = (value: number | undefined): string => (value === undefined ? '—' : formatPercent(value));
  const facts: Child[] = [
    h('span', null, text(report.prompts[cases.prompt[i]].prompt)),
    h('span', null, 'suite ', text(cases.suites[cases.suite[i]])),
    c.source && h('span', null, text(formatLocation(c.source))),
    h('span', null, `pass rate ${rate(c.basePassRate)} → ${rate(c.headPassRate)}`),
    c.required && h('span', { class: 'chip required' }, 'required'),
    ...flagsOf(cases, i).map((f) => h('span', { class: `chip ${f}` }, f)),
  ];
  return h('header', null, h('h2', { dir: 'auto' }, text(c.caseId)), h('p', { class: 'facts' }, ...facts));
}

function io(c: ReportCase): HTMLElement {
  return h(
    'div',
    { class: 'sides' },
    h('div', null, h('h3', null, 'Input'), textBlock(c.input)),
    h(
      'div',
      null,
      h('h3', null, 'Expected'),
      c.expected === undefined ? h('p', { class: 'muted' }, 'No expected answer.') : textBlock(c.expected),
    ),
  );
}

function repeatPicker(repeats: number, show: (index: number) => void): HTMLElement {
  const buttons = Array.from({ length: repeats }, (_, i) =>
    h('button', { type: 'button', 'aria-pressed': String(i === 0) }, String(i + 1)),
  );
  buttons.forEach((button, i) =>
    button.addEventListener('click', () => {
      buttons.forEach((b, j) => b.setAttribute('aria-pressed', String(i === j)));
      show(i);
    }),
  );
  return h('p', { class: 'repeats', role: 'group', 'aria-label': 'Repeat' }, 'Repeat ', ...buttons);
}

/** The answers of repeat `index`, their checks, and their trace. */
function answerSections(trace: CaseTrace, index: number): HTMLElement[] {
  const traces = { base: trace.base, head: trace.head };
  const answers = { base: traces.base?.answers[index], head: traces.head?.answers[index] };
  return [answersSide(answers), checksTable(answers), traceSection(traces, answers)];
}

type Pair<T> = Record<Side, T | undefined>;

function answersSide(answers: Pair<AnswerTrace>): HTMLElement {
  const { base, head } = answers;
  const compared =
    base?.output !== undefined && head?.output !== undefined
      ? diffBlocks(base.output, head.output)
      : undefined;
  const column = (version: Side): HTMLElement => {
    const answer = answers[version];
    const content = compared
      ? compared[version]
      : answer?.output !== undefined
        ? textBlock(answer.output)
        : h('p', { class: 'muted' }, answer ? text(answer.error ?? 'No answer.') : `No ${version} answer.`);
    return h(
      'div',
      { class: `side ${version}`, 'data-version': version },
      h('h3', null, `${TITLE[version]} answer `, verdictChip(answer)),
      content,
    );
  };
  return h(
    'div',
    { class: 'answers' },
    h('div', { class: 'sides' }, column('base'), column('head')),
    compared?.note ? h('p', { class: 'muted' }, compared.note) : false,
  );
}

/** An answer's verdict as the gate counts it. */
function verdictChip(answer: AnswerTrace | undefined): HTMLElement {
  const [label, kind] = !answer
    ? ['none', 'none']
    : answer.status !== 'ok'
      ? [answer.status === 'not-run' ? 'not run' : 'error', 'error']
      : answer.pass === undefined
        ? ['undecided', 'error']
        : answer.pass
          ? ['pass', 'pass']
          : ['fail', 'fail'];
  return h('span', { class: `chip ${kind}` }, label);
}

function checksTable(answers: Pair<AnswerTrace>): HTMLElement {
  const labels = [...new Set(VERSIONS.flatMap((v) => answers[v]?.checks.map((c) => c.check) ?? []))];
  if (labels.length === 0) return h('p', { class: 'muted' }, 'No check ran on these answers.');
  const cell = (version: Side, label: string): HTMLElement => {
    const outcome = answers[version]?.checks.find((c) => c.check === label);
    if (!outcome) return h('td', { class: 'muted' }, '—');
    const kind = outcome.error ? 'error' : outcome.pass ? 'pass' : 'fail';
    const score = outcome.score > 0 && outcome.score < 1 ? ` ${outcome.score.toFixed(2)}` : '';
    return h(
      'td',
      null,
      h('span', { class: `chip ${kind}` }, `${outcome.error ? 'undecided' : kind}${score}`),
      ' ',
      text(outcome.reason),
      outcome.evidence !== undefined &&
        h('div', { class: 'proof' }, 'Proof: ', h('code', null, text(outcome.evidence))),
    );
  };
  return h(
    'table',
    { class: 'checks' },
    h('caption', null, 'Checks'),
    h('thead', null, h('tr', null, h('th', null, 'Check'), h('th', null, 'Base'), h('th', null, 'Head'))),
    h(
      'tbody',
      null,
      ...labels.map((label) =>
        h('tr', null, h('th', { dir: 'auto' }, text(label)), cell('base', label), cell('head', label)),
      ),
    ),
  );
}

/** Where each answer came from: the request sent, then how the call went. */
function traceSection(traces: Pair<VersionTrace>, answers: Pair<AnswerTrace>): HTMLElement {
  const requests = { base: traces.base?.request, head: traces.head?.request };
  const facts = (version: Side): HTMLElement =>
    h(
      'div',
      { class: `side ${version}` },
      h('h4', null, `${TITLE[version]} call`),
      callFacts(requests[version], answers[version]),
    );
  return h(
    'section',
    { class: 'trace', 'aria-label': 'Trace' },
    h('h3', null, 'Trace'),
    h('div', { class: 'sides' }, facts('base'), facts('head')),
    messagesSent(requests),
    parametersSent(requests),
  );
}

function callFacts(request: ChatRequest | undefined, answer: AnswerTrace | undefined): HTMLElement {
  if (!answer) return h('p', { class: 'muted' }, 'No call.');
  const usage = answer.usage;
  const origin = answer.cached
    ? `${answer.cached === 'cache' ? 'response cache' : 'cassette'}, with the latency it was recorded with`
    : answer.status === 'ok'
      ? 'live call'
      : undefined;
  const model =
    request && answer.model && answer.model !== request.model
      ? `${request.model} (answered by ${answer.model})`
      : (answer.model ?? request?.model);
  const entries: [string, Child][] = [
    ['Model', model && text(model)],
    ['Provider', answer.provider && text(answer.provider)],
    ['Attempts', String(answer.attempts)],
    [
      'Failed attempts',
      answer.failures &&
        h('ol', null, ...answer.failures.map((f) => h('li', null, text(f.provider), ': ', text(f.error)))),
    ],
    [
      'Tokens',
      usage &&
        `${usage.input} in (${usage.cachedInput} cached), ${usage.output} out (${usage.reasoning} reasoning)${usage.estimated ? ', counted offline' : ''}`,
    ],
    ['Price', answer.costUsd !== undefined && formatUsd(answer.costUsd)],
    ['Latency', answer.latencyMs !== undefined && formatMs(answer.latencyMs)],
    ['Time to first token', answer.ttftMs !== undefined && formatMs(answer.ttftMs)],
    ['Origin', origin],
    ['Error', answer.error !== undefined && text(answer.error)],
  ];
  return h(
    'dl',
    null,
    ...entries.flatMap(([term, value]) => (value ? [h('dt', null, term), h('dd', null, value)] : [])),
  );
}

/** The rendered messages of each version side by side, each pair of the same place diffed. */
function messagesSent(requests: Pair<ChatRequest>): HTMLElement {
  const count = Math.max(requests.base?.messages.length ?? 0, requests.head?.messages.length ?? 0);
  const details = h('details', { class: 'messages' }, h('summary', null, `Messages sent (${count})`));
  if (count === 0) {
    details.append(h('p', { class: 'muted' }, 'No request was sent (answers from an approved baseline).'));
    return details;
  }
  for (let i = 0; i < count; i++) {
    const base = requests.base?.messages[i];
    const head = requests.head?.messages[i];
    const compared =
      base && head && base.role === head.role ? diffBlocks(base.content, head.content) : undefined;
    const cell = (version: Side): HTMLElement => {
      const message = requests[version]?.messages[i];
      return h(
        'div',
        { class: `side ${version}` },
        message ? h('h4', null, `${TITLE[version]}: ${message.role}`) : h('h4', { class: 'muted' }, '—'),
        message ? (compared?.[version] ?? textBlock(message.content)) : false,
      );
    };
    details.append(h('div', { class: 'sides' }, cell('base'), cell('head')));
  }
  return details;
}

function parametersSent(requests: Pair<ChatRequest>): HTMLElement {
  const shown = (request: ChatRequest | undefined): HTMLElement =>
    request
      ? textBlock(
          JSON.stringify(
            {
              model: request.model,
              ...request.parameters,
              ...(request.responseFormat && { response_format: request.responseFormat }),
            },
            null,
            2,
          ),
          'text code',
        )
      : h('p', { class: 'muted' }, 'No request.');
  return h(
    'details',
    { class: 'parameters' },
    h('summary', null, 'Model and parameters sent'),
    h('div', { class: 'sides' }, h('div', null, shown(requests.base)), h('div', null, shown(requests.head))),
  );
}
