import { beforeAll, describe, expect, it } from '@jest/globals';
import { findAddresses } from '../../../src/checks/guard/street-address.js';
import { loadLanguageModels } from '../../../src/checks/guard/language-models.js';
import { findPii } from '../../../src/checks/pii.js';

// findPii also runs the name detector, which reads the English language models.
beforeAll(loadLanguageModels);

const addresses = (text: string): string[] =>
  findPii(text)
    .filter((m) => m.type === 'address')
    .map((m) => m.value);

describe('addresses by their published formats', () => {
  it.each([
    [
      'a US street line, unit and city line (Publication 28)',
      'Ship it to 1420 NW Lovejoy St Apt 5B, Portland, OR 97209-1234 please.',
      '1420 NW Lovejoy St Apt 5B, Portland, OR 97209-1234',
    ],
    ['a suffix abbreviation with a period', 'She lives at 88 Hawthorne Blvd. now.', '88 Hawthorne Blvd.'],
    ['an ordinal street name', 'The shop is at 350 5th Avenue.', '350 5th Avenue'],
    [
      'a military address',
      'Write to PSC 4120, Box 881\nAPO AE 09021 today.',
      'PSC 4120, Box 881\nAPO AE 09021',
    ],
    [
      'a post office box',
      'Send cheques to P.O. Box 7781, Tulsa, OK 74101.',
      'P.O. Box 7781, Tulsa, OK 74101',
    ],
    [
      'a type word before the name (French)',
      'Nous habitons 14 Rue des Lilas depuis mai.',
      '14 Rue des Lilas',
    ],
    [
      'a type word before the name (Italian)',
      'Abito in Via Giuseppe Verdi 21, Torino.',
      'Via Giuseppe Verdi 21, Torino',
    ],
    [
      'a type word after the name (Hungarian)',
      'Az iroda: Andrássy út 60. Budapest',
      'Andrássy út 60. Budapest',
    ],
    [
      'a type glued to the name (German)',
      'Wir wohnen in der Lindenstraße 12, Berlin.',
      'Lindenstraße 12, Berlin',
    ],
    ['a unit on its own', 'Leave it with the doorman of Apt. 12C.', 'Apt. 12C'],
    [
      'an intersection',
      'Meet me at the corner of Elm Street and Maple Avenue.',
      'the corner of Elm Street and Maple Avenue',
    ],
  ])('finds %s', (_label, text, value) => {
    expect(addresses(text)).toEqual([value]);
  });

  it('reads a multi-line address as one', () => {
    const text = 'Our office:\n77 Harbour Road\nSuite 300\nHalifax, NS\nB3H 1Y6\nCanada\n\nSee you there.';
    expect(addresses(text)).toEqual(['77 Harbour Road\nSuite 300\nHalifax, NS\nB3H 1Y6\nCanada']);
  });

  it.each([
    ['a boarding gate', 'Boarding gate 5 closes at noon.'],
    ['a bow tie', 'He wore a Bow tie 5 times.'],
    ['an English word ending like a street type', 'The Brigade 5 and Daniela 3 joined the Delegate 2 group.'],
    ['"via" before a product', 'Install it via Windows 11 settings.'],
    ['a year before capitalised words', 'In 2019 Apple Park opened its doors.'],
    ['a room number', 'The meeting is in Room 101.'],
    ['a version number', 'Python 3 supports it; see chapter 5 The Way of Testing.'],
  ])('does not read %s as an address', (_label, text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('names the rule and the listed word behind each address, for the bench to switch off', () => {
    const [found] = findAddresses('Wir wohnen in der Lindenstraße 12.');
    expect(found.evidence).toEqual(['street-type-after', 'street-type-after:straße']);
    expect(
      findAddresses('Wir wohnen in der Lindenstraße 12.', new Set(['street-type-after:straße'])),
    ).toEqual([]);
  });
});
