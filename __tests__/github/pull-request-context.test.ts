import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  readRunContext,
  readWorkflowEvent,
  type WorkflowEvent,
} from '../../src/github/pull-request-context.js';

/** A workflow event as the runner's variables and GITHUB_EVENT_PATH describe it. */
function contextFor(fixture: string, eventName: string): WorkflowEvent {
  const payload = JSON.parse(
    readFileSync(new URL(`../../fixtures/github/${fixture}`, import.meta.url), 'utf8'),
  );
  return {
    payload,
    eventName,
    sha: payload.after ?? 'ffffffffffffffffffffffffffffffffffffffff',
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

describe('readWorkflowEvent', () => {
  it("reads the runner's variables as @actions/github's context does", async () => {
    const env = {
      GITHUB_EVENT_PATH: fileURLToPath(
        new URL('../../fixtures/github/pull_request.opened.json', import.meta.url),
      ),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: HEAD,
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.example.com',
      GITHUB_REPOSITORY: 'acme/prompts',
    };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      // The package builds its context from process.env when first imported.
      const { context } = await import('@actions/github');
      const event = readWorkflowEvent(env);
      expect(event).toEqual({
        eventName: context.eventName,
        payload: context.payload,
        sha: context.sha,
        runId: context.runId,
        serverUrl: context.serverUrl,
        repo: context.repo,
      });
      expect(event.payload.pull_request.number).toBe(7);
    } finally {
      process.env = saved;
    }
  });

  it('falls back to the payload for the repository, and says when neither names it', () => {
    const payload = { repository: { name: 'prompts', owner: { login: 'acme' } } };
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-event-'));
    try {
      writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
      expect(readWorkflowEvent({ GITHUB_EVENT_PATH: join(dir, 'event.json') }).repo).toEqual({
        owner: 'acme',
        repo: 'prompts',
      });
      expect(() => readWorkflowEvent({})).toThrow(/GITHUB_REPOSITORY is not set/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
