/**
 * Trusted policy: a pull request decides what is tested (prompts, datasets, models), never where
 * requests and keys go or what passes. Endpoints, key variables (the GitHub Models type, org,
 * billing and limits too), prices, rate limits, the judge, the gate,
 * the budget, the traffic, the cache and cassette settings and each prompt's checks come from the base commit's
 * config; what the change would alter in them is reported for a human to review, not applied.
 */
import { matchesAny, type AffectedPrompt } from '../changes/affected.js';
import type { GitObjects } from '../changes/git.js';
import { UserError } from '../errors.js';
import { canonicalJson } from '../providers/request-hash.js';
import type { CheckSpec, Config, PromptGroupConfig, ProviderConfig } from '../types.js';
import { parseConfig } from './load-config.js';

/** The config a run uses, and where its policy came from. */
export interface TrustedConfig {
  /** The head's config under the trusted policy: what the run uses. */
  config: Config;
  /** The config the policy came from: the base's, or the head's when the base has none. */
  policy: Config;
  /** Providers that get no key and no live call: they are new in this change (reason by id). */
  untrusted: Record<string, string>;
  /** What the change would alter in the policy, and where the policy came from when not the base. */
  notes: string[];
}

/**
 * Provider settings that decide where requests and keys go (for GitHub Models, which service gets
 * the workflow token and which organization is billed), what a call costs, and how many calls a
 * day may make.
 */
const PROVIDER_POLICY = ['type', 'baseURL', 'apiKeyEnv', 'org', 'billing', 'limits', 'price'] as const;

/** Config sections that are policy as a whole. */
// Traffic is policy too: it decides whether head's load passes a provider's limits (a finding).
const SECTION_POLICY = ['gate', 'budget', 'traffic', 'cache', 'cassettes'] as const;

/** Longest value a note quotes: enough to recognise a URL, short enough for a comment line. */
const NOTE_VALUE_MAX_CHARS = 100;

/**
 * Reads the config at `path` from the base and head commits (git objects, never the working tree)
 * and puts the head's under the base's policy. A base without a config (the change adopts
 * Promptgate) or with one that cannot be read leaves the head's policy in force, and says so.
 */
export async function loadTrustedConfig(
  git: GitObjects,
  path: string,
  base: string,
  head: string,
): Promise<TrustedConfig> {
  const [baseText, headText] = await Promise.all([git.readFile(base, path), git.readFile(head, path)]);
  if (headText === undefined) {
    if (baseText === undefined)
      throw new UserError(
        `config ${path} not found in the head commit ${head.slice(0, 7)} nor in the base: commit it (see the README's Configuration) or point to it with --config / the config input`,
      );
    const config = parseConfig(baseText, path);
    return {
      config,
      policy: config,
      untrusted: {},
      notes: [`This change deletes ${path}: it was gated under the base's config.`],
    };
  }
  const config = parseConfig(headText, path);
  if (baseText === undefined) {
    return headPolicy(
      config,
      `No ${path} at the base commit: this change adopts Promptgate, so its own config chose the endpoints, API key variables and gate policy. Review them by hand.`,
    );
  }
  let policy: Config;
  try {
    policy = parseConfig(baseText, path);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return headPolicy(
      config,
      `The base's ${path} cannot be read (${error.message.split('\n')[0]}), so this change's own config chose the endpoints, API key variables and gate policy. Review them by hand.`,
    );
  }
  return applyPolicy(config, policy);
}

function headPolicy(config: Config, note: string): TrustedConfig {
  return { config, policy: config, untrusted: {}, notes: [note] };
}

