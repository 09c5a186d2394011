import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  FREE_TIER_TABLE_DATE,
  conclusionOf,
  credentialsIn,
  defuseCommands,
  describeSizing,
  escapeLog,
  listSuites,
  listWorkingFiles,
  mappedStack,
  parsePrompt,
  parseShard,
  parseUsd,
  placeholders,
  planGate,
  registerSecret,
  renderFileReport,
  renderJUnit,
  renderJson,
  require_dist,
  runGate,
  sizeShards,
  templateVariables,
  textRuns,
  writeBaseline,
  writeReports,
  writeShardFile
} from "./chunk-3K63MX7M.js";
import "./chunk-4UFSKNVA.js";
import {
  EXIT,
  UserError
} from "./chunk-EFOWPEMQ.js";
import {
  __toESM
} from "./chunk-4N64VFDJ.js";

// src/cli-main.ts
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/init/init.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/init/find-prompts.ts
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
var PROMPT_FILE = /\.(?:prompt\.ya?ml|prompty)$/i;
var TEMPLATE_FILE = /\.(?:md|markdown|txt)$/i;
var TEMPLATE_FOLDER = /(?:^|\/)(?:prompts?|templates?)\//i;
var NOT_A_TEMPLATE = /^(?:readme|changelog|license|contributing)\./i;
async function findPrompts(repoDir) {
  const found = [];
  const skipped = [];
  for (const path of await listWorkingFiles(repoDir)) {
    const template = TEMPLATE_FILE.test(path) && TEMPLATE_FOLDER.test(path) && !NOT_A_TEMPLATE.test(basename(path));
    if (!PROMPT_FILE.test(path) && !template) continue;
    const text = await readFile(join(repoDir, path), "utf8");
    if (template && placeholders(text).length === 0) continue;
    try {
      const parsed = await parsePrompt(
        path,
        text,
        (file) => readFile(join(repoDir, file), "utf8").catch(() => void 0)
      );
      const cases = parsed.format === "prompty" ? Object.keys(parsed.sample.vars).length > 0 ? [{ vars: parsed.sample.vars }] : [] : parsed.cases.map((c) => ({
        vars: c.vars,
        ...c.expected === void 0 ? {} : { expected: c.expected }
      }));
      found.push({ path, model: parsed.model, cases, variables: templateVariables(parsed) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      skipped.push({ path, reason: error.message });
    }
  }
  return { found, skipped };
}

// src/init/starter-files.ts
var import_yaml = __toESM(require_dist(), 1);
import { basename as basename2 } from "node:path";
var DEFAULT_MODEL = "openai/gpt-4o-mini";
var ACTION_REF = "promptgate/promptgate@v1";
var CONFIG_PATH = "promptgate.yml";
var WORKFLOW_PATH = ".github/workflows/promptgate.yml";
function starterFiles(prompts) {
  const models = providerIds(prompts);
  const datasets = /* @__PURE__ */ new Set();
  const gated = prompts.map((prompt) => {
    const provider = models.get(modelOf(prompt));
    let dataset = `evals/${stem(prompt.path)}.yaml`;
    for (let n = 2; datasets.has(dataset); n++) dataset = `evals/${stem(prompt.path)}-${n}.yaml`;
    datasets.add(dataset);
    return { prompt, provider, dataset };
  });
  return [
    { path: CONFIG_PATH, content: configText(gated, models) },
    ...gated.map((g) => ({ path: g.dataset, content: datasetText(g.prompt) })),
    { path: WORKFLOW_PATH, content: WORKFLOW }
  ];
}
function modelOf(prompt) {
  return prompt.model && /^[^/\s]+\/[^/\s]+$/.test(prompt.model) ? prompt.model : DEFAULT_MODEL;
}
function providerIds(prompts) {
  const uses = /* @__PURE__ */ new Map();
  for (const prompt of prompts) uses.set(modelOf(prompt), (uses.get(modelOf(prompt)) ?? 0) + 1);
  const [first, ...rest] = [...uses.keys()].sort((a, b) => uses.get(b) - uses.get(a));
  const ids = /* @__PURE__ */ new Map([[first, "main"]]);
  for (const model of rest) ids.set(model, model.split("/")[1].replace(/[^A-Za-z0-9_-]/g, "-"));
  return ids;
}
function stem(path) {
  return basename2(path).replace(/\.(?:prompt\.ya?ml|prompty|md|markdown|txt)$/i, "");
}
function quote(value) {
  return JSON.stringify(value);
}
function configText(gated, models) {
  const providers = [...models].flatMap(([model, id]) => [
    `  ${id}:`,
    "    type: github-models # the workflow token calls it: no API key, no secret",
    `    model: ${quote(model)}`
  ]);
  const entries = gated.flatMap(({ prompt, provider, dataset }) => [
    `  # ${prompt.path}: ${prompt.cases.length === 0 ? `no cases of its own; ${dataset} has one row to fill with realistic values` : `its ${prompt.cases.length} case(s) (testData or sample), copied to ${dataset} to grow; a case in both runs once`}`,
    `  - files: ${quote(prompt.path)}`,
    `    datasets: [${quote(dataset)}]`,
    ...provider === "main" ? [] : [`    provider: ${provider}`],
    "    checks:",
    "      - secrets: {} # an answer never carries a credential",
    "      # - pii: {} # no personal data in answers (allow: [email] for what may appear)",
    "      # - system-prompt-leak: {} # the answer does not repeat the system prompt"
  ]);
  return `${[
    "# Promptgate: every pull request that changes a prompt replays its cases on the base and the head",
    "# version and fails on a regression. Written by `promptgate init`; edit freely. Reference: the",
    "# README of promptgate/promptgate, and schema/promptgate.schema.json for editor completion.",
    "#",
    "# GitHub Models runs on the workflow's own token (the workflow needs `models: read`). Its free",
    `# tier allows about 150 requests a day to "low" tier models, 50 to "high" ones (GitHub's table of`,
    `# ${FREE_TIER_TABLE_DATE}), counted over every entry, prompt and judge call on the tier; a run that`,
    "# would pass it stops before its first call and says what fits.",
    "# With more (Copilot Business or Enterprise), say so per provider: limits: { requestsPerDay: 300 }.",
    "#",
    "# Per prompts entry, each costs calls: adversarial: [injection, extraction] adds attack cases made",
    "# from its cases; repeats: 3 samples each case three times, which settles flaky results.",
    "providers:",
    ...providers,
    "prompts:",
    ...entries
  ].join("\n")}
`;
}
function datasetText(prompt) {
  const copied = prompt.cases.length > 0;
  const rows = copied ? prompt.cases : [{ vars: Object.fromEntries(prompt.variables.map((name) => [name, `TODO: an example ${name}`])) }];
  return `${[
    `# Cases for ${prompt.path}, written by \`promptgate init\`: the team grows this file.`,
    ...copied ? [
      "# Its first rows copy the prompt file's own cases (testData, or the Prompty sample). A case held",
      "# both there and here (the same variables and expected answer) runs once, so edit, add and remove",
      "# rows freely; the prompt file keeps its own."
    ] : ["# Replace the TODO values with a realistic input, and add a row for each case worth gating."],
    "# A row: vars (the variables the template uses), and optionally expected (a reference answer),",
    "# context (passages the answer must rest on), checks (its own, e.g. [{ contains: refund }]),",
    "# repeats and required. Every row is a call per version per repeat: the free tier allows about",
    "# 150 a day."
  ].join("\n")}
${(0, import_yaml.stringify)(rows)}`;
}
var WORKFLOW = `# Gates every pull request that changes a prompt. Written by \`promptgate init\`.
name: promptgate
on: pull_request
permissions:
  contents: read
  pull-requests: write # the sticky comment
  checks: write # the Promptgate check run
  models: read # GitHub Models, with this workflow's own token: no API key, no secret
concurrency:
  group: promptgate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # base and head commits must both be there
      - uses: ${ACTION_REF}
        with:
          config: ${CONFIG_PATH}
`;

// src/init/init.ts
async function initRepository(repoDir) {
  const { found, skipped } = await findPrompts(repoDir);
  if (found.length === 0)
    throw new UserError(
      `no prompt files found in ${repoDir}${skipped.length ? ` that could be read (${skipped.map((s) => s.reason).join("; ")})` : ""}; expected *.prompt.yml, *.prompt.yaml, *.prompty, or .md / .txt templates with {{variables}} in a prompts or templates folder`
    );
  const result = { prompts: found, unreadable: skipped, written: [], kept: [] };
  for (const file of starterFiles(found)) {
    const target = join2(repoDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(target, file.content, { flag: "wx" });
      result.written.push(file.path);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      result.kept.push(file.path);
    }
  }
  return result;
}

// src/report/print-file.ts
import { closeSync, openSync } from "node:fs";
import { once } from "node:events";
async function printDefused(file, out) {
  const write = async (text) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const fd = openSync(file, "r");
  try {
    let rest = "";
    for (const run of textRuns(fd)) {
      const text = rest + run;
      const end = text.lastIndexOf("\n") + 1;
      rest = text.slice(end);
      if (end > 0) await write(defuseCommands(text.slice(0, end)));
    }
    await write(`${defuseCommands(rest)}
`);
  } finally {
    closeSync(fd);
  }
}

// src/cli-main.ts
var USAGE = `promptgate <command> [options]

Commands:
  run        gate the prompts changed between --base and --head (default)
  record     like run, but call the providers and store every answer in the cassettes
  baseline   run every prompt at --head and write the approved results to --out (default promptgate-baseline.json)
  plan       print the planned calls and their estimate, without calling anything; with --shards,
             the GitHub Actions matrix that runs them in --target-minutes
  merge <dir>
             decide on the records the shard runs (run --shard i/n) wrote under <dir>, as one run
  suites     list the built-in adversarial suites
  init       find the prompt files in --repo and write, where no such file exists yet, a commented
             promptgate.yml gating them with GitHub Models, a starter dataset for each prompt that
             carries no cases, and .github/workflows/promptgate.yml (no API key, no secret)

Options:
  --config <file>     config file, relative to --repo (default promptgate.yml)
  --repo <dir>        repository root (default .)
  --base <ref>        git ref or SHA to compare against (default HEAD~1)
  --head <ref>        git ref or SHA under test (default HEAD)
  --format <fmt>      what to print: markdown (default), json or junit
  --out <dir|file>    also write report.md, results.json and junit.xml to this folder (baseline: the file)
  --max-usd <usd>     spend cap for this run, overrides budget.maxUsd
  --all               gate every prompt the config names, not only the changed ones
  --baseline <file>   compare head with an approved baseline (from \`promptgate baseline\`) instead of
                      running base: a scheduled drift check is \`run --all --baseline <file>\`
  --shard <i/n>       run only slice i of n (cases split by a stable hash) and write its records to
                      --out (default .) for \`promptgate merge\`
  --shards            plan: print the matrix as JSON ({"shard":["1/n",...]}) on stdout
  --target-minutes <m>
                      plan: the wall time one shard should take (default 10)
  --latency-ms <ms>   plan: a call's expected latency (default: from its output tokens)
  -v, --version       print promptgate's version
  -h, --help          this help

Relative paths of --out, --baseline and merge's <dir> are taken from the current folder; --config
is read from the repository's commits, relative to --repo (an absolute path must lie inside it).

Exit codes:
  0  the gate passed (or was neutral)
  1  the gate failed: a regression, a threshold breach, a provider error, or a prompt whose
     file, dataset or template could not be read (the others still ran; the report says where)
  2  the tool could not run: bad config (a check's name or options included, wherever written),
     arguments or repository
`;
var COMMANDS = ["run", "record", "baseline", "plan", "merge"];
var FORMATS = ["markdown", "json", "junit"];
function packageVersion() {
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return JSON.parse(text).version;
}
function say(message) {
  console.error(escapeLog(message));
}
var debugging;
var terminalLog = {
  info: say,
  warning: (message) => say(`warning: ${message}`),
  debug: (message) => {
    if (debugging ??= Boolean(process.env.PROMPTGATE_DEBUG)) say(`debug: ${message}`);
  },
  group: async (name, fn) => {
    say(`== ${name}`);
    return fn();
  }
};
function protect(credentials) {
  for (const { name, value } of credentials) registerSecret(value, name);
}
async function main(argv) {
  try {
    protect(credentialsIn(process.env));
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string", default: "promptgate.yml" },
        repo: { type: "string", default: "." },
        base: { type: "string", default: "HEAD~1" },
        head: { type: "string", default: "HEAD" },
        format: { type: "string", default: "markdown" },
        out: { type: "string" },
        "max-usd": { type: "string" },
        all: { type: "boolean", default: false },
        baseline: { type: "string" },
        shard: { type: "string" },
        shards: { type: "boolean", default: false },
        "target-minutes": { type: "string", default: "10" },
        "latency-ms": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
    const command = positionals[0] ?? "run";
    if (values.help || command === "help") {
      console.log(USAGE);
      return EXIT.pass;
    }
    if (values.version) {
      console.log(`promptgate ${packageVersion()}`);
      return EXIT.pass;
    }
    if (command === "suites") {
      for (const suite of listSuites())
        console.log(`${suite.name.padEnd(20)} ${suite.kind.padEnd(11)} ${suite.description}`);
      return EXIT.pass;
    }
    if (command === "init") {
      const init = await initRepository(resolve(values.repo));
      reportInit(init);
      return EXIT.pass;
    }
    if (!COMMANDS.includes(command)) {
      throw new UserError(
        `unknown command "${command}". Expected ${COMMANDS.join(", ")}, suites or init (see promptgate --help).`
      );
    }
    const format = parseFormat(values.format);
    const repoDir = resolve(values.repo);
    const mergeFrom = command === "merge" ? positionals[1] : void 0;
    if (command === "merge" && !mergeFrom)
      throw new UserError(
        "merge needs the folder the shard files were downloaded to: promptgate merge <dir>"
      );
    const options = {
      repoDir,
      configPath: inRepo(repoDir, values.config, "--config"),
      base: command === "baseline" ? values.head : values.base,
      head: values.head,
      env: process.env,
      githubToken: process.env.GITHUB_TOKEN,
      maxUsd: values["max-usd"] === void 0 ? void 0 : parseUsd("--max-usd", values["max-usd"]),
      cassetteMode: command === "record" ? "record" : void 0,
      all: values.all || command === "baseline",
      headOnly: command === "baseline",
      baselineFile: command === "baseline" || !values.baseline ? void 0 : resolve(values.baseline),
      shard: values.shard === void 0 ? void 0 : parseShard(values.shard, "--shard"),
      mergeFrom: mergeFrom && resolve(mergeFrom),
      // Where the reports go: the cases' part is laid out there during the run.
      reportDir: command === "baseline" || values.shard !== void 0 ? void 0 : values.out,
      log: terminalLog,
      // A provider's `apiKeyEnv` may name any variable: masked as soon as the config is read.
      onConfig: (config) => protect(credentialsIn(process.env, config))
    };
    if (command === "plan") {
      const { config, plan } = await planGate(options);
      const sizing = sizeShards(plan, config.concurrency, {
        targetMinutes: parseNumber("--target-minutes", values["target-minutes"]),
        latencyMs: values["latency-ms"] === void 0 ? void 0 : parseNumber("--latency-ms", values["latency-ms"])
      });
      if (values.shards) {
        say(describeSizing(sizing));
        console.log(JSON.stringify({ shard: sizing.matrix }));
      } else console.log(describeSizing(sizing));
      return EXIT.pass;
    }
    const gate = await runGate(options);
    if ("shard" in gate) {
      const file = await writeShardFile(resolve(values.out ?? "."), gate.shard, gate.records);
      const failed = gate.records.filter((r) => r.status !== "ok").length;
      say(
        `shard ${gate.shard.index}/${gate.shard.count}: ${gate.records.length} call(s)${failed ? ` (${failed} without an answer)` : ""}; records written to ${file}. The verdict is the merge's: promptgate merge <folder of every shard file>`
      );
      return EXIT.pass;
    }
    if (command === "baseline") {
      const file = values.out ?? "promptgate-baseline.json";
      if (!gate.recorded) throw new Error("a baseline run returned no answers");
      const { plan, records } = gate.recorded;
      const failed = records.filter((r) => r.status !== "ok");
      if (failed.length > 0) {
        say(
          `warning: ${failed.length} call(s) did not answer and are left out of the baseline (first: ${failed[0].key}: ${failed[0].error})`
        );
      }
      writeBaseline(records, plan, file);
      say(`baseline of ${gate.result.prompts.length} prompt(s) written to ${file}`);
      return EXIT.pass;
    }
    const files = values.out ? await writeReports(gate.result, values.out, gate.early) : void 0;
    if (files && format === "markdown") await printDefused(files.markdown, process.stdout);
    else console.log(defuseCommands(render(format, gate.result)));
    return conclusionOf(gate).failed ? EXIT.gateFailed : EXIT.pass;
  } catch (error) {
    if (error instanceof UserError || isArgumentError(error)) {
      say(`promptgate: ${error.message}`);
      return EXIT.cannotRun;
    }
    say(`promptgate: unexpected error, please report it: ${mappedStack(error)}`);
    return EXIT.cannotRun;
  }
}
function reportInit(init) {
  say(`${init.prompts.length} prompt file(s) found:${init.prompts.map((p) => `
  ${p.path}`).join("")}`);
  for (const { path, reason } of init.unreadable)
    say(`warning: ${path} left out, it cannot be read: ${reason}`);
  for (const path of init.written) say(`wrote ${path}`);
  for (const path of init.kept) say(`skipped ${path}: it exists, and init never overwrites a file`);
  say(
    "Next: fill any TODO in the starter datasets, commit, and open a pull request; `promptgate run` gates locally (GITHUB_TOKEN set)."
  );
}
function render(format, result) {
  if (format === "json") return renderJson(result);
  if (format === "junit") return renderJUnit(result);
  return renderFileReport(result);
}
function parseFormat(value) {
  const format = FORMATS.find((candidate) => candidate === value);
  if (!format) throw new UserError(`Invalid --format '${value}'. Expected one of: ${FORMATS.join(", ")}.`);
  return format;
}
function inRepo(repoDir, path, flag) {
  if (!isAbsolute(path)) return path;
  const inside = relative(repoDir, path);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
    throw new UserError(
      `Invalid ${flag} ${JSON.stringify(path)}: expected a file inside the repository ${repoDir}`
    );
  return inside.split(sep).join("/");
}
function parseNumber(flag, value) {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0)
    throw new UserError(`Invalid ${flag} '${value}'. Expected a positive number.`);
  return number;
}
function isArgumentError(error) {
  const code = error.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
//# sourceMappingURL=cli-main.js.map
