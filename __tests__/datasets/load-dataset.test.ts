import { describe, expect, it } from '@jest/globals';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { readDataset, type DatasetFile } from '../../src/datasets/load-dataset.js';
import type { Case } from '../../src/types.js';

/** A fixture dataset as the engine hands it over: its bytes (none for a name with no file), shown under `path`. */
function fixture(name: string, path = name): DatasetFile {
  const file = new URL(`../../fixtures/datasets/${name}`, import.meta.url).pathname;
  if (!existsSync(file)) return { path, size: 0, content: Readable.from([]) };
  return { path, size: statSync(file).size, content: createReadStream(file) };
}

async function readAll(name: string): Promise<Case[]> {
  const cases: Case[] = [];
  for await (const c of readDataset(fixture(name, `evals/${name}`))) cases.push(c);
  return cases;
}

describe('readDataset', () => {
  it('reads JSONL rows: reserved keys, bare vars, default ids by line', async () => {
    const cases = await readAll('support.jsonl');
    expect(cases).toEqual([
      {
        id: 'refund-1',
        vars: { question: 'Can I get a refund?' },
        expected: 'Yes, within 30 days.',
        context: ['Refunds are accepted within 30 days.'],
        required: true,
        source: { file: 'evals/support.jsonl', line: 1 },
      },
      {
        id: 'support.jsonl:3',
        vars: { question: 'Where is my order?' },
        checks: [
          {
            name: 'contains',
            options: { value: 'tracking' },
            source: { file: 'evals/support.jsonl', line: 3 },
          },
        ],
        repeats: 2,
        source: { file: 'evals/support.jsonl', line: 3 },
      },
    ]);
  });

  it('reads CSV with a header row, JSON context cells and multi-line cells', async () => {
    const cases = await readAll('cases.csv');
    expect(cases.map((c) => [c.id, c.vars, c.context, c.required, c.source?.line])).toEqual([
      ['c1', { question: 'Can I return shoes?' }, ['Shoes may be returned unworn.'], true, 2],
      ['cases.csv:3', { question: 'Multi\nline' }, 'plain context', undefined, 3],
    ]);
  });

  it('reads YAML rows with ids by index and explicit vars', async () => {
    const cases = await readAll('cases.yaml');
    expect(
      cases.map((c) => [c.id, c.vars, c.expected, c.checks?.map((k) => k.name), c.source?.line]),
    ).toEqual([
      ['cases.yaml#1', { question: 'What is 2+2?' }, '4', ['equals'], 1],
      ['named', { question: 'Hi', user: { name: 'Ann' } }, undefined, undefined, 5],
    ]);
  });

  it.each([
    [
      'bad-line3.jsonl',
      /^evals\/bad-line3\.jsonl:3: dataset row is not valid JSON \(.+\); expected one JSON object per line$/,
    ],
    [
      'short-row.csv',
      /^evals\/short-row\.csv:3: dataset row has the wrong number of columns; expected as many as the header row/,
    ],
    [
      'not-object.jsonl',
      /^evals\/not-object\.jsonl:2: dataset row: expected an object of variables \(e\.g\. \{"question": "\.\.\."\}\), got a list$/,
    ],
    [
      'notes.txt',
      /^dataset evals\/notes\.txt: unsupported file type "\.txt"; expected \.jsonl, \.csv, \.yaml, \.yml or \.json$/,
    ],
  ])('rejects %s with file:line and what was expected', async (name, message) => {
    await expect(readAll(name)).rejects.toThrow(message);
  });

  it('yields rows before a later bad row fails', async () => {
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const c of readDataset(fixture('bad-line3.jsonl'))) seen.push(c.id);
      })(),
    ).rejects.toThrow(/:3:/);
    expect(seen).toEqual(['bad-line3.jsonl:1', 'bad-line3.jsonl:2']);
  });
});
