import * as core from '@actions/core';
import { context as workflowEvent } from '@actions/github';
import { isAbsolute, join } from 'node:path';
import { resolveOutputDir } from './config/repo-path.js';
import { planGate, runGate, type EngineLog, type GateOptions } from './engine.js';
import { UserError } from './errors.js';
import { mappedStack } from './stack.js';
import { createGitHubClient } from './github/client.js';
import { listPullRequestFiles } from './github/pr-files.js';
import { describeSizing, sizeShards, writeShardFile } from './run/shard.js';
import { readRunContext } from './github/pull-request-context.js';
import { parseInputs } from './github/inputs.js';
import { headline } from './report/findings.js';
import { publish } from './github/publish.js';
import { writeReports } from './report/write-reports.js';
import { credentialsIn, registerSecret } from './report/redact.js';
import { escapeLog } from './report/sanitize.js';

/** The Actions log: every message masked and escaped, so no PR or model text can write a workflow command. */
const actionsLog: EngineLog & { fail(message: string): void } = {
  info: (message) => core.info(escapeLog(message)),
  warning: (message) => core.warning(escapeLog(message)),
  debug: (message) => core.debug(escapeLog(message)),
  group: (name, fn) => core.group(escapeLog(name), fn),
  fail: (message) => core.setFailed(escapeLog(message)),
};

/** Masks each credential in the runner's log (`::add-mask::`) and in every report this run writes. */
function protect(credentials: Array<{ name: string; value: string }>): void {
  for (const { name, value } of credentials) if (registerSecret(value, name)) core.setSecret(value);
}

/** The action: inputs -> changes -> gate -> report -> publish. The one place that fails the step. */
export async function run(): Promise<void> {
  try {
    protect(credentialsIn(process.env));
    const inputs = parseInputs();
    const repoDir = isAbsolute(inputs.workingDirectory)
      ? inputs.workingDirectory
      : join(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    const context = readRunContext(workflowEvent, inputs);
    const reportDir = await resolveOutputDir(repoDir, inputs.reportDir, 'report-dir');
    // A run without a token never calls GitHub: changes then come from `git diff`.
    const octokit = inputs.token
      ? createGitHubClient(inputs.token, { onRateLimit: (message) => actionsLog.warning(message) })
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
    const options: GateOptions = {
      repoDir,
      configPath: inputs.config,
      base: context.base,
      head: context.head,
      changedFiles,
      env: process.env,
      // GitHub Models entries call with the workflow's token: no secret to set up.
      githubToken: inputs.token || undefined,
      maxUsd: inputs.maxUsd,
      cassetteMode: inputs.cassetteMode,
      baselineFile: inputs.baseline,
      all: inputs.all,
      shard: inputs.shard,
      mergeFrom: inputs.merge,
      // The cases' part of the reports is laid out there during the run.
      reportDir: inputs.shard ? undefined : reportDir,
      log: actionsLog,
      // A provider's `apiKeyEnv` may name any variable: masked as soon as the config is read.
      onConfig: (config) => protect(credentialsIn(process.env, config)),
    };
    if (inputs.planMinutes !== undefined) {
      const { config, plan } = await planGate(options);
      const sizing = sizeShards(plan, config.concurrency, { targetMinutes: inputs.planMinutes });
      actionsLog.info(describeSizing(sizing));
      core.setOutput('matrix', JSON.stringify({ shard: sizing.matrix }));
      return;
    }
    const gate = await runGate(options);
    if ('shard' in gate) {
      // A shard decides nothing on its own: its records wait for the merge job.
      const file = await writeShardFile(reportDir, gate.shard, gate.records);
      core.setOutput('shard-path', file);
      actionsLog.info(
        `Promptgate shard ${gate.shard.index}/${gate.shard.count}: ${gate.records.length} call(s) recorded in ${file}; the merge job decides.`,
      );
      return;
    }
    const files = await writeReports(gate.result, reportDir, gate.early);
    const published = await publish(gate, {
      octokit,
      context,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      uploadReport: inputs.uploadReport,
      files,
    });
    const summary = headline(gate.result);
    actionsLog.info(`Promptgate: ${gate.result.status}: ${summary}`);
    if (published.failed) actionsLog.fail(`Promptgate: ${summary}`);
  } catch (error) {
    // A user error is a message to act on; anything else is a bug worth its stack in the debug log.
    if (!(error instanceof UserError)) actionsLog.debug(mappedStack(error));
    actionsLog.fail(`Promptgate could not run: ${(error as Error).message}`);
  }
}
