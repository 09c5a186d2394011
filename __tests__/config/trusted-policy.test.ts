import { describe, expect, it } from '@jest/globals';
import type { AffectedPrompt } from '../../src/changes/affected.js';
import { GitObjects } from '../../src/changes/git.js';
import { parseConfig } from '../../src/config/load-config.js';
import { applyPolicy, gatedGroups, loadTrustedConfig } from '../../src/config/trusted-policy.js';
import { createFixtureRepo } from '../helpers/fixture-repo.js';

const BASE = `providers:
  main: { model: gpt-4o-mini-2024-07-18, apiKeyEnv: OPENAI_API_KEY }
  judge: { model: gpt-4o-2024-08-06 }
judge: judge
prompts:
  - files: prompts/*.md
    datasets: evals/a.jsonl
    checks:
      - contains: refund policy
      - cost: { perCaseMaxUsd: 0.01 }
gate: { failOn: [regression, threshold, error] }
budget: { maxUsd: 5 }
traffic: { callsPerDay: 100000, peakFactor: 3 }
`;

const HOSTILE = `providers:
  main:
    model: gpt-4o-2024-08-06
    baseURL: http://127.0.0.1:9/v1
    apiKeyEnv: DEPLOY_KEY
    price: { input: 0, output: 0 }
  judge: { model: gpt-4o-mini-2024-07-18 }
  mine: { model: gpt-4o-mini-2024-07-18, baseURL: http://127.0.0.1:9/v1 }
judge: mine
prompts:
  - files: prompts/**/*.md
    datasets: evals/easy.jsonl
    checks:
      - cost: { perCaseMaxUsd: 100 }
gate: { failOn: [] }
budget: { maxUsd: 1000 }
traffic: { callsPerDay: 1 }
cassettes: { mode: replay }
`;

const config = (text: string) => parseConfig(text, 'promptgate.yml');

describe('applyPolicy', () => {
  const trusted = applyPolicy(config(HOSTILE), config(BASE));

  it("keeps the change's prompts, datasets and model pins", () => {
    expect(trusted.config.prompts[0].files).toEqual(['prompts/**/*.md']);
    expect(trusted.config.prompts[0].datasets).toEqual(['evals/easy.jsonl']);
    expect(trusted.config.providers.main.model).toBe('gpt-4o-2024-08-06');
  });

  it('takes endpoints, key variables, prices, the judge, gate, budget, traffic and cassettes from the base', () => {
    const { main } = trusted.config.providers;
    expect(main.baseURL).toBeUndefined();
    expect(main.apiKeyEnv).toBe('OPENAI_API_KEY');
    expect(main.price).toBeUndefined();
    expect(trusted.config.judge).toBe('judge');
    expect(trusted.config.gate.failOn).toEqual(['regression', 'threshold', 'error']);
    expect(trusted.config.budget).toEqual({ maxUsd: 5 });
    // Traffic decides whether head's load passes a limit: a change cannot shrink it away.
    expect(trusted.config.traffic).toEqual({ callsPerDay: 100000, peakFactor: 3 });
    expect(trusted.config.cassettes.mode).toBe('auto');
  });

  it('gives a provider new in the change no key and no call', () => {
    expect(Object.keys(trusted.untrusted)).toEqual(['mine']);
  });

  it('names every policy change for a reviewer, with both values', () => {
    expect(trusted.notes).toEqual([
      'Policy change in this PR: providers.main.baseURL: (unset) in the base, "http://127.0.0.1:9/v1" in this change; the base\'s applies.',
      'Policy change in this PR: providers.main.apiKeyEnv: "OPENAI_API_KEY" in the base, "DEPLOY_KEY" in this change; the base\'s applies.',
      'Policy change in this PR: providers.main.price: (unset) in the base, {"input":0,"output":0} in this change; the base\'s applies.',
      'Policy change in this PR: providers.mine is new in this change (endpoint "http://127.0.0.1:9/v1"): it is not called until merged.',
      'Policy change in this PR: judge: "judge" in the base, "mine" in this change; the base\'s applies.',
      'Policy change in this PR: gate.failOn: ["regression","threshold","error"] in the base, [] in this change; the base\'s applies.',
      "Policy change in this PR: budget.maxUsd: 5 in the base, 1000 in this change; the base's applies.",
      "Policy change in this PR: traffic.callsPerDay: 100000 in the base, 1 in this change; the base's applies.",
      "Policy change in this PR: traffic.peakFactor: 3 in the base, (unset) in this change; the base's applies.",
      'Policy change in this PR: cassettes.mode: "auto" in the base, "replay" in this change; the base\'s applies.',
    ]);
  });

  it("keeps a GitHub Models entry's service, organization, billing and limits as the base has them", () => {
    const models = (extra: string) =>
      config(
        `providers:\n  main:\n    type: github-models\n    model: openai/gpt-4o-mini\n${extra}prompts:\n  - files: prompts/*.md\n`,
      );
    const { config: gated, notes } = applyPolicy(
      models(
        '    baseURL: http://127.0.0.1:9/inference\n    org: attacker\n    billing: paid\n    limits: { requestsPerDay: 99999 }\n',
      ),
      models(''),
    );
    expect(gated.providers.main).toMatchObject({ type: 'github-models', model: 'openai/gpt-4o-mini' });
    for (const key of ['baseURL', 'org', 'billing', 'limits'] as const)
      expect(gated.providers.main[key]).toBeUndefined();
    expect(notes).toHaveLength(4);
    const switched = applyPolicy(
      config(
        BASE.replace(
          '{ model: gpt-4o-mini-2024-07-18, apiKeyEnv: OPENAI_API_KEY }',
          '{ type: github-models, model: openai/gpt-4o-mini }',
        ),
      ),
      config(BASE),
    );
    expect(switched.config.providers.main.type).toBeUndefined();
    expect(switched.notes[0]).toContain(
      'providers.main.type: (unset) in the base, "github-models" in this change',
    );
  });

  it('has nothing to say when the change leaves the policy alone', () => {
    expect(applyPolicy(config(BASE), config(BASE)).notes).toEqual([]);
  });
});

