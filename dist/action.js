import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  debug,
  getBooleanInput,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-DZ4EMNTM.js";
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_MAX_CHARS,
  CHECK_RUN_TITLE_MAX_CHARS,
  COMMENT_MAX_CHARS,
  MAX_ANNOTATIONS,
  PER_PAGE,
  PR_FILES_CAP,
  conclusionOf,
  createGitHubClient,
  credentialsIn,
  describeFinding,
  describeSizing,
  errorMessage,
  escapeLog,
  evaluatedPrompts,
  fitToLimit,
  headline,
  httpStatus,
  isFailingCase,
  isPlainObject,
  mappedStack,
  parseShard,
  parseUsd,
  plainText,
  planGate,
  registerSecret,
  renderJobSummary,
  renderReport,
  resolveOutputDir,
  runGate,
  sizeShards,
  upsertStickyComment,
  writeReports,
  writeShardFile
} from "./chunk-3K63MX7M.js";
import {
  context
} from "./chunk-4UFSKNVA.js";
import {
  UserError
} from "./chunk-EFOWPEMQ.js";
import "./chunk-4N64VFDJ.js";

// src/main.ts
import { isAbsolute, join } from "node:path";

// src/github/pr-files.ts
function toChangedFile(file) {
  switch (file.status) {
    case "unchanged":
      return [];
    case "renamed":
      return [{ path: file.filename, status: "renamed", previousPath: file.previous_filename }];
    case "added":
    case "copied":
      return [{ path: file.filename, status: "added" }];
    case "removed":
      return [{ path: file.filename, status: "removed" }];
    default:
      return [{ path: file.filename, status: "modified" }];
  }
}
async function listPullRequestFiles(octokit, pr) {
  const pages = octokit.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
    ...pr,
    per_page: PER_PAGE
  });
  const files = [];
  let count = 0;
  for await (const page of pages) {
    count += page.data.length;
    files.push(...page.data.flatMap((file) => toChangedFile(file)));
  }
  return { files, truncated: count >= PR_FILES_CAP };
}

// src/github/pull-request-context.ts
var ZERO_SHA = /^0+$/;
function readRunContext(context2, overrides) {
  const { owner, repo } = context2.repo;
  const pr = context2.payload.pull_request;
  const detailsUrl = context2.runId ? `${context2.serverUrl}/${owner}/${repo}/actions/runs/${context2.runId}` : void 0;
  if (pr) {
    const headBranch = readBranch(pr.head);
    const baseBranch = readBranch(pr.base);
    const headSha = headBranch.sha ?? context2.sha;
    const baseSha = baseBranch.sha ?? "";
    const fromFork = headBranch.repo !== void 0 && baseBranch.repo !== void 0 && headBranch.repo !== baseBranch.repo;
    return {
      owner,
      repo,
      pullRequest: { number: pr.number, headSha, baseSha, fromFork },
      base: overrides.base ?? baseSha,
      head: overrides.head ?? headSha,
      checkSha: headSha,
      detailsUrl
    };
  }
  const before = typeof context2.payload.before === "string" && !ZERO_SHA.test(context2.payload.before) ? context2.payload.before : void 0;
  const head = overrides.head ?? context2.sha;
  return { owner, repo, base: overrides.base ?? before ?? `${head}~1`, head, checkSha: head, detailsUrl };
}
function readBranch(branch) {
  if (!isPlainObject(branch)) return {};
  const repo = isPlainObject(branch.repo) ? branch.repo.full_name : void 0;
  return {
    sha: typeof branch.sha === "string" ? branch.sha : void 0,
    repo: typeof repo === "string" ? repo : void 0
  };
}

