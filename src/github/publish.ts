import { headline } from '../report/findings.js';
import * as core from '@actions/core';
import type { GateRun } from '../engine.js';
import { uploadReport } from './artifact.js';
import { buildAnnotations } from './annotations.js';
import { publishCheckRun, type CheckConclusion } from './check-run.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './pull-request-context.js';
import { upsertStickyComment } from './sticky-comment.js';
import { CHECK_RUN_TEXT_MAX_CHARS, COMMENT_MAX_CHARS } from './limits.js';
import { conclusionOf } from '../gate/conclusion.js';
import { evaluatedPrompts, isFailingCase } from '../gate/verdict.js';
import { renderJobSummary, renderReport } from '../report/markdown.js';
import { escapeLog } from '../report/sanitize.js';
import type { ReportFiles } from '../report/write-reports.js';

/** What publishing wrote, for the action's outputs. */
export interface Published {
  failed: boolean;
  conclusion: CheckConclusion;
  commentId?: number;
}

/**
 * The only place that writes to GitHub: the report folder as an artifact, job summary, sticky
 * comment, check run and outputs. A failure to post is a warning; the verdict stands and the exit
 * code still follows it.
 */
export async function publish(
  run: GateRun,
  target: {
    octokit?: GitHubClient;
    context: RunContext;
    comment: boolean;
    checkRun: boolean;
    /** Upload the report folder as an artifact, which the comment and summary then link to. */
    uploadReport: boolean;
    files: ReportFiles;
  },
): Promise<Published> {
  const { result } = run;
  const { octokit, context } = target;
  const { failed, conclusion } = conclusionOf(run);
  // First, so the comment and the summary can lead to it; a run that gated no prompt has nothing to show.
  const artifact =
    target.uploadReport && result.prompts.length > 0
      ? await uploadReport(target.files, context.detailsUrl)
      : undefined;
  const reportOptions = {
    detailsUrl: context.detailsUrl,
    artifactName: artifact?.name,
    artifactUrl: artifact?.url,
  };

  await writeJobSummary(renderJobSummary(result, reportOptions));
  let commentId: number | undefined;
  if (octokit && target.comment && context.pullRequest) {
    const body = renderReport(result, { ...reportOptions, maxChars: COMMENT_MAX_CHARS, surface: 'comment' });
    try {
      const comment = await upsertStickyComment(octokit, {
        owner: context.owner,
        repo: context.repo,
        issue_number: context.pullRequest.number,
        body,
      });
      commentId = comment.id;
      core.info(`Sticky comment ${comment.action}: ${comment.id}`);
    } catch (error) {
      core.warning(
        escapeLog(
          `Could not post the pull request comment (the verdict stands): ${(error as Error).message}`,
        ),
      );
    }
  }
  if (octokit && target.checkRun) {
    const checkRun = await publishCheckRun(octokit, {
      owner: context.owner,
      repo: context.repo,
      head_sha: context.checkSha,
      name: 'Promptgate',
      conclusion,
      title: headline(result),
      summary: renderReport(result, {
        ...reportOptions,
        maxChars: CHECK_RUN_TEXT_MAX_CHARS,
        surface: 'summary',
      }),
      annotations: buildAnnotations(result),
      details_url: context.detailsUrl,
    });
    if (checkRun.warning) core.warning(escapeLog(checkRun.warning));
  }

  const failedCases = result.prompts.reduce((n, p) => n + p.cases.filter(isFailingCase).length, 0);
  core.setOutput('verdict', result.status);
  core.setOutput('failed', String(failed));
  core.setOutput('prompts', String(evaluatedPrompts(result).length));
  core.setOutput('regressions', String(result.prompts.filter((p) => p.status === 'regression').length));
  core.setOutput('failed-cases', String(failedCases));
  core.setOutput('cost-usd', result.meta.totalCostUsd.toFixed(6));
  core.setOutput('report-path', target.files.markdown);
  core.setOutput('json-path', target.files.json);
  core.setOutput('junit-path', target.files.junit);
  core.setOutput('html-path', target.files.html);
  if (artifact) {
    core.setOutput('artifact-id', String(artifact.id));
    if (artifact.url) core.setOutput('artifact-url', artifact.url);
  }
  if (commentId !== undefined) core.setOutput('comment-id', String(commentId));
  return { failed, conclusion, commentId };
}

/** Writes the job summary; outside a runner (local-action, other CI) there is none, which is no failure. */
async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(
      escapeLog(`Could not write the job summary (the verdict stands): ${(error as Error).message}`),
    );
  }
}
