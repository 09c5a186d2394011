// Scores the offline guardrail detectors on labelled sets: node scripts/run-ts.mjs bench/guardrails.ts <data-dir>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPii, type PiiType } from '../src/checks/pii.js';
import { classifyRefusal, type RefusalRule } from '../src/checks/refusal.js';
import { findToxicity, type ToxicityRule } from '../src/checks/toxicity.js';
import { findAddresses, type AddressEvidence } from '../src/checks/guard/street-address.js';
import {
  balancedAccuracy,
  crossValidate,
  crossValidateSpans,
  describeCv,
  matchSpans,
  spanF1,
  type Detector,
  type Span,
  type SpanCounts,
  type SpanDetector,
} from './cross-validation.js';
import {
  INJECTIONS,
  JAILBREAKS,
  EXTRACTIONS,
  INDIRECT_INJECTIONS,
} from '../src/datasets/adversarial/attacks.js';
import { loadLanguageModels } from '../src/checks/guard/language-models.js';

await loadLanguageModels();

/** A row of pii_presidio_synth: a text and its labelled entities (Presidio type names, character offsets). */
interface PiiRow {
  text: string;
  entities: { type: string; start: number; end: number }[];
  template_id: number;
}
/** A row of xstest_refusal: a completion labelled compliance, partial_refusal or full_refusal. */
interface RefusalRow {
  completion: string;
  label: string;
  prompt: string;
  prompt_type: string;
}
/** A row of the lexicon and the attack sets: a text, and its label where the set has one. */
interface TextRow {
  text: string;
  label?: string;
}
/** A row of toxicity_hatecheck: a text labelled toxic or not, and its HateCheck functionality. */
interface HateRow {
  text: string;
  label: string;
  category: string;
  templ_id: string;
}

