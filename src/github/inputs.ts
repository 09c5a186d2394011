import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { parseUsd } from '../config/parse-usd.js';
import { parseShard, type Shard } from '../run/shard.js';

/** The action's inputs, parsed once. No other module reads `core.getInput`. */
export interface ActionInputs {
  config: string;
  token: string;
  workingDirectory: string;
  base?: string;
  head?: string;
  maxUsd?: number;
  comment: boolean;
  checkRun: boolean;
  reportDir: string;
  /** Upload the report folder as the run's `promptgate-report` artifact. */
  uploadReport: boolean;
  baseline?: string;
  all: boolean;
  cassetteMode?: 'off' | 'record' | 'replay' | 'auto';
  shard?: Shard;
  merge?: string;
  /** Plan only: the minutes one shard of the matrix should take. */
  planMinutes?: number;
}

const CASSETTE_MODES = ['off', 'record', 'replay', 'auto'] as const;

/** Reads and validates every input; a bad value fails with what was expected. */
export function parseInputs(): ActionInputs {
  const maxUsd = core.getInput('max-usd');
  const cassetteMode = core.getInput('cassette-mode');
  const shard = core.getInput('shard');
  const planMinutes = core.getInput('plan-minutes');
  const inputs: ActionInputs = {
    config: core.getInput('config') || 'promptgate.yml',
    token: core.getInput('github-token'),
    workingDirectory: core.getInput('working-directory') || '.',
    base: core.getInput('base') || undefined,
    head: core.getInput('head') || undefined,
    maxUsd: maxUsd ? parseUsd('max-usd', maxUsd) : undefined,
    comment: booleanInput('comment', true),
    checkRun: booleanInput('check-run', true),
    reportDir: core.getInput('report-dir') || 'promptgate-report',
    uploadReport: booleanInput('upload-report', true),
    baseline: core.getInput('baseline') || undefined,
    all: booleanInput('all', false),
    cassetteMode: cassetteMode ? parseCassetteMode(cassetteMode) : undefined,
    shard: shard ? parseShard(shard, 'shard') : undefined,
    merge: core.getInput('merge') || undefined,
    planMinutes: planMinutes ? parseMinutes(planMinutes) : undefined,
  };
  const modes = (['shard', 'merge', 'planMinutes'] as const).filter((mode) => inputs[mode] !== undefined);
  if (modes.length > 1)
    throw new UserError(
      `Inputs ${modes.map((mode) => (mode === 'planMinutes' ? 'plan-minutes' : mode)).join(' and ')} are set together; expected at most one: a step plans, runs a shard or merges.`,
    );
  return inputs;
}

function parseMinutes(value: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new UserError(`Invalid plan-minutes '${value}'. Expected a positive number of minutes.`);
  return minutes;
}

/** A boolean input as YAML 1.2 spells it (`core.getBooleanInput`); `fallback` when it is not set. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (!value) return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UserError(`Invalid ${name} '${value}'. Expected true or false.`);
  }
}

function parseCassetteMode(value: string): ActionInputs['cassetteMode'] {
  const mode = CASSETTE_MODES.find((candidate) => candidate === value);
  if (!mode)
    throw new UserError(`Invalid cassette-mode '${value}'. Expected one of: ${CASSETTE_MODES.join(', ')}.`);
  return mode;
}
