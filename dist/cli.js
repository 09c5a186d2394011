#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  EXIT,
  UserError,
  conclusionOf,
  credentialsIn,
  defuseCommands,
  escapeLog,
  listSuites,
  parseUsd,
  registerSecret,
  renderJUnit,
  renderJson,
  renderReport,
  require_source_map_support,
  runGate,
  writeBaseline,
  writeReports
} from "./chunk-3UVKYRN4.js";
import {
  __toESM
} from "./chunk-4N64VFDJ.js";

// src/cli.ts
var import_source_map_support = __toESM(require_source_map_support(), 1);
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var USAGE = `promptgate <command> [options]

Commands:
  run        gate the prompts changed between --base and --head (default)
  record     like run, but call the providers and store every answer in the cassettes
  baseline   run every prompt at --head and write the approved results to --out (default promptgate-baseline.json)
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
  -h, --help          this help

Exit codes:
  0  the gate passed (or was neutral)
  1  the gate failed: a regression, a threshold breach, a provider error, or a prompt whose
     file, dataset or template could not be read (the others still ran; the report says where)
  2  the tool could not run: bad config (a check's name or options included, wherever written),
     arguments or repository
`;
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
    if (!["run", "record", "baseline"].includes(command)) {
      throw new UserError(
        `unknown command "${command}". Expected run, record, baseline or suites (see promptgate --help).`
      );
    }
    const format = parseFormat(values.format);
    const options = {
      repoDir: resolve(values.repo),
      configPath: values.config,
      base: command === "baseline" ? values.head : values.base,
      head: values.head,
      env: process.env,
      maxUsd: values["max-usd"] === void 0 ? void 0 : parseUsd("--max-usd", values["max-usd"]),
      cassetteMode: command === "record" ? "record" : void 0,
      all: values.all || command === "baseline",
      headOnly: command === "baseline",
      baselineFile: command === "baseline" ? void 0 : values.baseline,
      log: terminalLog,
      // A provider's `apiKeyEnv` may name any variable: masked as soon as the config is read.
      onConfig: (config) => protect(credentialsIn(process.env, config))
    };
    const gate = await runGate(options);
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
