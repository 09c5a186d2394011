import { describe, expect, it } from '@jest/globals';
import { findAffectedPrompts, type AffectedPrompt } from '../../src/changes/affected.js';
import type { ChangedFile } from '../../src/changes/changed-file.js';
import { GATE_DEFAULTS } from '../../src/config/load-config.js';
import type { Config, PromptGroupConfig } from '../../src/types.js';

function group(files: string[], datasets: string[], dependsOn: string[] = []): PromptGroupConfig {
  return { files, datasets, dependsOn, adversarial: [], repeats: 1, checks: [], provider: 'main' };
}

const config: Config = {
  file: 'promptgate.yml',
  providers: { main: { id: 'main', model: 'gpt-4o-mini-2024-07-18' } },
  prompts: [
    group(['prompts/support/*.prompt.yml'], ['./evals/support.jsonl'], ['schemas/answer.json']),
    group(['prompts/sales/**/*.md'], ['evals/sales/*.yaml']),
  ],
  gate: GATE_DEFAULTS,
  budget: {},
  traffic: {},
  cache: { enabled: true },
  cassettes: { dir: '.promptgate/cassettes', mode: 'off' },
  concurrency: 4,
};

const headFiles = [
  'prompts/support/refund.prompt.yml',
  'prompts/support/shipping.prompt.yml',
  'prompts/support/new.prompt.yml',
  'prompts/sales/upsell.md',
  'prompts/sales/deep/nested.md',
  'evals/support.jsonl',
  'README.md',
];
const baseFiles = headFiles.filter((f) => f !== 'prompts/support/new.prompt.yml');

const cases: Array<[string, ChangedFile[], AffectedPrompt[]]> = [
  ['an unrelated file touches nothing', [{ path: 'README.md', status: 'modified' }], []],
  [
    'a modified prompt',
    [{ path: 'prompts/support/refund.prompt.yml', status: 'modified' }],
    [{ group: 0, file: 'prompts/support/refund.prompt.yml', change: 'modified' }],
  ],
  [
    'an added prompt has no base',
    [{ path: 'prompts/support/new.prompt.yml', status: 'added' }],
    [{ group: 0, file: 'prompts/support/new.prompt.yml', change: 'added' }],
  ],
  [
    'a removed prompt is reported',
    [{ path: 'prompts/support/old.prompt.yml', status: 'removed' }],
    [{ group: 0, file: 'prompts/support/old.prompt.yml', change: 'removed' }],
  ],
  [
    'a renamed prompt keeps its base path',
    [{ path: 'prompts/sales/deep/nested.md', status: 'renamed', previousPath: 'prompts/sales/nested.md' }],
    [
      {
        group: 1,
        file: 'prompts/sales/deep/nested.md',
        previousFile: 'prompts/sales/nested.md',
        change: 'renamed',
      },
    ],
  ],
  [
    'a prompt moved out of the prompt folders is removed',
    [{ path: 'archive/upsell.md', status: 'renamed', previousPath: 'prompts/sales/upsell.md' }],
    [{ group: 1, file: 'prompts/sales/upsell.md', change: 'removed' }],
  ],
  [
    'a changed dataset (written ./evals/...) re-runs its group; a prompt new to the head is added',
    [{ path: 'evals/support.jsonl', status: 'modified' }],
    [
      { group: 0, file: 'prompts/support/new.prompt.yml', change: 'added' },
      { group: 0, file: 'prompts/support/refund.prompt.yml', change: 'dependency' },
      { group: 0, file: 'prompts/support/shipping.prompt.yml', change: 'dependency' },
    ],
  ],
  [
    "a prompt's own change wins over a dependency change",
    [
      { path: 'schemas/answer.json', status: 'modified' },
      { path: 'prompts/support/refund.prompt.yml', status: 'modified' },
    ],
    [
      { group: 0, file: 'prompts/support/new.prompt.yml', change: 'added' },
      { group: 0, file: 'prompts/support/refund.prompt.yml', change: 'modified' },
      { group: 0, file: 'prompts/support/shipping.prompt.yml', change: 'dependency' },
    ],
  ],
  [
    'a dataset glob matches',
    [{ path: 'evals/sales/q3.yaml', status: 'added' }],
    [
      { group: 1, file: 'prompts/sales/deep/nested.md', change: 'dependency' },
      { group: 1, file: 'prompts/sales/upsell.md', change: 'dependency' },
    ],
  ],
  [
    'the config file re-runs every group',
    [{ path: 'promptgate.yml', status: 'modified' }],
    [
      { group: 0, file: 'prompts/support/new.prompt.yml', change: 'added' },
      { group: 0, file: 'prompts/support/refund.prompt.yml', change: 'dependency' },
      { group: 0, file: 'prompts/support/shipping.prompt.yml', change: 'dependency' },
      { group: 1, file: 'prompts/sales/deep/nested.md', change: 'dependency' },
      { group: 1, file: 'prompts/sales/upsell.md', change: 'dependency' },
    ],
  ],
  [
    "prompts come in git's order (by code point), the same on every machine",
    [
      { path: 'prompts/sales/b.md', status: 'added' },
      { path: 'prompts/sales/B.md', status: 'added' },
      { path: 'prompts/sales/a_b.md', status: 'added' },
      { path: 'prompts/sales/a1.md', status: 'added' },
    ],
    [
      { group: 1, file: 'prompts/sales/B.md', change: 'added' },
      { group: 1, file: 'prompts/sales/a1.md', change: 'added' },
      { group: 1, file: 'prompts/sales/a_b.md', change: 'added' },
      { group: 1, file: 'prompts/sales/b.md', change: 'added' },
    ],
  ],
];

describe('findAffectedPrompts', () => {
  it.each(cases)('%s', (_, changed, expected) => {
    expect(findAffectedPrompts(config, changed, headFiles, baseFiles)).toEqual(expected);
  });
});
