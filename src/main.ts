import * as core from '@actions/core';
import { isAbsolute, join } from 'node:path';
import type { EngineLog } from './engine.js';
import { UserError } from './errors.js';
import { createGitHubClient } from './github/client.js';
import { listPullRequestFiles } from './github/pr-files.js';
import { readRunContext, readWorkflowEvent } from './github/pull-request-context.js';
import { parseInputs } from './inputs.js';
import { settleLater } from './settle-later.js';

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
    const context = readRunContext(readWorkflowEvent(), inputs);
    // Octokit is loaded only with a token: a run without one never calls GitHub.
    const octokit = inputs.token ? await createGitHubClient(inputs.token) : undefined;
    // Listed while the engine loads, the config is read and git works. A failure surfaces where the
    // engine awaits the list; until then it is settled later, so it cannot end the process.
    const { pullRequest } = context;
    const changedFiles =
      octokit && pullRequest
        ? settleLater(
            listPullRequestFiles(octokit, {
              owner: context.owner,
              repo: context.repo,
              pull_number: pullRequest.number,
            }),
          )
        : undefined;
    // The engine loads after the listing's request is out, so its round trip overlaps the loading. One
    // turn of the event loop lets the socket connect and the request go: Node 22+ loads the engine's
    // modules without one, and its start-up runs as one chain of promise jobs until the first file read.
    if (changedFiles) await new Promise((resolve) => setImmediate(resolve));
    const { runGate } = await import('./engine.js');
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
    const [{ writeReports }, { publish }] = await Promise.all([
      import('./write-reports.js'),
      import('./publish.js'),
    ]);
    const files = await writeReports(gate.result, join(repoDir, inputs.reportDir));
    const published = await publish(gate, {
      octokit,
      context,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      files,
    });
    core.info(`Promptgate: ${gate.result.status}: ${gate.result.headline}`);
    if (published.failed) core.setFailed(`Promptgate: ${gate.result.headline}`);
  } catch (error) {
    // A user error is a message to act on; anything else is a bug worth its stack in the debug log.
    if (!(error instanceof UserError)) core.debug((error as Error).stack ?? String(error));
    core.setFailed(`Promptgate could not run: ${(error as Error).message}`);
  }
}