// src/github/inputs.ts
var CASSETTE_MODES = ["off", "record", "replay", "auto"];
function parseInputs() {
  const maxUsd = getInput("max-usd");
  const cassetteMode = getInput("cassette-mode");
  const shard = getInput("shard");
  const planMinutes = getInput("plan-minutes");
  const inputs = {
    config: getInput("config") || "promptgate.yml",
    token: getInput("github-token"),
    workingDirectory: getInput("working-directory") || ".",
    base: getInput("base") || void 0,
    head: getInput("head") || void 0,
    maxUsd: maxUsd ? parseUsd("max-usd", maxUsd) : void 0,
    comment: booleanInput("comment", true),
    checkRun: booleanInput("check-run", true),
    reportDir: getInput("report-dir") || "promptgate-report",
    uploadReport: booleanInput("upload-report", true),
    baseline: getInput("baseline") || void 0,
    all: booleanInput("all", false),
    cassetteMode: cassetteMode ? parseCassetteMode(cassetteMode) : void 0,
    shard: shard ? parseShard(shard, "shard") : void 0,
    merge: getInput("merge") || void 0,
    planMinutes: planMinutes ? parseMinutes(planMinutes) : void 0
  };
  const modes = ["shard", "merge", "planMinutes"].filter((mode) => inputs[mode] !== void 0);
  if (modes.length > 1)
    throw new UserError(
      `Inputs ${modes.map((mode) => mode === "planMinutes" ? "plan-minutes" : mode).join(" and ")} are set together; expected at most one: a step plans, runs a shard or merges.`
    );
  return inputs;
}
function parseMinutes(value) {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new UserError(`Invalid plan-minutes '${value}'. Expected a positive number of minutes.`);
  return minutes;
}
function booleanInput(name, fallback) {
  const value = getInput(name);
  if (!value) return fallback;
  try {
    return getBooleanInput(name);
  } catch {
    throw new UserError(`Invalid ${name} '${value}'. Expected true or false.`);
  }
}
function parseCassetteMode(value) {
  const mode = CASSETTE_MODES.find((candidate) => candidate === value);
  if (!mode)
    throw new UserError(`Invalid cassette-mode '${value}'. Expected one of: ${CASSETTE_MODES.join(", ")}.`);
  return mode;
}

// src/github/artifact.ts
var REPORT_ARTIFACT = "promptgate-report";
async function uploadReport(files, runUrl) {
  const name = REPORT_ARTIFACT;
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    info("No report artifact: the artifact service is only there on a GitHub Actions runner.");
    return void 0;
  }
  try {
    const { DefaultArtifactClient } = await import("./artifact-LLCTQLNH.js");
    const { id } = await new DefaultArtifactClient().uploadArtifact(
      name,
      [files.html, files.json, files.markdown, files.junit],
      files.dir
    );
    if (id === void 0) throw new Error("the artifact service gave the upload no id");
    info(`Report uploaded as artifact ${name} (${id})`);
    return { name, id, url: runUrl && `${runUrl}/artifacts/${id}` };
  } catch (error) {
    warning(
      escapeLog(
        `Could not upload the report as artifact ${name} (the verdict stands): ${error.message}`
      )
    );
    return void 0;
  }
}

// src/github/annotations.ts
var FAILING = /* @__PURE__ */ new Set(["regression", "threshold", "error"]);
function lineRuns(lines) {
  const runs = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else runs.push([line, line]);
  }
  return runs;
}
function title(text) {
  return plainText(text, CHECK_RUN_TITLE_MAX_CHARS);
}
function promptAnnotations(verdict) {
  if (verdict.status === "removed" || verdict.status === "pass" || verdict.status === "skipped") return [];
  const message = verdict.findings.map(describeFinding).join("\n") || `Status: ${verdict.status}`;
  return lineRuns(verdict.changedLines ?? []).map(([start, end]) => ({
    path: verdict.prompt,
    start_line: start,
    end_line: end,
    annotation_level: FAILING.has(verdict.status) ? "failure" : "warning",
    title: title(`Promptgate: ${verdict.status} in ${verdict.prompt}`),
    message: plainText(message)
  }));
}
function caseAnnotations(verdict) {
  return verdict.cases.filter((c) => c.source && isFailingCase(c)).map((c) => ({
    path: c.source.file,
    start_line: c.source.line,
    end_line: c.source.line,
    annotation_level: c.regressed || c.required ? "failure" : "warning",
    title: title(`Case ${c.caseId} ${c.regressed ? "regressed" : "failed"} on ${verdict.prompt}`),
    message: plainText(c.reasons.join("\n")) || "Failed on the head version of the prompt."
  }));
}
function buildAnnotations(result) {
  const all = result.prompts.flatMap((verdict) => [
    ...promptAnnotations(verdict),
    ...caseAnnotations(verdict)
  ]);
  const rank = { failure: 0, warning: 1, notice: 2 };
  return all.map((annotation, order) => ({ annotation, order })).sort(
    (a, b) => rank[a.annotation.annotation_level] - rank[b.annotation.annotation_level] || a.order - b.order
  ).slice(0, MAX_ANNOTATIONS).map(({ annotation }) => annotation);
}

