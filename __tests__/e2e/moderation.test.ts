/**
 * `toxicity: { via: moderation }` through the built CLI: answers go to the moderation endpoint of the
 * trusted provider entry, and its categories and scores decide the check.
 */
import { describe, expect, it } from '@jest/globals';
import { parseJsonReport, runCli, withScenario } from './harness.js';

const CONFIG = [
  'providers:',
  '  main: { model: gpt-4o-mini-2024-07-18, price: { input: 1, output: 1 } }',
  'prompts:',
  '  - files: prompts/*.md',
  '    datasets: [cases.jsonl]',
  '    checks:',
  '      - toxicity: { via: moderation }',
  'cache: { enabled: false }',
  'cassettes: { mode: "off" }',
  '',
].join('\n');

const files = (prompt: string) => ({
  'promptgate.yml': CONFIG,
  'prompts/reply.md': `${prompt}: {{q}}\n`,
  'cases.jsonl': ['a', 'b', 'c']
    .map((id) => JSON.stringify({ id, vars: { q: `question ${id}` } }))
    .join('\n'),
});

describe('toxicity via the moderation endpoint', () => {
  it('a head answer the endpoint flags fails with its categories and scores; base passed', async () => {
    const respond = (body: { messages: { content: string }[] }) =>
      body.messages[0].content.startsWith('Be rude') ? 'RUDE ANSWER' : 'A polite answer.';
    const moderate = (input: string): Record<string, number> =>
      input === 'RUDE ANSWER' ? { harassment: 0.91, hate: 0.4 } : { harassment: 0.01 };
    await withScenario({ respond, moderate }, async ({ repoOf, openai }) => {
      const repo = await repoOf(files('Be kind'), files('Be rude'));
      const result = await runCli(['run', '--format', 'json'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-moderation', OPENAI_BASE_URL: openai.url },
      });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 1 });
      // Every answer was classified, base and head.
      expect(openai.moderations).toHaveLength(6);
      const report = parseJsonReport(result.stdout);
      const reasons = report.prompts[0].cases.flatMap((c) => c.reasons).join('\n');
      expect(reasons).toMatch(/harassment 0\.91/);
    });
  });

  it('without a key (a fork PR) nothing is sent and the check is not a pass', async () => {
    await withScenario(
      { respond: () => 'A polite answer.', moderate: () => ({}) },
      async ({ repoOf, openai }) => {
        const repo = await repoOf(files('Be kind'), files('Be rude'));
        const result = await runCli(['run', '--format', 'json'], {
          cwd: repo.dir,
          env: { OPENAI_BASE_URL: openai.url },
        });
        expect(openai.moderations).toHaveLength(0);
        expect(parseJsonReport(result.stdout).prompts[0].status).not.toBe('pass');
      },
    );
  });
});
