import './memory.js';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { planGate, runGate, type EngineLog, type GateOptions } from './engine.js';
import { EXIT, UserError } from './errors.js';
import { mappedStack } from './stack.js';
import { listSuites } from './datasets/adversarial/generate.js';
import { initRepository, type InitResult } from './init/init.js';
import { writeBaseline } from './gate/baseline.js';
import { conclusionOf } from './gate/conclusion.js';
import { parseUsd } from './config/parse-usd.js';
import { describeSizing, parseShard, sizeShards, writeShardFile } from './run/shard.js';
import { renderJUnit } from './report/junit.js';
import { renderJson } from './report/json.js';
import { renderFileReport, writeReports } from './report/write-reports.js';
import { printDefused } from './report/print-file.js';
import { credentialsIn, registerSecret } from './report/redact.js';
import { defuseCommands, escapeLog } from './report/sanitize.js';

const USAGE = `promptgate <command> [options]

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

const COMMANDS = ['run', 'record', 'baseline', 'plan', 'merge'];

const FORMATS = ['markdown', 'json', 'junit'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The version in the package.json beside this module's folder: the repository's own, read from src/
 * and from dist/ alike (an action is checked out whole, package.json with it).
 */
function packageVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Writes a diagnostic to stderr, masked and escaped: no escape sequence or workflow command gets through. */
function say(message: string): void {
  console.error(escapeLog(message));
}

/** Whether debug lines are printed: read once (a large run logs a line a call, and each read of the environment costs). */
let debugging: boolean | undefined;

const terminalLog: EngineLog = {
  info: say,
  warning: (message) => say(`warning: ${message}`),
  debug: (message) => {
    if ((debugging ??= Boolean(process.env.PROMPTGATE_DEBUG))) say(`debug: ${message}`);
  },
  group: async (name, fn) => {
    say(`== ${name}`);
    return fn();
  },
};

/** Masks the run's credentials in everything the CLI prints or writes. */
function protect(credentials: Array<{ name: string; value: string }>): void {
  for (const { name, value } of credentials) registerSecret(value, name);
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    protect(credentialsIn(process.env));
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', default: 'promptgate.yml' },
        repo: { type: 'string', default: '.' },
        base: { type: 'string', default: 'HEAD~1' },
        head: { type: 'string', default: 'HEAD' },
        format: { type: 'string', default: 'markdown' },
        out: { type: 'string' },
        'max-usd': { type: 'string' },
        all: { type: 'boolean', default: false },
        baseline: { type: 'string' },
        shard: { type: 'string' },
        shards: { type: 'boolean', default: false },
        'target-minutes': { type: 'string', default: '10' },
        'latency-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    const command = positionals[0] ?? 'run';
    if (values.help || command === 'help') {
      console.log(USAGE);
      return EXIT.pass;
    }
    if (values.version) {
      console.log(`promptgate ${packageVersion()}`);
      return EXIT.pass;
    }
    if (command === 'suites') {
      for (const suite of listSuites())
        console.log(`${suite.name.padEnd(20)} ${suite.kind.padEnd(11)} ${suite.description}`);
      return EXIT.pass;
    }
    if (command === 'init') {
      const init = await initRepository(resolve(values.repo));
      reportInit(init);
      return EXIT.pass;
    }
    if (!COMMANDS.includes(command)) {
      throw new UserError(
        `unknown command "${command}". Expected ${COMMANDS.join(', ')}, suites or init (see promptgate --help).`,
      );
    }
    const format = parseFormat(values.format);
    const repoDir = resolve(values.repo);
    const mergeFrom = command === 'merge' ? positionals[1] : undefined;
    if (command === 'merge' && !mergeFrom)
      throw new UserError(
        'merge needs the folder the shard files were downloaded to: promptgate merge <dir>',
      );
    const options: GateOptions = {
      repoDir,
      configPath: inRepo(repoDir, values.config, '--config'),
      base: command === 'baseline' ? values.head : values.base,
      head: values.head,
      env: process.env,
      githubToken: process.env.GITHUB_TOKEN,
      maxUsd: values['max-usd'] === undefined ? undefined : parseUsd('--max-usd', values['max-usd']),
      cassetteMode: command === 'record' ? 'record' : undefined,
      all: values.all || command === 'baseline',
      headOnly: command === 'baseline',
      baselineFile: command === 'baseline' || !values.baseline ? undefined : resolve(values.baseline),
      shard: values.shard === undefined ? undefined : parseShard(values.shard, '--shard'),
      mergeFrom: mergeFrom && resolve(mergeFrom),
      // Where the reports go: the cases' part is laid out there during the run.
      reportDir: command === 'baseline' || values.shard !== undefined ? undefined : values.out,
      log: terminalLog,
      // A provider's `apiKeyEnv` may name any variable: masked as soon as the config is read.
      onConfig: (config) => protect(credentialsIn(process.env, config)),
    };
    if (command === 'plan') {
      const { config, plan } = await planGate(options);
      const sizing = sizeShards(plan, config.concurrency, {
        targetMinutes: parseNumber('--target-minutes', values['target-minutes']),
        latencyMs:
          values['latency-ms'] === undefined ? undefined : parseNumber('--latency-ms', values['latency-ms']),
      });
      if (values.shards) {
        say(describeSizing(sizing));
        console.log(JSON.stringify({ shard: sizing.matrix }));
      } else console.log(describeSizing(sizing));
      return EXIT.pass;
    }
    const gate = await runGate(options);
    if ('shard' in gate) {
      const file = await writeShardFile(resolve(values.out ?? '.'), gate.shard, gate.records);
      const failed = gate.records.filter((r) => r.status !== 'ok').length;
      say(
        `shard ${gate.shard.index}/${gate.shard.count}: ${gate.records.length} call(s)${failed ? ` (${failed} without an answer)` : ''}; records written to ${file}. The verdict is the merge's: promptgate merge <folder of every shard file>`,
      );
      return EXIT.pass;
    }
    if (command === 'baseline') {
      const file = values.out ?? 'promptgate-baseline.json';
      // A baseline run (headOnly) always keeps them; without them there is nothing to write.
      if (!gate.recorded) throw new Error('a baseline run returned no answers');
      const { plan, records } = gate.recorded;
      const failed = records.filter((r) => r.status !== 'ok');
      if (failed.length > 0) {
        say(
          `warning: ${failed.length} call(s) did not answer and are left out of the baseline (first: ${failed[0].key}: ${failed[0].error})`,
        );
      }
      writeBaseline(records, plan, file);
      say(`baseline of ${gate.result.prompts.length} prompt(s) written to ${file}`);
      return EXIT.pass;
    }
    const files = values.out ? await writeReports(gate.result, values.out, gate.early) : undefined;
    // Masked and escaped by each renderer; defused once more because stdout may be a workflow's log.
    // report.md is the markdown printed: read back, not made a second time on top of the reports.
    if (files && format === 'markdown') await printDefused(files.markdown, process.stdout);
    else console.log(defuseCommands(render(format, gate.result)));
    return conclusionOf(gate).failed ? EXIT.gateFailed : EXIT.pass;
  } catch (error) {
    if (error instanceof UserError || isArgumentError(error)) {
      say(`promptgate: ${(error as Error).message}`);
      return EXIT.cannotRun;
    }
    say(`promptgate: unexpected error, please report it: ${mappedStack(error)}`);
    return EXIT.cannotRun;
  }
}

