import type {
  FindingFacts,
  HeadroomLoad,
  LimitFigure,
  LimitName,
  PromptVerdict,
  ProviderHeadroom,
} from '../types.js';
import { formatCount } from './format.js';
import { inlineCode } from './sanitize.js';

/** How a limit is named in the report. */
export const LIMIT_NAMES: Record<LimitName, string> = {
  requestsPerMinute: 'RPM',
  tokensPerMinute: 'TPM',
  requestsPerDay: 'requests/day',
};

/** Where a limit was read, in a few words. */
const SOURCES: Record<LimitFigure['source'], string> = {
  stated: 'stated by its answers',
  remaining: 'at least: only remaining-* headers',
  configured: 'providers.*.limits',
  tier: "GitHub Models' free tier",
};

/** The table's header row, for the section that renders it. */
export const HEADROOM_HEADER = [
  'Prompt',
  'Provider',
  'Tokens / call, base → head',
  '1x',
  '3x',
  '5x',
  'Limits',
] as const;

/**
 * Rows of the Load headroom table: per prompt, the primary and each fallback, with the busiest
 * minute's requests and tokens at 1x, 3x and 5x the traffic, each marked against the limits.
 */
export function headroomRows(verdicts: PromptVerdict[]): string[][] {
  return verdicts.flatMap((verdict) =>
    (verdict.headroom?.providers ?? []).map((provider) => [
      inlineCode(verdict.prompt),
      `${provider.role === 'fallback' ? 'fallback ' : ''}${inlineCode(provider.provider, 60)} ${inlineCode(provider.model, 80)}`,
      tokensCell(provider),
      ...provider.loads.map(loadCell),
      limitsCell(provider),
    ]),
  );
}

/** `1,234 → 2,960 (2.4x)`, or what the tokens were taken from. */
function tokensCell({ tokensPerCall, tokensFrom }: ProviderHeadroom): string {
  const { base, head } = tokensPerCall;
  if (head === undefined) return 'not measured';
  const ratio = base ? ` (${(head / base).toFixed(1)}x)` : '';
  const from = tokensFrom === 'primary' ? " (head's on the primary)" : '';
  return `${base === undefined ? '' : `${whole(base)} → `}${whole(head)}${ratio}${from}`;
}

/** `12 RPM, 4,800 TPM` with ❌ on what passes a limit and ❔ on what no limit is known for. */
function loadCell(load: HeadroomLoad): string {
  const mark = (limit: LimitName): string =>
    load.past.includes(limit) ? ' ❌' : load.unknown.includes(limit) ? ' ❔' : '';
  const figures = [`${rate(load.requestsPerMinute)} RPM${mark('requestsPerMinute')}`];
  figures.push(
    load.tokensPerMinute === undefined
      ? 'TPM not measured'
      : `${rate(load.tokensPerMinute)} TPM${mark('tokensPerMinute')}`,
  );
  if (load.past.includes('requestsPerDay')) figures.push(`${whole(load.requestsPerDay)}/day ❌`);
  return figures.join(', ');
}

/** `RPM 500, TPM 30,000 (stated by its answers)`, or `limits unknown`. */
function limitsCell({ limits }: ProviderHeadroom): string {
  const known = (Object.keys(LIMIT_NAMES) as LimitName[]).flatMap((limit) => {
    const figure = limits[limit];
    return figure ? [`${LIMIT_NAMES[limit]} ${whole(figure.value)} (${SOURCES[figure.source]})`] : [];
  });
  return known.length === 0 ? 'limits unknown: none stated or configured' : known.join(', ');
}

type HeadroomFacts = Extract<FindingFacts, { kind: 'headroom' }>;

/**
 * `head uses 2.4x the tokens per call of base (1,234 → 2,960): at 3x traffic (30,000 calls/day,
 * peak 2x) it needs 123,333 TPM, past the TPM limit of 100,000 of main (gpt-4o), stated by its answers`.
 */
export function headroomSentence(facts: HeadroomFacts): string {
  const { base, head } = facts.tokensPerCall;
  const growth =
    base && head
      ? `head uses ${(head / base).toFixed(1)}x the tokens per call of base (${whole(base)} → ${whole(head)}): `
      : head
        ? `head uses ${whole(head)} tokens per call: `
        : '';
  const traffic = `${whole(facts.callsPerDay * facts.factor)} calls/day${facts.peakFactor === 1 ? '' : `, peak ${facts.peakFactor}x`}`;
  const name = LIMIT_NAMES[facts.limit];
  return `${growth}at ${facts.factor}x traffic (${traffic}) it needs ${rate(facts.load)} ${name}, past the ${name} limit of ${whole(facts.value)} of ${facts.provider} (${facts.model}), ${SOURCES[facts.source]}: threshold`;
}

/** A per-minute figure: whole above 10, one decimal below. */
function rate(value: number): string {
  return value >= 10 ? whole(value) : value.toFixed(1);
}

function whole(value: number): string {
  return formatCount(Math.round(value));
}