/** The head's config with every policy setting taken from `policy`; each difference becomes a note. */
export function applyPolicy(head: Config, policy: Config): TrustedConfig {
  const notes: string[] = [];
  const differ = (what: string, from: unknown, to: unknown): void => {
    if (canonicalJson(from) !== canonicalJson(to))
      notes.push(`${what}: ${show(from)} in the base, ${show(to)} in this change; the base's applies.`);
  };
  const untrusted: Record<string, string> = {};
  const providers: Record<string, ProviderConfig> = {};
  for (const [id, entry] of Object.entries(head.providers)) {
    const trusted = policy.providers[id];
    if (!trusted) {
      untrusted[id] =
        `provider "${id}" is new in this change: it gets no API key and no call until the change is merged`;
      notes.push(
        `providers.${id} is new in this change (endpoint ${show(entry.baseURL)}): it is not called until merged.`,
      );
      providers[id] = entry;
      continue;
    }
    for (const key of PROVIDER_POLICY) differ(`providers.${id}.${key}`, trusted[key], entry[key]);
    providers[id] = withPolicy(entry, trusted);
  }
  differ('judge', policy.judge, head.judge);
  // The judge grades base and head alike: it keeps the base's entry, even one the change removed.
  if (policy.judge && !head.providers[policy.judge]) providers[policy.judge] = policy.providers[policy.judge];
  for (const section of SECTION_POLICY) {
    for (const key of new Set([...Object.keys(policy[section]), ...Object.keys(head[section])]))
      differ(
        `${section}.${key}`,
        (policy[section] as Record<string, unknown>)[key],
        (head[section] as Record<string, unknown>)[key],
      );
  }
  const config: Config = {
    ...head,
    providers,
    judge: policy.judge,
    gate: policy.gate,
    budget: policy.budget,
    traffic: policy.traffic,
    cache: policy.cache,
    cassettes: policy.cassettes,
  };
  return { config, policy, untrusted, notes: notes.map((note) => `Policy change in this PR: ${note}`) };
}

/** `entry` with the policy's endpoint, key variable and price (unset stays unset). */
function withPolicy(entry: ProviderConfig, trusted: ProviderConfig): ProviderConfig {
  const merged: ProviderConfig = { ...entry };
  for (const key of PROVIDER_POLICY) {
    if (trusted[key] === undefined) delete merged[key];
    else Object.assign(merged, { [key]: trusted[key] });
  }
  return merged;
}

/**
 * The prompts entry each affected prompt is gated under: its own, with the checks of the policy's
 * entry that names the prompt (first match, as the base would gate it), so a change cannot drop or
 * loosen a check. A prompt no policy entry names keeps its own checks, and a note says so.
 */
export function gatedGroups(
  trusted: TrustedConfig,
  affected: AffectedPrompt[],
): { groups: PromptGroupConfig[]; notes: string[] } {
  const { config, policy } = trusted;
  const notes = new Set<string>();
  const groups = affected.map((prompt) => {
    const own = config.prompts[prompt.group];
    if (policy === config) return own;
    const paths = [prompt.file, ...(prompt.previousFile ? [prompt.previousFile] : [])];
    const index = policy.prompts.findIndex((group) => paths.some(matchesAny(group.files)));
    const where = `prompts[${prompt.group}]${own.source ? ` (${own.source.file}:${own.source.line})` : ''}`;
    if (index < 0) {
      if (own.checks.length > 0)
        notes.add(
          `Policy change in this PR: ${prompt.file} is in no prompts entry of the base's config, so the checks of ${where} come from this change.`,
        );
      return own;
    }
    const checks = policy.prompts[index].checks;
    if (canonicalJson(checks.map(named)) !== canonicalJson(own.checks.map(named)))
      notes.add(
        `Policy change in this PR: checks of ${where}: ${describeChecks(checks)} in the base, ${describeChecks(own.checks)} in this change; the base's apply.`,
      );
    return { ...own, checks };
  });
  return { groups, notes: [...notes] };
}

/** What a check is, without where it was written. */
function named({ name, options }: CheckSpec): Pick<CheckSpec, 'name' | 'options'> {
  return { name, options };
}

/** Checks by name and options, as a reviewer compares them. */
function describeChecks(checks: CheckSpec[]): string {
  if (checks.length === 0) return 'none';
  return cut(checks.map((c) => `${c.name} ${canonicalJson(c.options)}`).join(', '), 2 * NOTE_VALUE_MAX_CHARS);
}

/** A setting's value in a note: JSON, cut to a readable length. */
function show(value: unknown): string {
  return value === undefined ? '(unset)' : cut(canonicalJson(value), NOTE_VALUE_MAX_CHARS);
}

/** `text` cut to `max` characters, never inside one. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
