/** The charts, drawn as plain SVG: distributions of cost and latency base vs head, pass rate per check. */
import { formatPercent } from '../../format.js';
import { revealInvisible } from '../../invisible.js';
import type { Version } from '../../../types.js';
import { type Distribution, type PassCount, axisRange, histogram } from './chart-data.js';
import { h, svg } from './dom.js';

const WIDTH = 480;
const BINS = 30;
const ROW_HEIGHT = 70;
const MARGIN = { left: 8, right: 8, top: 4, bottom: 22 };

/**
 * A histogram per version on one axis, base above head, with each version's p50 (solid) and p95
 * (dashed) marked and labelled.
 */
export function distributionChart(
  title: string,
  series: Partial<Record<Version, Distribution>>,
  format: (value: number) => string,
): HTMLElement {
  const versions = (['base', 'head'] as const).filter((v) => series[v]);
  const figure = h('figure', { class: 'chart', 'data-chart': title }, h('figcaption', null, title));
  if (versions.length === 0) {
    figure.append(h('p', { class: 'muted' }, 'Nothing measured in the cases listed.'));
    return figure;
  }
  const range = axisRange(versions.map((v) => series[v]!));
  const span = range.max - range.min;
  const counts = versions.map((v) => histogram(series[v]!.values, range, BINS));
  const tallest = Math.max(1, ...counts.flat());
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const height = MARGIN.top + versions.length * ROW_HEIGHT + MARGIN.bottom;
  const x = (value: number): number =>
    MARGIN.left + ((Math.min(Math.max(value, range.min), range.max) - range.min) / span) * plotWidth;
  const edge = (bin: number): number => range.min + (bin * span) / BINS;
  const summary = versions
    .map((v) => `${v}: p50 ${format(series[v]!.p50)}, p95 ${format(series[v]!.p95)}`)
    .join('; ');
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `${title}. ${summary}` },
    svg('title', {}, `${title}. ${summary}`),
  );
  versions.forEach((version, row) => {
    const top = MARGIN.top + row * ROW_HEIGHT;
    const floor = top + ROW_HEIGHT - 6;
    const barWidth = plotWidth / BINS;
    const { p50, p95 } = series[version]!;
    chart.append(
      svg(
        'text',
        { x: MARGIN.left, y: top + 12, class: `row-label ${version}` },
        `${version} · p50 ${format(p50)} · p95 ${format(p95)}`,
      ),
    );
    counts[row].forEach((count, bin) => {
      if (count === 0) return;
      const barHeight = (count / tallest) * (ROW_HEIGHT - 22);
      chart.append(
        svg(
          'rect',
          {
            class: `bar ${version}`,
            x: MARGIN.left + bin * barWidth + 0.5,
            y: floor - barHeight,
            width: Math.max(1, barWidth - 1),
            height: barHeight,
          },
          svg('title', {}, `${version}: ${count} between ${format(edge(bin))} and ${format(edge(bin + 1))}`),
        ),
      );
    });
    chart.append(
      svg('line', { class: 'baseline', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: floor, y2: floor }),
    );
    for (const [name, value] of [
      ['p50', p50],
      ['p95', p95],
    ] as const) {
      chart.append(
        svg(
          'line',
          { class: `mark ${name} ${version}`, x1: x(value), x2: x(value), y1: top + 18, y2: floor },
          svg('title', {}, `${version} ${name} ${format(value)}`),
        ),
      );
    }
  });
  const axisY = MARGIN.top + versions.length * ROW_HEIGHT + 14;
  const ticks: [number, string, string][] = [
    [range.min, 'start', range.min > 0 ? `≤ ${format(range.min)}` : format(0)],
    [range.min + span / 2, 'middle', format(range.min + span / 2)],
    [range.max, 'end', `≥ ${format(range.max)}`],
  ];
  for (const [value, anchor, label] of ticks)
    chart.append(svg('text', { class: 'axis-label', x: x(value), y: axisY, 'text-anchor': anchor }, label));
  figure.append(chart);
  return figure;
}

const CHECK_ROW = 34;
const LABEL_WIDTH = 180;

/** Pass rate per check, base and head as two bars per check. */
export function checkPassChart(
  checks: { check: string; counts: Partial<Record<Version, PassCount>> }[],
): HTMLElement {
  const title = 'Pass rate per check';
  const figure = h('figure', { class: 'chart', 'data-chart': title }, h('figcaption', null, title));
  if (checks.length === 0) {
    figure.append(h('p', { class: 'muted' }, 'No check decided an answer in the cases listed.'));
    return figure;
  }
  const height = checks.length * CHECK_ROW + 8;
  const plotWidth = WIDTH - LABEL_WIDTH - 48;
  const rate = (count: PassCount | undefined): number | undefined =>
    count && count.decided > 0 ? count.passed / count.decided : undefined;
  const summary = checks
    .map(({ check, counts }) => {
      const pair = (['base', 'head'] as const).map((v) => {
        const r = rate(counts[v]);
        return r === undefined ? `${v} —` : `${v} ${formatPercent(r)}`;
      });
      return `${revealInvisible(check)}: ${pair.join(', ')}`;
    })
    .join('; ');
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `${title}. ${summary}` },
    svg('title', {}, `${title}. ${summary}`),
  );
  checks.forEach(({ check, counts }, row) => {
    const top = 4 + row * CHECK_ROW;
    // A long label is cut on the chart; its title, and the figure's title, hold it whole.
    const shown = revealInvisible(check);
    const chars = Array.from(shown);
    const label = chars.length > 26 ? `${chars.slice(0, 25).join('')}…` : shown;
    chart.append(
      svg(
        'g',
        {},
        svg('title', {}, shown),
        svg('text', { class: 'check-label', x: LABEL_WIDTH - 8, y: top + 16, 'text-anchor': 'end' }, label),
      ),
    );
    (['base', 'head'] as const).forEach((version, i) => {
      const r = rate(counts[version]);
      const y = top + 3 + i * 13;
      chart.append(svg('rect', { class: 'track', x: LABEL_WIDTH, y, width: plotWidth, height: 11 }));
      if (r === undefined) return;
      const count = counts[version]!;
      chart.append(
        svg(
          'rect',
          { class: `bar ${version}`, x: LABEL_WIDTH, y, width: Math.max(0.5, r * plotWidth), height: 11 },
          svg('title', {}, `${shown}, ${version}: ${count.passed} of ${count.decided} answers passed`),
        ),
        svg('text', { class: 'axis-label', x: LABEL_WIDTH + plotWidth + 6, y: y + 9 }, formatPercent(r)),
      );
    });
  });
  figure.append(chart);
  return figure;
}

/** The legend the charts share. */
export function legend(): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    h('span', { class: 'swatch base' }),
    'base',
    h('span', { class: 'swatch head' }),
    'head',
    h('span', { class: 'muted' }, ' · solid line p50, dashed p95'),
  );
}
