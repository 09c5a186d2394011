import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { parseUsd } from '../config/parse-usd.js';

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
  baseline?: string;
  all: boolean;
  cassetteMode?: 'off' | 'record' | 'replay' | 'auto';
}

const CASSETTE_MODES = ['off', 'record', 'replay', 'auto'] as const;

/** Reads and validates every input; a bad value fails with what was expected. */
export function parseInputs(): ActionInputs {
  const maxUsd = core.getInput('max-usd');
  const cassetteMode = core.getInput('cassette-mode');
  return {
    config: core.getInput('config') || 'promptgate.yml',
    token: core.getInput('github-token'),
    workingDirectory: core.getInput('working-directory') || '.',
    base: core.getInput('base') || undefined,
    head: core.getInput('head') || undefined,
    maxUsd: maxUsd ? parseUsd('max-usd', maxUsd) : undefined,
    comment: booleanInput('comment', true),
    checkRun: booleanInput('check-run', true),
    reportDir: core.getInput('report-dir') || 'promptgate-report',
    baseline: core.getInput('baseline') || undefined,
    all: booleanInput('all', false),
    cassetteMode: cassetteMode ? parseCassetteMode(cassetteMode) : undefined,
  };
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