describe('gatedGroups', () => {
  const prompt = (file: string): AffectedPrompt => ({ group: 0, file, change: 'modified' });

  it("gates a prompt on the checks of the base's entry that names it, and says so", () => {
    const { groups, notes } = gatedGroups(applyPolicy(config(HOSTILE), config(BASE)), [
      prompt('prompts/a.md'),
    ]);
    expect(groups[0].checks.map((c) => c.name)).toEqual(['contains', 'cost']);
    expect(groups[0].datasets).toEqual(['evals/easy.jsonl']);
    expect(notes).toEqual([
      'Policy change in this PR: checks of prompts[0] (promptgate.yml:11): contains {"value":"refund policy"}, cost {"perCaseMaxUsd":0.01} in the base, cost {"perCaseMaxUsd":100} in this change; the base\'s apply.',
    ]);
  });

  it('keeps the checks of a prompt no base entry names, and says where they come from', () => {
    const { groups, notes } = gatedGroups(applyPolicy(config(HOSTILE), config(BASE)), [
      prompt('prompts/new/b.md'),
    ]);
    expect(groups[0].checks.map((c) => c.name)).toEqual(['cost']);
    expect(notes[0]).toMatch(/prompts\/new\/b\.md is in no prompts entry of the base's config/);
  });
});

describe('loadTrustedConfig', () => {
  async function load(base: Record<string, string>, head: Record<string, string>) {
    const repo = await createFixtureRepo(base, head);
    const git = new GitObjects(repo.dir);
    try {
      return await loadTrustedConfig(git, 'promptgate.yml', repo.baseSha, repo.headSha);
    } finally {
      git.close();
      repo.cleanup();
    }
  }

  it('reads both configs from their commits and applies the base policy', async () => {
    const trusted = await load({ 'promptgate.yml': BASE }, { 'promptgate.yml': HOSTILE });
    expect(trusted.config.gate.failOn).toEqual(['regression', 'threshold', 'error']);
    expect(trusted.notes.length).toBeGreaterThan(0);
  });

  it("uses the head's config when the base has none, and says the change adopts Promptgate", async () => {
    const trusted = await load({ 'README.md': 'hi\n' }, { 'promptgate.yml': HOSTILE });
    expect(trusted.config.gate.failOn).toEqual([]);
    expect(trusted.policy).toBe(trusted.config);
    expect(trusted.notes).toEqual([
      expect.stringMatching(/^No promptgate\.yml at the base commit: this change adopts Promptgate/),
    ]);
  });

  it("uses the head's config when the base's cannot be read, and says why", async () => {
    const trusted = await load({ 'promptgate.yml': 'providers: [' }, { 'promptgate.yml': BASE });
    expect(trusted.notes[0]).toMatch(
      /^The base's promptgate\.yml cannot be read \(promptgate\.yml:1:\d+: invalid YAML/,
    );
  });

  it("gates a change that deletes the config under the base's", async () => {
    const trusted = await load({ 'promptgate.yml': BASE }, { 'README.md': 'hi\n' });
    expect(trusted.config.prompts[0].files).toEqual(['prompts/*.md']);
    expect(trusted.notes).toEqual([
      "This change deletes promptgate.yml: it was gated under the base's config.",
    ]);
  });

  it('fails when neither commit has the config', async () => {
    await expect(load({ 'README.md': 'hi\n' }, { 'README.md': 'hi\n' })).rejects.toThrow(
      /^config promptgate\.yml not found in the head commit [0-9a-f]{7} nor in the base: commit it/,
    );
  });
});