// src/github/check-run.ts
function cap(text, max) {
  return fitToLimit(text, max, "\n\n\u2026 [cut to fit the check run size limit]");
}
async function publishCheckRun(octokit, options) {
  const { owner, repo, annotations } = options;
  const output = {
    // The title is plain text from the report's headline: masked, invisible characters shown.
    title: plainText(options.title, CHECK_RUN_TITLE_MAX_CHARS),
    summary: cap(options.summary, CHECK_RUN_TEXT_MAX_CHARS),
    ...options.text === void 0 ? {} : { text: cap(options.text, CHECK_RUN_TEXT_MAX_CHARS) }
  };
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  try {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
      owner,
      repo,
      name: options.name,
      head_sha: options.head_sha,
      status: "completed",
      conclusion: options.conclusion,
      ...options.details_url ? { details_url: options.details_url } : {},
      output: { ...output, annotations: batches[0] ?? [] }
    });
    for (const batch of batches.slice(1)) {
      await octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner,
        repo,
        check_run_id: data.id,
        output: { ...output, annotations: batch }
      });
    }
    return { id: Number(data.id), url: data.html_url ?? void 0 };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 404) {
      return { warning: `Could not publish the '${options.name}' check run: ${errorMessage(error)}` };
    }
    return {
      warning: `Could not publish the '${options.name}' check run (HTTP ${status}: ${errorMessage(error)}). Grant \`checks: write\` in the workflow \`permissions:\` to get a check run with annotations; on pull requests from forks the token is read-only, and the job summary carries the report instead.`
    };
  }
}

// src/github/publish.ts
async function publish(run2, target) {
  const { result } = run2;
  const { octokit, context: context2 } = target;
  const { failed, conclusion } = conclusionOf(run2);
  const artifact = target.uploadReport && result.prompts.length > 0 ? await uploadReport(target.files, context2.detailsUrl) : void 0;
  const reportOptions = {
    detailsUrl: context2.detailsUrl,
    artifactName: artifact?.name,
    artifactUrl: artifact?.url
  };
  await writeJobSummary(renderJobSummary(result, reportOptions));
  let commentId;
  if (octokit && target.comment && context2.pullRequest) {
    const body = renderReport(result, { ...reportOptions, maxChars: COMMENT_MAX_CHARS, surface: "comment" });
    try {
      const comment = await upsertStickyComment(octokit, {
        owner: context2.owner,
        repo: context2.repo,
        issue_number: context2.pullRequest.number,
        body
      });
      commentId = comment.id;
      info(`Sticky comment ${comment.action}: ${comment.id}`);
    } catch (error) {
      warning(
        escapeLog(
          `Could not post the pull request comment (the verdict stands): ${error.message}`
        )
      );
    }
  }
  if (octokit && target.checkRun) {
    const checkRun = await publishCheckRun(octokit, {
      owner: context2.owner,
      repo: context2.repo,
      head_sha: context2.checkSha,
      name: "Promptgate",
      conclusion,
      title: headline(result),
      summary: renderReport(result, {
        ...reportOptions,
        maxChars: CHECK_RUN_TEXT_MAX_CHARS,
        surface: "summary"
      }),
      annotations: buildAnnotations(result),
      details_url: context2.detailsUrl
    });
    if (checkRun.warning) warning(escapeLog(checkRun.warning));
  }
  const failedCases = result.prompts.reduce((n, p) => n + p.cases.filter(isFailingCase).length, 0);
  setOutput("verdict", result.status);
  setOutput("failed", String(failed));
  setOutput("prompts", String(evaluatedPrompts(result).length));
  setOutput("regressions", String(result.prompts.filter((p) => p.status === "regression").length));
  setOutput("failed-cases", String(failedCases));
  setOutput("cost-usd", result.meta.totalCostUsd.toFixed(6));
  setOutput("report-path", target.files.markdown);
  setOutput("json-path", target.files.json);
  setOutput("junit-path", target.files.junit);
  setOutput("html-path", target.files.html);
  if (artifact) {
    setOutput("artifact-id", String(artifact.id));
    if (artifact.url) setOutput("artifact-url", artifact.url);
  }
  if (commentId !== void 0) setOutput("comment-id", String(commentId));
  return { failed, conclusion, commentId };
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info("No job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).");
    return;
  }
  try {
    await summary.addRaw(markdown).write();
  } catch (error) {
    warning(
      escapeLog(`Could not write the job summary (the verdict stands): ${error.message}`)
    );
  }
}

