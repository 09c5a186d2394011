/**
 * What `promptgate init` writes, as text: a commented `promptgate.yml` that gates the prompts found
 * with GitHub Models, a commented starter dataset for each prompt (a copy of its `testData` or
 * sample where it has them, else one row to fill in), and the workflow with the permissions GitHub
 * Models needs. Pure: the caller writes the files it does not find.
 */
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { FREE_TIER_TABLE_DATE } from '../providers/github-models-tables.js';
import type { FoundPrompt } from './find-prompts.js';

/** The model a prompt runs on when its file names none (or names one without its publisher). */
export const DEFAULT_MODEL = 'openai/gpt-4o-mini';

/** The action, as a workflow names it. */
export const ACTION_REF = 'promptgate/promptgate@v1';

/** Where init writes the config and the workflow. */
export const CONFIG_PATH = 'promptgate.yml';
export const WORKFLOW_PATH = '.github/workflows/promptgate.yml';

/** A file init would write. */
export interface StarterFile {
  path: string;
  content: string;
}

/** One gated prompt: its provider and its starter dataset. */
interface Gated {
  prompt: FoundPrompt;
  provider: string;
  dataset: string;
}

/** The config, the starter datasets and the workflow for the prompts found. */
export function starterFiles(prompts: FoundPrompt[]): StarterFile[] {
  const models = providerIds(prompts);
  const datasets = new Set<string>();
  const gated = prompts.map((prompt): Gated => {
    const provider = models.get(modelOf(prompt))!;
    let dataset = `evals/${stem(prompt.path)}.yaml`;
    for (let n = 2; datasets.has(dataset); n++) dataset = `evals/${stem(prompt.path)}-${n}.yaml`;
    datasets.add(dataset);
    return { prompt, provider, dataset };
  });
  return [
    { path: CONFIG_PATH, content: configText(gated, models) },
    ...gated.map((g) => ({ path: g.dataset, content: datasetText(g.prompt) })),
    { path: WORKFLOW_PATH, content: WORKFLOW },
  ];
}

/** GitHub Models names a model `publisher/name`; a bare name (a Prompty deployment) gets the default. */
function modelOf(prompt: FoundPrompt): string {
  return prompt.model && /^[^/\s]+\/[^/\s]+$/.test(prompt.model) ? prompt.model : DEFAULT_MODEL;
}

/** A provider entry per model: `main` for the most used, the others named after theirs. */
function providerIds(prompts: FoundPrompt[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const prompt of prompts) uses.set(modelOf(prompt), (uses.get(modelOf(prompt)) ?? 0) + 1);
  const [first, ...rest] = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!);
  const ids = new Map([[first, 'main']]);
  for (const model of rest) ids.set(model, model.split('/')[1].replace(/[^A-Za-z0-9_-]/g, '-'));
  return ids;
}

/** `prompts/support.prompt.yml` -> `support`. */
function stem(path: string): string {
  return basename(path).replace(/\.(?:prompt\.ya?ml|prompty|md|markdown|txt)$/i, '');
}

function quote(value: string): string {
  return JSON.stringify(value);
}

function configText(gated: Gated[], models: Map<string, string>): string {
  const providers = [...models].flatMap(([model, id]) => [
    `  ${id}:`,
    '    type: github-models # the workflow token calls it: no API key, no secret',
    `    model: ${quote(model)}`,
  ]);
  const entries = gated.flatMap(({ prompt, provider, dataset }) => [
    `  # ${prompt.path}: ${
      prompt.cases.length === 0
        ? `no cases of its own; ${dataset} has one row to fill with realistic values`
        : `its ${prompt.cases.length} case(s) (testData or sample), copied to ${dataset} to grow; a case in both runs once`
    }`,
    `  - files: ${quote(prompt.path)}`,
    `    datasets: [${quote(dataset)}]`,
    ...(provider === 'main' ? [] : [`    provider: ${provider}`]),
    '    checks:',
    '      - secrets: {} # an answer never carries a credential',
    '      # - pii: {} # no personal data in answers (allow: [email] for what may appear)',
    '      # - system-prompt-leak: {} # the answer does not repeat the system prompt',
  ]);
  return `${[
    '# Promptgate: every pull request that changes a prompt replays its cases on the base and the head',
    '# version and fails on a regression. Written by `promptgate init`; edit freely. Reference: the',
    '# README of promptgate/promptgate, and schema/promptgate.schema.json for editor completion.',
    '#',
    "# GitHub Models runs on the workflow's own token (the workflow needs `models: read`). Its free",
    `# tier allows about 150 requests a day to "low" tier models, 50 to "high" ones (GitHub's table of`,
    `# ${FREE_TIER_TABLE_DATE}), counted over every entry, prompt and judge call on the tier; a run that`,
    '# would pass it stops before its first call and says what fits.',
    '# With more (Copilot Business or Enterprise), say so per provider: limits: { requestsPerDay: 300 }.',
    '#',
    '# Per prompts entry, each costs calls: adversarial: [injection, extraction] adds attack cases made',
    '# from its cases; repeats: 3 samples each case three times, which settles flaky results.',
    'providers:',
    ...providers,
    'prompts:',
    ...entries,
  ].join('\n')}\n`;
}

function datasetText(prompt: FoundPrompt): string {
  const copied = prompt.cases.length > 0;
  const rows = copied
    ? prompt.cases
    : [{ vars: Object.fromEntries(prompt.variables.map((name) => [name, `TODO: an example ${name}`])) }];
  return `${[
    `# Cases for ${prompt.path}, written by \`promptgate init\`: the team grows this file.`,
    ...(copied
      ? [
          "# Its first rows copy the prompt file's own cases (testData, or the Prompty sample). A case held",
          '# both there and here (the same variables and expected answer) runs once, so edit, add and remove',
          '# rows freely; the prompt file keeps its own.',
        ]
      : ['# Replace the TODO values with a realistic input, and add a row for each case worth gating.']),
    '# A row: vars (the variables the template uses), and optionally expected (a reference answer),',
    '# context (passages the answer must rest on), checks (its own, e.g. [{ contains: refund }]),',
    '# repeats and required. Every row is a call per version per repeat: the free tier allows about',
    '# 150 a day.',
  ].join('\n')}\n${stringify(rows)}`;
}

const WORKFLOW = `# Gates every pull request that changes a prompt. Written by \`promptgate init\`.
name: promptgate
on: pull_request
permissions:
  contents: read
  pull-requests: write # the sticky comment
  checks: write # the Promptgate check run
  models: read # GitHub Models, with this workflow's own token: no API key, no secret
concurrency:
  group: promptgate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # base and head commits must both be there
      - uses: ${ACTION_REF}
        with:
          config: ${CONFIG_PATH}
`;