/** What init found and wrote, and what it left alone. */
function reportInit(init: InitResult): void {
  say(`${init.prompts.length} prompt file(s) found:${init.prompts.map((p) => `\n  ${p.path}`).join('')}`);
  for (const { path, reason } of init.unreadable)
    say(`warning: ${path} left out, it cannot be read: ${reason}`);
  for (const path of init.written) say(`wrote ${path}`);
  for (const path of init.kept) say(`skipped ${path}: it exists, and init never overwrites a file`);
  say(
    'Next: fill any TODO in the starter datasets, commit, and open a pull request; `promptgate run` gates locally (GITHUB_TOKEN set).',
  );
}

function render(format: Format, result: Parameters<typeof renderJson>[0]): string {
  if (format === 'json') return renderJson(result);
  if (format === 'junit') return renderJUnit(result);
  // Cut as report.md is: uncut, a large run where most cases fail printed tens of megabytes, built
  // as one string on top of the run's peak (a 30,000-case per-row edit: 243 -> 290 MB).
  return renderFileReport(result);
}

function parseFormat(value: string): Format {
  const format = FORMATS.find((candidate) => candidate === value);
  if (!format) throw new UserError(`Invalid --format '${value}'. Expected one of: ${FORMATS.join(', ')}.`);
  return format;
}

/** A repository path given to a flag: relative to the repository, or absolute inside it. */
function inRepo(repoDir: string, path: string, flag: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(repoDir, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new UserError(
      `Invalid ${flag} ${JSON.stringify(path)}: expected a file inside the repository ${repoDir}`,
    );
  return inside.split(sep).join('/');
}

function parseNumber(flag: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0)
    throw new UserError(`Invalid ${flag} '${value}'. Expected a positive number.`);
  return number;
}

/** node:util parseArgs reports unknown or malformed options with these codes. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

process.exitCode = await main(process.argv.slice(2));
