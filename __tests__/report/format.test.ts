import { describe, expect, it } from '@jest/globals';
import {
  formatChange,
  formatCount,
  formatMs,
  formatPair,
  formatPercent,
  formatPoints,
  formatUsd,
} from '../../src/report/format.js';

describe('report number formatting', () => {
  it.each([
    [0, '$0'],
    [0.00041, '$0.00041'],
    [0.000435, '$0.00044'],
    [0.012, '$0.012'],
    [0.5, '$0.50'],
    [3300, '$3,300.00'],
    [1234567.891, '$1,234,567.89'],
    [-1.5, '-$1.50'],
  ])('formatUsd(%p) = %s', (usd, expected) => {
    expect(formatUsd(usd)).toBe(expected);
  });

  it.each([0, 7, 999, 1000, 12345, 336003, 1234567, 12345.5, 10_000_000])(
    'formatCount(%p) groups digits as en-US does',
    (value) => {
      expect(formatCount(value)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: 20 }));
    },
  );

  it.each([
    [812.4, '812 ms'],
    [1240, '1.24 s'],
  ])('formatMs(%p) = %s', (ms, expected) => {
    expect(formatMs(ms)).toBe(expected);
  });

  it.each([
    [100, 139, '+39%'],
    [100, 88, '−12%'],
    [0, 5, undefined],
    [undefined, 5, undefined],
  ])('formatChange(%p, %p) = %p', (base, head, expected) => {
    expect(formatChange(base, head)).toBe(expected);
  });

  it.each([
    [0.9166, 0.5833, '−34 pts'],
    [0.95, 0.9583, '+1 pt'],
    [undefined, 0.5, undefined],
  ])('formatPoints(%p, %p) = %p, matching the rounded percentages', (base, head, expected) => {
    expect(formatPoints(base, head)).toBe(expected);
  });

  it.each([
    [0.9, 0.5, '90% → 50% (−40 pts)'],
    [undefined, 0.5, '— → 50%'],
    [0.9, undefined, '90% → —'],
    [undefined, undefined, '—'],
  ])('formatPair(%p, %p) shows a missing side as —', (base, head, expected) => {
    expect(formatPair(base, head, formatPercent, formatPoints)).toBe(expected);
  });
});
