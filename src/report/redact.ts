/**
 * Masks what the gate must not republish: the credentials the run holds (registered once, at start)
 * and whatever the `secrets` and `pii` checks detect. Masking is detection: the same functions
 * decide what a check reports and what every output hides.
 */
import { findPii, type PiiType } from '../checks/pii.js';
import { WINDOW_OVERLAP, WINDOW_STEP } from '../checks/guard/text.js';
import { findSecrets } from '../checks/secrets.js';
import type { Config } from '../types.js';

/** Shorter values are no credential, and masking them would mask ordinary words of the report. */
const MIN_SECRET_CHARS = 8;

/**
 * An excerpt cut mid-secret keeps a part of it: a part this long of a known secret's start or end
 * is masked too. Shorter parts cannot be told from chance.
 */
const MIN_FRAGMENT_CHARS = 12;

/**
 * The detectors are run on windows of the text: their regexes take time quadratic in the length of
 * some inputs (a long run of `a.a.a.`), so a window bounds the work per character. Windows overlap
 * by more than any credential or personal datum is long, and start a little early so a detector
 * still sees the words before a match (a phone number needs "phone" nearby).
 */
// Window size and overlap are the checks' own (src/checks/guard/text.ts); a shorter lead suffices here.
const WINDOW_CONTEXT = 64;

/** At most this much of a masked value is kept, and never more than a quarter of it. */
const PREFIX_CHARS = 6;

/** Names of environment variables that hold credentials by convention. */
const CREDENTIAL_NAME =
  /(?:^|[_-])(?:API[_-]?KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|PAT|CREDENTIALS?)(?:$|[_-])/i;

/** Known secret values and the name each is shown under, e.g. `OPENAI_API_KEY`. */
const knownSecrets = new Map<string, string>();

/** One range of a text to mask, end-exclusive. */
interface Span {
  kind: string;
  start: number;
  end: number;
}

/** `[OpenAI API key: sk-pro…(56 chars)]`: the kind and a short prefix, never the value. */
export function maskValue(kind: string, value: string): string {
  const shown = Array.from(value)
    .slice(0, Math.min(PREFIX_CHARS, Math.floor(value.length / 4)))
    .join('');
  return `[${kind}: ${shown}…(${value.length} chars)]`;
}

/**
 * Registers a value every output must mask wherever it appears, shown as `label` (the variable
 * that held it). Returns whether it was new: values under 8 characters are never registered.
 */
export function registerSecret(value: string | undefined, label: string): boolean {
  if (!value || value.length < MIN_SECRET_CHARS || knownSecrets.has(value)) return false;
  knownSecrets.set(value, label);
  // What was masked before may hold the new secret.
  memo.clear();
  return true;
}

/**
 * The credentials in `env`: variables named like one (`*_API_KEY`, `*_TOKEN`, `*_SECRET`, ...,
 * `INPUT_GITHUB-TOKEN` too) and, once the config is read, every provider's `apiKeyEnv`.
 */
export function credentialsIn(
  env: Record<string, string | undefined>,
  config?: Pick<Config, 'providers'>,
): Array<{ name: string; value: string }> {
  const listed = new Set(Object.values(config?.providers ?? {}).flatMap((p) => p.apiKeyEnv ?? []));
  return Object.entries(env).flatMap(([name, value]) =>
    value && value.length >= MIN_SECRET_CHARS && (listed.has(name) || CREDENTIAL_NAME.test(name))
      ? [{ name, value }]
      : [],
  );
}

/** Where known secrets, or parts of them left by a cut, appear in `text`. */
function knownSecretSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [secret, label] of knownSecrets) {
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
      spans.push({ kind: label, start: at, end: at + secret.length });
    }
    if (secret.length <= MIN_FRAGMENT_CHARS) continue;
    const head = secret.slice(0, MIN_FRAGMENT_CHARS);
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      let end = at + head.length;
      while (end < text.length && end - at < secret.length && text[end] === secret[end - at]) end++;
      spans.push({ kind: label, start: at, end });
    }
    const tail = secret.slice(-MIN_FRAGMENT_CHARS);
    for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      let start = at;
      const offset = secret.length - MIN_FRAGMENT_CHARS;
      while (start > 0 && at - start < offset && text[start - 1] === secret[offset - (at - start) - 1])
        start--;
      spans.push({ kind: label, start, end: at + tail.length });
    }
  }
  return spans;
}

