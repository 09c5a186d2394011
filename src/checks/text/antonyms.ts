/**
 * Opposite words: the swap a fabricated claim makes while keeping the wording (`increase` for
 * `decrease`, `unsuitable` for `suitable`). A small general list plus negating prefixes; English only.
 */
import { stem } from './tokens.js';

/** Common opposite pairs, as plain words; compared after stemming. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['increase', 'decrease'],
  ['increase', 'reduce'],
  ['rise', 'fall'],
  // Irregular past tenses the stemmer leaves alone.
  ['rose', 'fell'],
  ['grew', 'shrank'],
  ['won', 'lost'],
  ['began', 'ended'],
  ['raise', 'lower'],
  ['grow', 'shrink'],
  ['improve', 'worsen'],
  ['better', 'worse'],
  ['best', 'worst'],
  ['superior', 'inferior'],
  ['gain', 'lose'],
  ['win', 'lose'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['most', 'least'],
  ['many', 'few'],
  ['high', 'low'],
  ['higher', 'lower'],
  ['highest', 'lowest'],
  ['large', 'small'],
  ['larger', 'smaller'],
  ['big', 'small'],
  ['long', 'short'],
  ['longer', 'shorter'],
  ['fast', 'slow'],
  ['faster', 'slower'],
  ['early', 'late'],
  ['earlier', 'later'],
  ['before', 'after'],
  ['first', 'last'],
  ['start', 'stop'],
  ['begin', 'end'],
  ['open', 'close'],
  ['add', 'remove'],
  ['include', 'exclude'],
  ['accept', 'reject'],
  ['allow', 'forbid'],
  ['allow', 'prevent'],
  ['enable', 'disable'],
  ['encourage', 'discourage'],
  ['agree', 'disagree'],
  ['like', 'dislike'],
  ['approve', 'disapprove'],
  ['succeed', 'fail'],
  ['success', 'failure'],
  ['pass', 'fail'],
  ['buy', 'sell'],
  ['cheap', 'expensive'],
  ['cheaper', 'pricier'],
  ['easy', 'difficult'],
  ['easy', 'hard'],
  ['simple', 'complex'],
  ['strong', 'weak'],
  ['stronger', 'weaker'],
  ['positive', 'negative'],
  ['true', 'false'],
  ['always', 'never'],
  ['all', 'none'],
  ['same', 'different'],
  ['similar', 'different'],
  ['maximum', 'minimum'],
  ['upper', 'lower'],
  ['above', 'below'],
  ['inside', 'outside'],
  ['internal', 'external'],
  ['public', 'private'],
  ['old', 'new'],
  ['older', 'newer'],
  ['oldest', 'newest'],
  ['young', 'old'],
  ['younger', 'older'],
  ['rich', 'poor'],
  ['safe', 'dangerous'],
  ['secure', 'insecure'],
  ['present', 'absent'],
  ['male', 'female'],
  ['north', 'south'],
  ['east', 'west'],
  ['win', 'loss'],
  ['profit', 'loss'],
  ['major', 'minor'],
  ['optional', 'mandatory'],
  ['optional', 'required'],
  ['temporary', 'permanent'],
  ['free', 'paid'],
  ['online', 'offline'],
  ['remote', 'onsite'],
  ['increasing', 'decreasing'],
  ['accurate', 'inaccurate'],
  ['useful', 'useless'],
  ['helpful', 'unhelpful'],
  ['significant', 'insignificant'],
  ['effective', 'ineffective'],
];

/** Prefixes that negate the word they join (`unlimited`, `inefficient`, `dissimilar`, `non-profit`). */
const NEGATING_PREFIXES = ['un', 'in', 'im', 'ir', 'il', 'dis', 'non'];

/** Shortest stem a prefix may join: `display` is not `dis` + `play`. */
const MIN_PREFIXED_STEM = 5;

const OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!map.has(a)) map.set(a, new Set());
    map.get(a)?.add(b);
  };
  for (const [a, b] of PAIRS) {
    link(stem(a), stem(b));
    link(stem(b), stem(a));
  }
  return map;
})();

/** The opposite of a stemmed word that `known` holds (`worsen` when `known` has `improv`), if any. */
export function oppositeIn(word: string, known: ReadonlySet<string>): string | undefined {
  for (const opposite of OPPOSITES.get(word) ?? []) if (known.has(opposite)) return opposite;
  for (const prefix of NEGATING_PREFIXES) {
    const base = word.slice(prefix.length);
    if (word.startsWith(prefix) && base.length >= MIN_PREFIXED_STEM && known.has(base)) return base;
    if (word.length >= MIN_PREFIXED_STEM && known.has(prefix + word)) return prefix + word;
  }
  return undefined;
}
