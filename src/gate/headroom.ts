/**
 * Load headroom: will the prompt hold at three to five times today's traffic? Head's measured tokens
 * per call, at `traffic.callsPerDay` and its peak factor, held against the rate limits each provider
 * states (or the config gives) for the primary and every provider of its fallback chain.
 */
import type {
  CallRecord,
  Finding,
  HeadroomLoad,
  LimitName,
  ModelRateLimits,
  PlannedCall,
  PromptHeadroom,
  ProviderHeadroom,
  RateLimitEntry,
  Version,
} from '../types.js';

/** Loads the report shows, as multiples of the configured traffic. */
export const LOAD_FACTORS = [1, 3, 5] as const;

/** The load a change must hold: past a limit here, head's growth is a finding. */
export const GATED_FACTOR = 3;

const MINUTES_PER_DAY = 1440;

/** What the headroom of one prompt is computed from. */
export interface HeadroomInput {
  /** The prompt's records (base, head, and head on its fallbacks). */
  records: CallRecord[];
  /** The prompt's planned calls: which model each version asked for. */
  plan: PlannedCall[];
  /** The provider entry that runs the prompt. */
  provider: string;
  /** Each provider entry's model and fallback chain. */
  providers: Record<string, { model: string; fallback?: string[] }>;
  traffic: { callsPerDay: number; peakFactor?: number };
  /** What is known of each entry's and model's limits. */
  rateLimits: RateLimitEntry[];
}

/**
 * The prompt's load at 1x, 3x and 5x its traffic against each provider's limits, and a threshold
 * finding when head passes a limit of the primary or of a fallback at 3x where base would not (or
 * there is no base).
 */
export function judgeHeadroom(input: HeadroomInput): { headroom: PromptHeadroom; findings: Finding[] } {
  const peakFactor = input.traffic.peakFactor ?? 1;
  const { callsPerDay } = input.traffic;
  const modelOf = (version: Version): string | undefined =>
    input.plan.find((call) => call.version === version)?.request.model;
  const headModel = modelOf('head') ?? input.providers[input.provider].model;
  const headTokens = tokensPerCall(input.records, 'head');
  const primary = providerHeadroom(input, 'primary', input.provider, headModel, headTokens);
  const baseModel = modelOf('base');
  const baseTokens = tokensPerCall(input.records, 'base');
  if (baseTokens !== undefined) primary.tokensPerCall.base = baseTokens;
  const fallbacks = (input.providers[input.provider].fallback ?? []).map((id) => {
    const version: Version = `fallback:${id}`;
    const own = tokensPerCall(input.records, version);
    const model = modelOf(version) ?? input.providers[id]?.model ?? '';
    const headroom = providerHeadroom(input, 'fallback', id, model, own ?? headTokens);
    return own === undefined && headTokens !== undefined
      ? { ...headroom, tokensFrom: 'primary' as const }
      : headroom;
  });
  const headroom: PromptHeadroom = { callsPerDay, peakFactor, providers: [primary, ...fallbacks] };
  // Base never runs on a fallback: there it is taken as sending what it sends to the primary, with
  // the answer length the fallback's model gives head (its tokens scaled by head's own ratio).
  const findings = headroom.providers.flatMap((provider) => {
    const scale =
      provider.role === 'primary' || headTokens === undefined || provider.tokensPerCall.head === undefined
        ? 1
        : provider.tokensPerCall.head / headTokens;
    const baseOn =
      baseTokens === undefined || baseModel === undefined
        ? undefined
        : provider.role === 'primary'
          ? { tokens: baseTokens, model: baseModel }
          : { tokens: baseTokens * scale, model: provider.model };
    return growthFindings(input, provider, baseOn);
  });
  return { headroom, findings };
}

/** Each limit head passes on `provider` at 3x the traffic where base, on the same provider, would not. */
function growthFindings(
  input: HeadroomInput,
  provider: ProviderHeadroom,
  base: { tokens: number; model: string } | undefined,
): Finding[] {
  const peakFactor = input.traffic.peakFactor ?? 1;
  const { callsPerDay } = input.traffic;
  const baseLoad =
    base &&
    loadAt(
      GATED_FACTOR,
      callsPerDay,
      peakFactor,
      base.tokens,
      limitsOf(input.rateLimits, provider.provider, base.model),
    );
  const gated = provider.loads.find((load) => load.factor === GATED_FACTOR);
  return (gated?.past ?? [])
    .filter((limit) => !baseLoad?.past.includes(limit))
    .map((limit): Finding => {
      const figure = provider.limits[limit]!;
      return {
        check: `headroom ${provider.provider}`,
        status: 'threshold',
        facts: {
          kind: 'headroom',
          provider: provider.provider,
          model: provider.model,
          limit,
          factor: GATED_FACTOR,
          load: figureOf(gated!, limit)!,
          value: figure.value,
          source: figure.source,
          tokensPerCall:
            provider.role === 'primary' || !base
              ? provider.tokensPerCall
              : { ...provider.tokensPerCall, base: base.tokens },
          callsPerDay,
          peakFactor,
        },
      };
    });
}

function providerHeadroom(
  input: HeadroomInput,
  role: ProviderHeadroom['role'],
  provider: string,
  model: string,
  head: number | undefined,
): ProviderHeadroom {
  const limits = limitsOf(input.rateLimits, provider, model);
  const { callsPerDay, peakFactor = 1 } = input.traffic;
  return {
    provider,
    model,
    role,
    tokensPerCall: head === undefined ? {} : { head },
    limits,
    loads: LOAD_FACTORS.map((factor) => loadAt(factor, callsPerDay, peakFactor, head, limits)),
  };
}

/** The load at `factor` times the traffic, with each limit it passes and each it cannot be held to. */
function loadAt(
  factor: number,
  callsPerDay: number,
  peakFactor: number,
  tokensPerCall: number | undefined,
  limits: ModelRateLimits,
): HeadroomLoad {
  const requestsPerMinute = (callsPerDay * factor * peakFactor) / MINUTES_PER_DAY;
  const load: HeadroomLoad = {
    factor,
    requestsPerMinute,
    ...(tokensPerCall !== undefined && { tokensPerMinute: requestsPerMinute * tokensPerCall }),
    requestsPerDay: callsPerDay * factor,
    past: [],
    unknown: [],
  };
  for (const limit of ['requestsPerMinute', 'tokensPerMinute', 'requestsPerDay'] as const) {
    const figure = limits[limit];
    const value = figureOf(load, limit);
    // A daily limit nobody stated is not asked after: few providers have one.
    if (!figure && limit === 'requestsPerDay') continue;
    if (!figure || value === undefined) load.unknown.push(limit);
    else if (value > figure.value) (figure.source === 'remaining' ? load.unknown : load.past).push(limit);
  }
  return load;
}

function figureOf(load: HeadroomLoad, limit: LimitName): number | undefined {
  return load[limit];
}

/** The limits known for a provider entry's model (none: every figure unknown). */
function limitsOf(entries: RateLimitEntry[], provider: string, model: string): ModelRateLimits {
  return entries.find((entry) => entry.provider === provider && entry.model === model)?.limits ?? {};
}

/** Mean tokens (input and output) of a version's answered calls, or undefined when none reported usage. */
function tokensPerCall(records: CallRecord[], version: Version): number | undefined {
  let total = 0;
  let calls = 0;
  for (const record of records) {
    if (record.version !== version || record.status !== 'ok' || !record.usage) continue;
    total += record.usage.input + record.usage.output;
    calls++;
  }
  return calls === 0 ? undefined : total / calls;
}
