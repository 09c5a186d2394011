import * as core from '@actions/core';
import { context as workflowEvent } from '@actions/github';
import { isAbsolute, join } from 'node:path';
import { runGate, type EngineLog } from './engine.js';
import { UserError } from './errors.js';
import { createGitHubClient } from './github/client.js';
import { listPullRequestFiles } from './github/pr-files.js';
import { readRunContext } from './github/pull-request-context.js';
import { parseInputs } from './github/inputs.js';
import { headline } from './report/findings.js';
import { publish } from './github/publish.js';
import { writeReports } from './report/write-reports.js';

const actionsLog: EngineLog = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  group: (name, fn) => core.group(name, fn),
};

/** The action: inputs -> changes -> gate -> report -> publish. The one place that fails the step. */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs();
    const repoDir = isAbsolute(inputs.workingDirectory)
      ? inputs.workingDirectory
      : join(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    const context = readRunContext(workflowEvent, inputs);
    // A run without a token never calls GitHub: changes then come from `git diff`.
    const octokit = inputs.token
      ? createGitHubClient(inputs.token, { onRateLimit: (message) => core.warning(message) })
      : undefined;
    const { pullRequest } = context;
    const changedFiles =
      octokit && pullRequest
        ? await listPullRequestFiles(octokit, {
            owner: context.owner,
            repo: context.repo,
            pull_number: pullRequest.number,
          })
        : undefined;
    const gate = await runGate({
      repoDir,
      configPath: inputs.config,
      base: context.base,
      head: context.head,
      changedFiles,
      env: process.env,
      maxUsd: inputs.maxUsd,
      cassetteMode: inputs.cassetteMode,
      baselineFile: inputs.baseline,
      all: inputs.all,
      log: actionsLog,
    });
    const files = await writeReports(gate.result, join(repoDir, inputs.reportDir));
    const published = await publish(gate, {
      octokit,
      context,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      files,
    });
    const summary = headline(gate.result);
    core.info(`Promptgate: ${gate.result.status}: ${summary}`);
    if (published.failed) core.setFailed(`Promptgate: ${summary}`);
  } catch (error) {
    // A user error is a message to act on; anything else is a bug worth its stack in the debug log.
    if (!(error instanceof UserError)) core.debug((error as Error).stack ?? String(error));
    core.setFailed(`Promptgate could not run: ${(error as Error).message}`);
  }
}
