import { describe, expect, it } from '@jest/globals';
import { matchesOf } from '../../../src/checks/guard/text.js';

/** What matchAll gives, as [index, text] pairs. */
function viaMatchAll(pattern: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function viaMatchesOf(pattern: RegExp, text: string): Array<[number, string]> {
  return matchesOf(pattern, text).map((m) => [m.index, m[0]]);
}

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, 'a1 b22 c333'],
    [/x/g, 'no match here'],
    [/\d*/g, 'a12b'], // empty matches between characters
    [/(?:)/gu, 'a😀b'], // an empty match does not split a surrogate pair under u
    [/(?:)/g, 'a😀b'], // without u it steps by code unit
    [/\p{Lu}\w*/gu, 'Émile met Zoë in Oslo'],
    [/(?<=\$)\d+/g, 'costs $12 and $7'],
  ];

  it.each(cases)('finds what matchAll finds: %s', (pattern, text) => {
    expect(viaMatchesOf(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('leaves the expression reusable: lastIndex is 0 after, even when it was not before', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    expect(viaMatchesOf(pattern, '1 2 3')).toEqual([
      [0, '1'],
      [2, '2'],
      [4, '3'],
    ]);
    expect(pattern.lastIndex).toBe(0);
    expect(viaMatchesOf(pattern, '45')).toEqual([
      [0, '4'],
      [1, '5'],
    ]);
  });
});