/**
 * `text` with every known secret (and any 12-character start or end of one), every credential the
 * `secrets` check detects and every piece of personal data the `pii` check detects masked by
 * {@link maskValue}.
 */
export function redact(text: string): string {
  return memo.get(text) ?? memo.set(text, masked(text));
}

/**
 * What {@link redact} gave recent texts: the same text recurs (a system prompt in every case's
 * request, an answer in results.json, report.html, junit.xml and the comment) and is masked once.
 * Bounded, so a run's every distinct answer is not held twice: two generations, the older dropped
 * when the newer holds `GENERATION` texts or `GENERATION_CHARS` characters, a text found in the older
 * carried over, so a text that keeps recurring is never masked again.
 */
class RedactionMemo {
  private static readonly GENERATION = 1_000;
  private static readonly GENERATION_CHARS = 1_000_000;
  private newer = new Map<string, string>();
  private older = new Map<string, string>();
  private newerChars = 0;

  get(text: string): string | undefined {
    const shown = this.newer.get(text);
    if (shown !== undefined) return shown;
    const old = this.older.get(text);
    return old === undefined ? undefined : this.set(text, old);
  }

  set(text: string, shown: string): string {
    if (this.newer.size >= RedactionMemo.GENERATION || this.newerChars >= RedactionMemo.GENERATION_CHARS) {
      this.older = this.newer;
      this.newer = new Map();
      this.newerChars = 0;
    }
    this.newer.set(text, shown);
    this.newerChars += text.length;
    return shown;
  }

  clear(): void {
    this.newer = new Map();
    this.older = new Map();
    this.newerChars = 0;
  }
}

const memo = new RedactionMemo();

/** {@link redact} without the memo. */
function masked(text: string): string {
  const known = knownSecretSpans(text);
  const detected = detectedSpans(text);
  if (known.length === 0 && detected.length === 0) return text;
  const spans: Span[] = [...known, ...detected];
  // Overlapping finds are masked as one: no character any of them covers stays visible. The mask
  // names the first of them as listed: a known secret, then a credential, then personal data.
  const merged: Array<Span & { rank: number }> = [];
  const ranked = spans.map((span, rank) => ({ ...span, rank })).sort((a, b) => a.start - b.start);
  for (const span of ranked) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      if (span.rank < last.rank) Object.assign(last, { kind: span.kind, rank: span.rank });
      last.end = Math.max(last.end, span.end);
    } else merged.push({ ...span });
  }
  let out = '';
  let from = 0;
  for (const span of merged) {
    out += text.slice(from, span.start) + maskValue(span.kind, text.slice(span.start, span.end));
    from = span.end;
  }
  return out + text.slice(from);
}

/**
 * Personal data masked on every surface: the kinds with a format that proves them. Names and
 * addresses are a model's guess; masking every guess would garble prompts and reasons alike.
 */
const MASKED_PII: ReadonlySet<PiiType> = new Set<PiiType>([
  'credit-card',
  'iban',
  'email',
  'phone',
  'ipv4',
  'ipv6',
  'us-ssn',
  'uk-nino',
]);

/** What the `secrets` check, then the `pii` check, detect in `text`, window by window. */
function detectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let step = 0; step < text.length; step += WINDOW_STEP) {
    const from = Math.max(0, step - WINDOW_CONTEXT);
    const to = Math.min(text.length, step + WINDOW_STEP + WINDOW_OVERLAP);
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    const add = (kind: string, start: number, end: number): void => {
      // Longer than the overlap and cut by the window (a private key block): masked on to the next blank line.
      const cut = end === window.length && to < text.length && end - start > WINDOW_OVERLAP;
      const blank = cut ? text.indexOf('\n\n', to) : -1;
      spans.push({ kind, start: from + start, end: cut ? (blank < 0 ? text.length : blank) : from + end });
    };
    for (const m of findSecrets(window)) add(m.kind, m.start, m.end);
    for (const m of findPii(window, MASKED_PII)) add(m.type, m.start, m.end);
  }
  return spans;
}
