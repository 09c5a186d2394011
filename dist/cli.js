#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  EXIT,
  UserError,
  conclusionOf,
  credentialsIn,
  defuseCommands,
  describeSizing,
  escapeLog,
  listSuites,
  parseShard,
  parseUsd,
  planGate,
  registerSecret,
  renderJUnit,
  renderJson,
  renderReport,
  require_source_map_support,
  runGate,
  sizeShards,
  writeBaseline,
  writeReports,
  writeShardFile
} from "./chunk-WR7LV673.js";
import "./chunk-4UFSKNVA.js";
import {
  __toESM
} from "./chunk-4N64VFDJ.js";

// src/cli.ts
var import_source_map_support = __toESM(require_source_map_support(), 1);
import { isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
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
function say(message) {
  console.error(escapeLog(message));
}
var terminalLog = {
  info: say,
  warning: (message) => say(`warning: ${message}`),
  debug: (message) => {
    if (process.env.PROMPTGATE_DEBUG) say(`debug: ${message}`);
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
        help: { type: "boolean", short: "h", default: false }
      }
    });
    const command = positionals[0] ?? "run";
    if (values.help || command === "help") {
      console.log(USAGE);
      return EXIT.pass;
    }
    if (command === "suites") {
      for (const suite of listSuites())
        console.log(`${suite.name.padEnd(20)} ${suite.kind.padEnd(11)} ${suite.description}`);
      return EXIT.pass;
    }
    if (!COMMANDS.includes(command)) {
      throw new UserError(
        `unknown command "${command}". Expected ${COMMANDS.join(", ")} or suites (see promptgate --help).`
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
      maxUsd: values["max-usd"] === void 0 ? void 0 : parseUsd("--max-usd", values["max-usd"]),
      cassetteMode: command === "record" ? "record" : void 0,
      all: values.all || command === "baseline",
      headOnly: command === "baseline",
      baselineFile: command === "baseline" || !values.baseline ? void 0 : resolve(values.baseline),
      shard: values.shard === void 0 ? void 0 : parseShard(values.shard, "--shard"),
      mergeFrom: mergeFrom && resolve(mergeFrom),
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
    if (gate.shard) {
      const file = await writeShardFile(resolve(values.out ?? "."), gate.shard, gate.records);
      const failed = gate.records.filter((r) => r.status !== "ok").length;
      say(
        `shard ${gate.shard.index}/${gate.shard.count}: ${gate.records.length} call(s)${failed ? ` (${failed} without an answer)` : ""}; records written to ${file}. The verdict is the merge's: promptgate merge <folder of every shard file>`
      );
      return EXIT.pass;
    }
    if (command === "baseline") {
      const file = values.out ?? "promptgate-baseline.json";
      const failed = gate.records.filter((r) => r.status !== "ok");
      if (failed.length > 0) {
        say(
          `warning: ${failed.length} call(s) did not answer and are left out of the baseline (first: ${failed[0].key}: ${failed[0].error})`
        );
      }
      writeBaseline(gate.records, gate.plan, file);
      say(`baseline of ${gate.result.prompts.length} prompt(s) written to ${file}`);
      return EXIT.pass;
    }
    if (values.out) await writeReports(gate.result, values.out);
    console.log(defuseCommands(render(format, gate.result)));
    return conclusionOf(gate).failed ? EXIT.gateFailed : EXIT.pass;
  } catch (error) {
    if (error instanceof UserError || isArgumentError(error)) {
      say(`promptgate: ${error.message}`);
      return EXIT.cannotRun;
    }
    say(`promptgate: unexpected error, please report it: ${error.stack ?? String(error)}`);
    return EXIT.cannotRun;
  }
}
function render(format, result) {
  if (format === "json") return renderJson(result);
  if (format === "junit") return renderJUnit(result);
  return renderReport(result, { maxChars: Number.MAX_SAFE_INTEGER, surface: "summary" });
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
import_source_map_support.default.install();
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
//# sourceMappingURL=cli.js.map
