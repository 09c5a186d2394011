/**
 * Check options are validated before any provider call: the built CLI exits 2 naming the line, and
 * the loopback provider receives no request at all.
 */
import { describe, expect, it } from '@jest/globals';
import { readFixtureFiles, type FileMap } from '../helpers/fixture-repo.js';
import { runCli, withScenario, type ProcessResult } from './harness.js';
import { supportModel } from './scripted-model.js';

const CONFIG = readFixtureFiles('support', 'head')['promptgate.yml'];

/** The support fixture's config with its `contains` check replaced by `check` (one YAML item). */
function configWith(check: string): string {
  return CONFIG.replace('- contains: refund policy', check);
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

/** Runs the CLI on the support fixture whose head has `overlay`; returns what it did and the requests served. */
async function runOn(overlay: FileMap): Promise<ProcessResult & { requests: number }> {
  return withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
    const repo = await repoFrom('support', { head: overlay });
    const result = await runCli(['run'], {
      cwd: repo.dir,
      env: { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url },
    });
    return { ...result, requests: openai.count() };
  });
}

/** A GitHub Models prompt file whose evaluators name a built-in that does not exist. */
const PROMPT_FILE = [
  'name: Summarizer',
  'model: openai/gpt-4o-mini',
  'messages:',
  '  - role: user',
  '    content: "Summarize: {{input}}"',
  'testData:',
  '  - input: The sky is blue.',
  '    expected: The sky is blue.',
  'evaluators:',
  '  - name: Starts right',
  '    string: { startsWith: "Summary" }',
  '  - name: Close to the reference',
  '    uses: github/similarty',
  '',
].join('\n');

describe('promptgate CLI: invalid check options cost nothing', () => {
  it.concurrent.each<[string, FileMap, string, string, RegExp]>([
    [
      'cost maxIncrease "ten percent"',
      { 'promptgate.yml': configWith('- cost: { maxIncrease: ten percent }') },
      'promptgate.yml',
      'maxIncrease',
      /Invalid cost\.maxIncrease "ten percent"\. Expected a percentage such as "10%" or a fraction such as 0\.1/,
    ],
    [
      'an invalid regex',
      { 'promptgate.yml': configWith('- regex: "Refund (policy"') },
      'promptgate.yml',
      '- regex:',
      /Invalid regex\.value "Refund \(policy"\. Expected a pattern RE2 accepts/,
    ],
    [
      'an invalid JSON Schema',
      { 'promptgate.yml': configWith('- json-schema: { schema: { type: objekt } }') },
      'promptgate.yml',
      '- json-schema:',
      /Invalid json-schema\.schema an object\. Expected a valid JSON Schema/,
    ],
    [
      'grounding min 7',
      { 'promptgate.yml': configWith('- grounding: { min: 7 }') },
      'promptgate.yml',
      '- grounding:',
      /Invalid grounding\.min 7\. Expected a number from 0 to 1/,
    ],
    [
      'latency p95MaxMs -5',
      { 'promptgate.yml': configWith('- latency: { p95MaxMs: -5 }') },
      'promptgate.yml',
      'p95MaxMs',
      /Invalid latency\.p95MaxMs -5\. Expected a positive number/,
    ],
    [
      'an unknown uses: github/x in a .prompt.yml',
      {
        'promptgate.yml': CONFIG.replace('prompts:\n', 'prompts:\n  - files: prompts/*.prompt.yml\n'),
        'prompts/summarize.prompt.yml': PROMPT_FILE,
      },
      'prompts/summarize.prompt.yml',
      'uses: github/similarty',
      /unknown GitHub Models evaluator "github\/similarty"; did you mean "github\/similarity"\?/,
    ],
  ])('%s: exit 2 naming the line, zero requests', async (_name, overlay, file, needle, message) => {
    const result = await runOn(overlay);
    const line = lineOf(overlay[file], needle);
    expect(result.requests).toBe(0);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^promptgate: .*${file.replace(/\./g, '\\.')}:${line}:\\d+: `, 'm'),
    );
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