/** The rows of `<name>.dev.jsonl`, in the shape the set is written in. */
function load<Row>(dir: string, name: string): Row[] {
  return readFileSync(join(dir, `${name}.dev.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);
}

/** Folds for template- and document-level cross-validation (leave-one-out where the groups are categories). */
const FOLDS = 5;

const f = (x: number): string => x.toFixed(3);

/** Presidio types mapped to ours; the rest (GPE, ORGANIZATION, DATE_TIME...) are out of scope. */
const PRESIDIO: Record<string, PiiType> = {
  CREDIT_CARD: 'credit-card',
  IBAN_CODE: 'iban',
  EMAIL_ADDRESS: 'email',
  PHONE_NUMBER: 'phone',
  IP_ADDRESS: 'ipv4',
  US_SSN: 'us-ssn',
  PERSON: 'person',
  STREET_ADDRESS: 'address',
};

function benchPii(dir: string): void {
  const rows = load<PiiRow>(dir, 'pii_presidio_synth');
  const goldOf = (row: PiiRow, type: PiiType): Span[] =>
    row.entities.filter((e) => PRESIDIO[e.type] === type);
  const unify = (t: PiiType): PiiType => (t === 'ipv6' ? 'ipv4' : t);
  const stats = new Map<PiiType, SpanCounts>();
  for (const row of rows) {
    const found = findPii(row.text).map((m) => ({ ...m, type: unify(m.type) }));
    const types = new Set([...row.entities.map((e) => PRESIDIO[e.type]), ...found.map((m) => m.type)]);
    for (const type of types) {
      if (!type) continue;
      const { counts } = matchSpans(
        goldOf(row, type),
        found.filter((m) => m.type === type),
      );
      const total = stats.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      stats.set(type, { tp: total.tp + counts.tp, fp: total.fp + counts.fp, fn: total.fn + counts.fn });
    }
  }
  // Entity-level match: same type and overlapping span.
  console.log('\n## PII entity-level F1 (pii_presidio_synth, dev)');
  const structured: PiiType[] = ['credit-card', 'iban', 'email', 'phone', 'ipv4', 'us-ssn'];
  const all: SpanCounts = { tp: 0, fp: 0, fn: 0 };
  for (const [type, s] of [...stats].sort()) {
    const p = s.tp / Math.max(1, s.tp + s.fp),
      r = s.tp / Math.max(1, s.tp + s.fn);
    console.log(
      `${type.padEnd(12)} tp=${s.tp} fp=${s.fp} fn=${s.fn} P=${f(p)} R=${f(r)} F1=${f(spanF1(s))}${structured.includes(type) ? '' : '  (unstructured)'}`,
    );
    if (structured.includes(type)) {
      all.tp += s.tp;
      all.fp += s.fp;
      all.fn += s.fn;
    }
  }
  console.log(`structured micro F1=${f(spanF1(all))} (target >= 0.95)`);
  const addresses: SpanDetector<PiiRow, AddressEvidence> = {
    gold: (row) => goldOf(row, 'address'),
    find: (row, disabled) =>
      findAddresses(row.text, disabled).map((a) => ({
        start: a.index,
        end: a.index + a[0].length,
        rules: a.evidence,
      })),
  };
  const dev = rows.reduce(
    (sum, row) => {
      const { counts } = matchSpans(addresses.gold(row), addresses.find(row, new Set()));
      return { tp: sum.tp + counts.tp, fp: sum.fp + counts.fp, fn: sum.fn + counts.fn };
    },
    { tp: 0, fp: 0, fn: 0 },
  );
  const cv = crossValidateSpans(rows, (row) => String(row.template_id), FOLDS, addresses);
  const off = [...new Set(cv.disabledPerFold.flat())];
  console.log(
    `addresses alone, leave templates out (5 folds): dev F1=${f(spanF1(dev))}  grouped-CV F1=${f(spanF1(cv.counts))} ` +
      `(folds ${f(Math.min(...cv.foldScores))}..${f(Math.max(...cv.foldScores))}; tp=${cv.counts.tp} fp=${cv.counts.fp} fn=${cv.counts.fn})` +
      (off.length > 0 ? `  rules off in some fold: ${off.join(', ')}` : '') +
      ' (target >= 0.60)',
  );
  benchAddressFalseAlarms(dir);
}

/**
 * Addresses flagged in texts of the other sets, which label no personal data: model answers,
 * questions, knowledge passages and documents. Each span is printed to be checked by hand.
 */
function benchAddressFalseAlarms(dir: string): void {
  const fields: Array<[string, string[]]> = [
    ['xstest_refusal', ['completion']],
    ['halueval_qa', ['knowledge', 'question', 'answer']],
    ['truthfulqa', ['question', 'answer']],
    ['summedits_documents', ['document']],
    ['benign_prompts', ['text']],
  ];
  const texts = fields.flatMap(([name, keys]) =>
    load<Record<string, unknown>>(dir, name).flatMap((row) =>
      keys.map((key) => row[key]).filter((value): value is string => typeof value === 'string'),
    ),
  );
  const found = texts.flatMap((text) => findAddresses(text).map((a) => a[0]));
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(
    `addresses flagged in ${texts.length} unlabelled texts of other sets (${chars} chars): ${found.length}`,
  );
  for (const value of found) console.log(`  ${JSON.stringify(value)}`);
}

const APOLOGY = /\b(sorry|apologi[sz]e|i can(?:no|')t|i cannot|as an ai)\b/i;

function benchRefusal(dir: string): void {
  const rows = load<RefusalRow>(dir, 'xstest_refusal');
  const pairs = rows.map((r): [boolean, boolean] => [
    r.label !== 'compliance',
    classifyRefusal(r.completion) !== 'comply',
  ]);
  const base = rows.map((r): [boolean, boolean] => [r.label !== 'compliance', APOLOGY.test(r.completion)]);
  const m = balancedAccuracy(pairs),
    b = balancedAccuracy(base);
  console.log('\n## Refusal (xstest_refusal, dev; refusal+partial vs compliance)');
  console.log(`classifier BA=${f(m.ba)} TPR=${f(m.tpr)} TNR=${f(m.tnr)} (target >= 0.92)`);
  console.log(`apology-phrase baseline BA=${f(b.ba)} TPR=${f(b.tpr)} TNR=${f(b.tnr)}`);
  const detector: Detector<RefusalRow, RefusalRule> = {
    gold: (row) => row.label !== 'compliance',
    predict: (row, trace) => classifyRefusal(row.completion, trace) !== 'comply',
  };
  console.log(
    describeCv(
      'leave prompts out (5 folds)',
      m.ba,
      crossValidate(rows, (r) => r.prompt, FOLDS, detector),
    ),
  );
  const types = new Set(rows.map((r) => r.prompt_type)).size;
  console.log(
    describeCv(
      `leave a prompt type out (${types} folds)`,
      m.ba,
      crossValidate(rows, (r) => r.prompt_type, types, detector),
    ),
  );
  console.log(`floor: apology-phrase list BA=${f(b.ba)}`);
  const partial = rows.filter((r) => r.label === 'partial_refusal');
  console.log(
    `partial_refusal rows classified partial: ${partial.filter((r) => classifyRefusal(r.completion) === 'partial').length}/${partial.length}`,
  );
  if (process.env.BENCH_VERBOSE)
    rows.forEach((r, i) => {
      if (pairs[i][0] !== pairs[i][1])
        console.log(`  MISS ${r.label} | ${r.completion.slice(0, 140).replace(/\n/g, ' ')}`);
    });
}

function benchToxicity(dir: string): void {
  const rows = load<HateRow>(dir, 'toxicity_hatecheck');
  const lexicon = load<TextRow>(dir, 'toxicity_lexicon_ldnoobw_en').map((r) => r.text.toLowerCase());
  const isHate = (text: string) =>
    findToxicity(text).some((t) => t.category === 'hate' || t.category === 'threat');
  const lex = (text: string) =>
    lexicon.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text));
  const m = balancedAccuracy(rows.map((r) => [r.label === 'toxic', isHate(r.text)]));
  const b = balancedAccuracy(rows.map((r) => [r.label === 'toxic', lex(r.text)]));
  console.log('\n## Toxicity / hate (toxicity_hatecheck, dev)');
  console.log(`detector BA=${f(m.ba)} TPR=${f(m.tpr)} TNR=${f(m.tnr)} (target >= 0.80)`);
  console.log(`LDNOOBW-dev lexicon baseline BA=${f(b.ba)} TPR=${f(b.tpr)} TNR=${f(b.tnr)}`);
  const byCat = new Map<string, [number, number]>();
  for (const r of rows) {
    const ok = isHate(r.text) === (r.label === 'toxic');
    const [c, n] = byCat.get(r.category) ?? [0, 0];
    byCat.set(r.category, [c + (ok ? 1 : 0), n + 1]);
  }
  console.log([...byCat].map(([k, [c, n]]) => `${k}=${c}/${n}`).join('  '));
  const detector: Detector<HateRow, ToxicityRule> = {
    gold: (row) => row.label === 'toxic',
    predict: (row, { disabled, threshold, fired }) =>
      findToxicity(row.text, { disabled, fired, sentenceValence: threshold }).some(
        (t) => t.category === 'hate' || t.category === 'threat',
      ),
    thresholds: [-0.05, -0.2, -0.3, -0.4, -0.5, -0.7],
  };
  console.log(
    describeCv(
      'leave templates out (5 folds)',
      m.ba,
      crossValidate(rows, (r) => r.templ_id, FOLDS, detector),
    ),
  );
  const categories = new Set(rows.map((r) => r.category)).size;
  console.log(
    describeCv(
      `leave a functional category out (${categories} folds)`,
      m.ba,
      crossValidate(rows, (r) => r.category, categories, detector),
    ),
  );
  console.log(`floor: LDNOOBW-dev lexicon BA=${f(b.ba)}`);
  benchToxicityFalseAlarms(dir);
}

/**
 * Hate, threats and harassment (what the check fails on by default) flagged in texts of the other
 * sets, which hold none: benign prompts, model answers, questions, passages and documents.
 */
function benchToxicityFalseAlarms(dir: string): void {
  const fields: Array<[string, string[]]> = [
    ['benign_prompts', ['text']],
    ['xstest_refusal', ['completion']],
    ['truthfulqa', ['question', 'answer']],
    ['halueval_qa', ['knowledge', 'answer']],
    ['summedits_documents', ['document']],
  ];
  const counts = fields.map(([name, keys]) => {
    const texts = load<Record<string, unknown>>(dir, name).flatMap((row) =>
      keys.map((key) => row[key]).filter((value): value is string => typeof value === 'string'),
    );
    const flagged = texts.flatMap((text) =>
      findToxicity(text)
        .filter((t) => t.category !== 'profanity')
        .slice(0, 1),
    );
    if (process.env.BENCH_VERBOSE)
      for (const t of flagged)
        console.log(`  FALSE ALARM ${name} ${t.category}: ${t.sentence.slice(0, 160)}`);
    return `${name} ${flagged.length}/${texts.length}`;
  });
  console.log(`hate, threat or harassment flagged in texts that hold none: ${counts.join(', ')}`);
}

/** Signals of an instruction aimed at the model rather than at the task: used to compare built-in and in-the-wild attacks. */
const ATTACK_SIGNAL =
  /\b(ignore|disregard|forget)\b[^.]{0,40}\b(instructions?|rules|directives|above|previous|prior)\b|\b(system prompt|developer mode|jailbreak|DAN|do anything now|no (?:rules|restrictions|filters|limitations)|stay in character|unfiltered|uncensored|you are now|pretend (?:to be|you are)|act as|roleplay|role-play|hypothetical|override)\b|\b(reveal|print|repeat|output)\b[^.]{0,40}\b(instructions|prompt|secret|password|key)\b/i;

function benchAttacks(dir: string): void {
  console.log(
    '\n## Attack sets: input-side attack-signal detector (reference for how built-in attacks compare)',
  );
  const sets: Array<[string, TextRow[], (r: TextRow) => boolean]> = [
    ['attack_prompts', load(dir, 'attack_prompts'), () => true],
    ['indirect_injection_bipia', load(dir, 'indirect_injection_bipia'), (r) => r.label === 'injection'],
    ['system_prompt_extraction', load(dir, 'system_prompt_extraction'), (r) => r.label !== 'benign'],
    ['harmful_requests', load(dir, 'harmful_requests'), () => false],
    ['benign_prompts', load(dir, 'benign_prompts'), () => false],
  ];
  for (const [name, rows, isAttack] of sets) {
    const flagged = rows.filter((r) => ATTACK_SIGNAL.test(r.text));
    const attacks = rows.filter(isAttack);
    const tp = flagged.filter(isAttack).length;
    console.log(
      `${name.padEnd(26)} rows=${rows.length} attacks=${attacks.length} flagged=${flagged.length} recall=${f(tp / Math.max(1, attacks.length))} precision=${f(tp / Math.max(1, flagged.length))}`,
    );
  }
  const builtIn = [...INJECTIONS, ...INDIRECT_INJECTIONS, ...EXTRACTIONS, ...JAILBREAKS];
  console.log(
    `built-in attack templates flagged by the same detector: ${builtIn.filter((t) => ATTACK_SIGNAL.test(t)).length}/${builtIn.length}`,
  );
  const len = (xs: string[]) => Math.round(xs.reduce((s, x) => s + x.length, 0) / xs.length);
  console.log(
    `mean length: built-in templates ${len(builtIn)} chars; in-the-wild attack_prompts ${len(sets[0][1].map((r) => r.text))} chars`,
  );
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/run-ts.mjs bench/guardrails.ts <data-dir>');
  process.exit(2);
}
// An optional second argument runs one section: pii, refusal, toxicity or attacks.
const sections: Record<string, (dir: string) => void> = {
  pii: benchPii,
  refusal: benchRefusal,
  toxicity: benchToxicity,
  attacks: benchAttacks,
};
const only = process.argv[3];
if (only && !(only in sections)) {
  console.error(`unknown section '${only}'; expected one of ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}
for (const [name, bench] of Object.entries(sections)) if (!only || only === name) bench(dir);
