import { calcPrice, findProvider, type PriceCalculation } from '@pydantic/genai-prices';
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
  return Math.round(usd * USD_PRECISION) / USD_PRECISION;
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

/** Prices per token of a model whose table price is linear in its token counts. */
interface LinearPrice {
  perCall: number;
  input: number;
  cachedInput: number;
  output: number;
}

/** How a model was found in the table, and its linear prices when it has them. */
interface TableEntry {
  lookup: TableLookup;
  linear?: LinearPrice;
}

interface TableLookup {
  model: string;
  providerId?: string;
}

// Finding a model walks every provider's match rules (about 85 us a call), and a run prices
// thousands of calls of a handful of models: resolve each model once per process.
const tableEntries = new Map<string, TableEntry | null>();

// Probing with a million tokens makes each probe the table's own per-million price, exactly.
const PROBE_TOKENS = TOKENS_PER_PRICE_UNIT;

function priceFromTable(model: string, usage: Usage, source?: PriceSource): number {
  let entry = tableEntries.get(model);
  if (entry === undefined) {
    entry = resolveTableEntry(model);
    tableEntries.set(model, entry);
  }
  if (!entry) throw unknownPrice(model, source);
  const rates = entry.linear;
  if (!rates) return calcTable(entry.lookup, usage.input, usage.cachedInput, usage.output)!.total_price;
  return (
    rates.perCall +
    (usage.input - usage.cachedInput) * rates.input +
    usage.cachedInput * rates.cachedInput +
    usage.output * rates.output
  );
}

function resolveTableEntry(model: string): TableEntry | null {
  for (const lookup of tableLookups(model)) {
    const empty = calcTable(lookup, 0, 0, 0);
    if (empty)
      return { lookup, linear: isLinear(empty) ? linearPrice(lookup, empty.total_price) : undefined };
  }
  return null;
}

/**
 * Tiered prices depend on the size of the call and time-of-day prices on the clock, so only a
 * price made of plain per-token numbers can be reduced to rates.
 */
function isLinear(result: PriceCalculation): boolean {
  const conditions = Array.isArray(result.model.prices) ? result.model.prices : [];
  const clockBound = conditions.some((price) => price.constraint && price.constraint.type !== 'start_date');
  return !clockBound && Object.values(result.model_price).every((price) => typeof price === 'number');
}

function linearPrice(lookup: TableLookup, perCall: number): LinearPrice {
  const perToken = (input: number, cachedInput: number, output: number): number =>
    (calcTable(lookup, input, cachedInput, output)!.total_price - perCall) / PROBE_TOKENS;
  return {
    perCall,
    input: perToken(PROBE_TOKENS, 0, 0),
    cachedInput: perToken(PROBE_TOKENS, PROBE_TOKENS, 0),
    output: perToken(0, 0, PROBE_TOKENS),
  };
}

function calcTable(
  lookup: TableLookup,
  input: number,
  cachedInput: number,
  output: number,
): PriceCalculation | null {
  return calcPrice(
    { input_tokens: input, cache_read_tokens: cachedInput, output_tokens: output },
    lookup.model,
    lookup.providerId ? { providerId: lookup.providerId } : {},
  );
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
