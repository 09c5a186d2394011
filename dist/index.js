import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_MAX_CHARS,
  CHECK_RUN_TITLE_MAX_CHARS,
  COMMENT_MAX_CHARS,
  MAX_ANNOTATIONS,
  PER_PAGE,
  PR_FILES_CAP,
  UserError,
  conclusionOf,
  context,
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
} from "./chunk-VL74QRKF.js";
import "./chunk-4N64VFDJ.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

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
  } catch (error2) {
    const status = httpStatus(error2);
    if (status !== 403 && status !== 404) {
      return { warning: `Could not publish the '${options.name}' check run: ${errorMessage(error2)}` };
    }
    return {
      warning: `Could not publish the '${options.name}' check run (HTTP ${status}: ${errorMessage(error2)}). Grant \`checks: write\` in the workflow \`permissions:\` to get a check run with annotations; on pull requests from forks the token is read-only, and the job summary carries the report instead.`
    };
  }
}

// src/github/publish.ts
async function publish(run2, target) {
  const { result } = run2;
  const { octokit, context: context2 } = target;
  const { failed, conclusion } = conclusionOf(run2);
  const reportOptions = { detailsUrl: context2.detailsUrl, artifactName: "promptgate-report" };
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
    } catch (error2) {
      warning(
        escapeLog(
          `Could not post the pull request comment (the verdict stands): ${error2.message}`
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
  } catch (error2) {
    warning(
      escapeLog(`Could not write the job summary (the verdict stands): ${error2.message}`)
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
    if (gate.shard) {
      const file = await writeShardFile(reportDir, gate.shard, gate.records);
      setOutput("shard-path", file);
      actionsLog.info(
        `Promptgate shard ${gate.shard.index}/${gate.shard.count}: ${gate.records.length} call(s) recorded in ${file}; the merge job decides.`
      );
      return;
    }
    const files = await writeReports(gate.result, reportDir);
    const published = await publish(gate, {
      octokit,
      context: context2,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      files
    });
    const summary2 = headline(gate.result);
    actionsLog.info(`Promptgate: ${gate.result.status}: ${summary2}`);
    if (published.failed) actionsLog.fail(`Promptgate: ${summary2}`);
  } catch (error2) {
    if (!(error2 instanceof UserError)) actionsLog.debug(mappedStack(error2));
    actionsLog.fail(`Promptgate could not run: ${error2.message}`);
  }
}

// src/index.ts
await run();
//# sourceMappingURL=index.js.map
