/** The top of the page: the verdict, each prompt's figures and findings, and what was not run. */
import { formatMs, formatPair, formatPercent, formatPoints, formatUsd } from '../../format.js';
import type { VerdictStatus } from '../../../types.js';
import type { ListedPrompt, ListedReport } from './data.js';
import { type Child, h, text } from './dom.js';

/** How each status reads, as in the Markdown report. */
const STATUS: Record<VerdictStatus, string> = {
  pass: 'passed',
  regression: 'regression',
  threshold: 'threshold breached',
  inconclusive: 'inconclusive',
  error: 'error',
  skipped: 'skipped',
  removed: 'removed',
};

/** The verdict, the run's facts and each prompt's card. */
export function summary(report: ListedReport): HTMLElement {
  const { meta } = report;
  const facts = [
    `base ${meta.base.slice(0, 12)} → head ${meta.head.slice(0, 12)}`,
    meta.priceTable && `prices ${meta.priceTable}`,
    `seed ${meta.seed}`,
    meta.judgeModel && `judge ${meta.judgeModel}`,
    `spent ${formatUsd(meta.totalCostUsd)} (estimated ${formatUsd(meta.estimatedCostUsd)})`,
  ].filter((fact): fact is string => Boolean(fact));
  return h(
    'header',
    { class: 'summary' },
    h(
      'h1',
      null,
      h('span', { class: `status ${report.status}` }, STATUS[report.status]),
      ' Promptgate report',
    ),
    h('p', { class: 'headline', dir: 'auto' }, text(report.headline)),
    h('p', { class: 'facts' }, ...facts.map((fact) => h('span', null, text(fact)))),
    list(
      'Policy changes in this pull request (not applied: the base commit decided; review them)',
      report.policyChanges ?? [],
    ),
    list('Not run (not counted as passed)', report.skipped),
    list('Notes', report.notes),
    h('div', { class: 'prompts' }, ...report.prompts.map(promptCard)),
  );
}

function list(title: string, items: string[]): Child {
  return (
    items.length > 0 &&
    h(
      'section',
      { class: 'notes' },
      h('h2', null, title),
      h('ul', null, ...items.map((item) => h('li', { dir: 'auto' }, text(item)))),
    )
  );
}

function promptCard(prompt: ListedPrompt): HTMLElement {
  const figures: [string, string][] = [
    ['Pass rate', formatPair(prompt.passRate.base, prompt.passRate.head, formatPercent, formatPoints)],
    ['Cost / case', formatPair(prompt.cost.base?.mean, prompt.cost.head?.mean, formatUsd)],
    ['p95 latency', formatPair(prompt.latency.base?.p95, prompt.latency.head?.p95, formatMs)],
    [
      'Calls',
      `${prompt.counts.ok} answered, ${prompt.counts.error} failed, ${prompt.counts.notRun} not run, of ${prompt.counts.planned}`,
    ],
  ];
  const findings = prompt.findings.filter((f) => f.status !== 'pass');
  return h(
    'article',
    { class: 'prompt-card' },
    h(
      'h2',
      null,
      h('span', { class: `status ${prompt.status}` }, STATUS[prompt.status]),
      ' ',
      h('code', null, text(prompt.prompt)),
      prompt.previousFile &&
        h('span', { class: 'muted' }, ' (was ', h('code', null, text(prompt.previousFile)), ')'),
      h('span', { class: 'muted' }, ` ${prompt.change}`),
    ),
    h(
      'dl',
      { class: 'figures' },
      ...figures.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]),
    ),
    findings.length > 0 &&
      h(
        'ul',
        { class: 'findings' },
        ...findings.map((f) =>
          h(
            'li',
            null,
            h('span', { class: `status ${f.status}` }, STATUS[f.status]),
            ' ',
            h('strong', null, text(f.check)),
            ': ',
            text(f.sentence),
          ),
        ),
      ),
  );
}