// src/main.ts
var actionsLog = {
  info: (message) => info(escapeLog(message)),
  warning: (message) => warning(escapeLog(message)),
  debug: (message) => debug(escapeLog(message)),
  group: (name, fn) => group(escapeLog(name), fn),
  fail: (message) => setFailed(escapeLog(message))
};
function protect(credentials) {
  for (const { name, value } of credentials) if (registerSecret(value, name)) setSecret(value);
}
async function run() {
  try {
    protect(credentialsIn(process.env));
    const inputs = parseInputs();
    const repoDir = isAbsolute(inputs.workingDirectory) ? inputs.workingDirectory : join(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    const context2 = readRunContext(context, inputs);
    const reportDir = await resolveOutputDir(repoDir, inputs.reportDir, "report-dir");
    const octokit = inputs.token ? createGitHubClient(inputs.token, { onRateLimit: (message) => actionsLog.warning(message) }) : void 0;
    const { pullRequest } = context2;
    const changedFiles = octokit && pullRequest ? await listPullRequestFiles(octokit, {
      owner: context2.owner,
      repo: context2.repo,
      pull_number: pullRequest.number
    }) : void 0;
    const options = {
      repoDir,
      configPath: inputs.config,
      base: context2.base,
      head: context2.head,
      changedFiles,
      env: process.env,
      // GitHub Models entries call with the workflow's token: no secret to set up.
      githubToken: inputs.token || void 0,
      maxUsd: inputs.maxUsd,
      cassetteMode: inputs.cassetteMode,
      baselineFile: inputs.baseline,
      all: inputs.all,
      shard: inputs.shard,
      mergeFrom: inputs.merge,
      // The cases' part of the reports is laid out there during the run.
      reportDir: inputs.shard ? void 0 : reportDir,
      log: actionsLog,
      // A provider's `apiKeyEnv` may name any variable: masked as soon as the config is read.
      onConfig: (config) => protect(credentialsIn(process.env, config))
    };
    if (inputs.planMinutes !== void 0) {
      const { config, plan } = await planGate(options);
      const sizing = sizeShards(plan, config.concurrency, { targetMinutes: inputs.planMinutes });
      actionsLog.info(describeSizing(sizing));
      setOutput("matrix", JSON.stringify({ shard: sizing.matrix }));
      return;
    }
    const gate = await runGate(options);
    if ("shard" in gate) {
      const file = await writeShardFile(reportDir, gate.shard, gate.records);
      setOutput("shard-path", file);
      actionsLog.info(
        `Promptgate shard ${gate.shard.index}/${gate.shard.count}: ${gate.records.length} call(s) recorded in ${file}; the merge job decides.`
      );
      return;
    }
    const files = await writeReports(gate.result, reportDir, gate.early);
    const published = await publish(gate, {
      octokit,
      context: context2,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      uploadReport: inputs.uploadReport,
      files
    });
    const summary2 = headline(gate.result);
    actionsLog.info(`Promptgate: ${gate.result.status}: ${summary2}`);
    if (published.failed) actionsLog.fail(`Promptgate: ${summary2}`);
  } catch (error) {
    if (!(error instanceof UserError)) actionsLog.debug(mappedStack(error));
    actionsLog.fail(`Promptgate could not run: ${error.message}`);
  }
}

// src/action.ts
await run();
//# sourceMappingURL=action.js.map
