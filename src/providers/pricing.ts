import { calcPrice, findProvider } from '@pydantic/genai-prices';
import { UserError } from '../errors.js';
import type { PriceOverride, SourceLocation, Usage } from '../types.js';

/**
 * The price table: the pinned `@pydantic/genai-prices` release (its data ships inside the package,
 * with no separate data version). Base and head are priced with this one table, and the report
 * names it, so a price update is never read as a regression. A test keeps it equal to the
 * installed version.
 */
const PRICE_TABLE = '@pydantic/genai-prices@0.1.8';

const TOKENS_PER_PRICE_UNIT = 1_000_000;
// Sums of float prices pick up noise in the 17th digit; a micro-cent is far below any bill.
const USD_PRECISION = 1e12;

/** Where a model was configured, so a missing price points at the right provider entry. */
export interface PriceSource {
  providerId?: string;
  location?: SourceLocation;
}

/** The price table's name and version, for the report. */
export function priceTableVersion(): string {
  return PRICE_TABLE;
}

/**
 * The USD cost of one call. `usage.input` includes cached input and `usage.output` includes
 * reasoning, as OpenAI reports them. A config override (USD per million tokens) wins over the table.
 * Throws a UserError for a model the table does not know and the config does not price.
 */
export function priceUsage(
  model: string,
  usage: Usage,
  override?: PriceOverride,
  source?: PriceSource,
): number {
  const usd = override ? priceWithOverride(usage, override) : priceFromTable(model, usage, source);
  return roundUsd(usd);
}

/** Fails early, before any call, when a model has neither a table price nor an override. */
export function assertPriced(model: string, override?: PriceOverride, source?: PriceSource): void {
  if (!override)
    priceFromTable(model, { input: 0, cachedInput: 0, output: 0, reasoning: 0, estimated: true }, source);
}

function priceWithOverride(usage: Usage, price: PriceOverride): number {
  const uncachedInput = usage.input - usage.cachedInput;
  const visibleOutput = usage.output - usage.reasoning;
  const usd =
    uncachedInput * price.input +
    usage.cachedInput * (price.cachedInput ?? price.input) +
    visibleOutput * price.output +
    usage.reasoning * (price.reasoning ?? price.output);
  return usd / TOKENS_PER_PRICE_UNIT;
}

interface TableLookup {
  model: string;
  providerId?: string;
}

// The table walks a provider's match rules on every call (50 to 85 us), and a run prices thousands
// of calls of a few models, many of the same size (repeats, base and head of one case).
const tablePrices = new Map<string, number | null>();

function priceFromTable(model: string, usage: Usage, source?: PriceSource): number {
  const key = `${model}\0${usage.input}\0${usage.cachedInput}\0${usage.output}`;
  let usd = tablePrices.get(key);
  if (usd === undefined) {
    usd = calcTablePrice(model, usage);
    tablePrices.set(key, usd);
  }
  if (usd === null) throw unknownPrice(model, source);
  return usd;
}

function calcTablePrice(model: string, usage: Usage): number | null {
  const tokens = {
    input_tokens: usage.input,
    cache_read_tokens: usage.cachedInput,
    output_tokens: usage.output,
  };
  for (const lookup of tableLookups(model)) {
    const price = calcPrice(tokens, lookup.model, lookup.providerId ? { providerId: lookup.providerId } : {});
    if (price) return price.total_price;
  }
  return null;
}

/**
 * The ways to find a model in the table: `openai/gpt-4o-mini` is model `gpt-4o-mini` of provider
 * `openai` (the table returns nothing for the prefixed id); a bare id is tried as OpenAI's first,
 * then matched against every provider.
 */
function tableLookups(model: string): TableLookup[] {
  const slash = model.indexOf('/');
  if (slash > 0) {
    const prefix = model.slice(0, slash);
    const rest = model.slice(slash + 1);
    if (findProvider({ providerId: prefix })) return [{ model: rest, providerId: prefix }, { model }];
    return [{ model }, { model: rest }];
  }
  return [{ model, providerId: 'openai' }, { model }];
}

function unknownPrice(model: string, source?: PriceSource): UserError {
  const entry = source?.providerId ? `providers.${source.providerId}` : 'the provider entry';
  return new UserError(
    `No price for model '${model}' in ${PRICE_TABLE}. Add \`price: { input, output }\` (USD per million ` +
      `tokens) to ${entry} in the config, so its cost is counted instead of shown as $0.`,
    source?.location,
  );
}

/** USD to a millionth of a micro-dollar: what a sum of prices keeps, whatever order it was added in. */
export function roundUsd(usd: number): number {
  return Math.round(usd * USD_PRECISION) / USD_PRECISION;
}
