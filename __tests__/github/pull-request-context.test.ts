import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readRunContext, type WorkflowEvent } from '../../src/github/pull-request-context.js';

/** A workflow event as the runner's variables and GITHUB_EVENT_PATH describe it. */
function contextFor(fixture: string, eventName: string): WorkflowEvent {
  const payload = JSON.parse(
    readFileSync(new URL(`../../fixtures/github/${fixture}`, import.meta.url), 'utf8'),
  ) as WorkflowEvent['payload'];
  const after: unknown = payload.after;
  return {
    payload,
    eventName,
    sha: typeof after === 'string' ? after : 'ffffffffffffffffffffffffffffffffffffffff',
    runId: 42,
    serverUrl: 'https://github.com',
    repo: { owner: 'acme', repo: 'prompts' },
  };
}

const BASE = '9f1c2ab34de5f67890aa11bb22cc33dd44ee55ff';
const HEAD = '4be7c0d9a8f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2';

describe('readRunContext', () => {
  it('compares a pull request base with its head and posts the check on the head SHA', () => {
    expect(readRunContext(contextFor('pull_request.opened.json', 'pull_request'), {})).toEqual({
      owner: 'acme',
      repo: 'prompts',
      pullRequest: { number: 7, headSha: HEAD, baseSha: BASE, fromFork: false },
      base: BASE,
      head: HEAD,
      checkSha: HEAD,
      detailsUrl: 'https://github.com/acme/prompts/actions/runs/42',
    });
  });

  it('knows a pull request from a fork', () => {
    expect(
      readRunContext(contextFor('pull_request.fork.json', 'pull_request'), {}).pullRequest?.fromFork,
    ).toBe(true);
  });

  it('compares a push with the commit before it', () => {
    const run = readRunContext(contextFor('push.json', 'push'), {});
    expect([run.base, run.head, run.pullRequest]).toEqual([BASE, HEAD, undefined]);
  });

  it("compares a new branch's first push with the head's parent", () => {
    expect(readRunContext(contextFor('push.new-branch.json', 'push'), {}).base).toBe(`${HEAD}~1`);
  });

  it('lets inputs override base and head', () => {
    const run = readRunContext(contextFor('pull_request.opened.json', 'pull_request'), { base: 'main' });
    expect([run.base, run.checkSha]).toEqual(['main', HEAD]);
  });
});
