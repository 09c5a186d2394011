import type {
  CallRecord,
  Case,
  CheckOutcome,
  CheckResult,
  CheckSpec,
  PlannedCall,
  ScoredRecord,
} from '../types.js';
import { checkOptions, describeCheck, knownCheck } from './names.js';
import { SAFETY_CHECKS, WHOLE_RUN_CHECKS } from './registry.js';
import { NO_JUDGE } from './text/judge-reply.js';
import { toPassages } from './text/passages.js';
import type { AnyCheckDefinition, CheckContext, JudgeFn } from './types.js';
import { Interned, Shared } from '../interned.js';

/** Suites whose inputs keep the golden case's meaning, so the golden case's checks still apply. */
const MEANING_KEPT = new Set([
  'typos',
  'noise',
  'emoji',
  'unicode',
  'leetspeak',
  'encoding',
  'language',
  'long',
]);

/**
 * Answers in scoring at once: enough to keep a judge's calls in flight at any `concurrency`, few
 * enough that scoring a large run holds little beside its records (all of a 20,000-call run's
 * answers scored at once added some 40 MB for their contexts and pending checks).
 */
const SCORING_AT_ONCE = 256;

/**
 * Runs every check that applies to each answer. Failed and not-run calls get no check outcomes:
 * nothing is claimed about an answer that does not exist. `promptChecks` gives the checks the config
 * and the prompt file declare for a prompt; records are in plan order, and so are the scored ones.
 * Each record is extended with its outcomes where it is, not copied: a run's records are its
 * largest data, and a copy of each held the run's peak (both sets alive until the last was scored).
 * Members are assigned, never spread: on Node 20 each object spread from a record and extended got a
 * hidden class of its own (some 450 bytes a record).
 */
export async function scoreRecords(
  records: CallRecord[],
  plan: PlannedCall[],
  promptChecks: (prompt: string) => CheckSpec[],
  judge: JudgeFn | undefined,
  moderate?: CheckContext['moderate'],
): Promise<ScoredRecord[]> {
  // Only `consistency` reads the other repeats' answers: gathered the first time one is asked for.
  let samples: Map<string, CallRecord[]> | undefined;
  const samplesOf = (record: CallRecord): string[] =>
    ((samples ??= samplesByCase(records)).get(sampleKey(record)) ?? [])
      .filter((other) => other.repeat !== record.repeat)
      .map((o) => o.output ?? '');
  // Most answers pass or fail a check for the same reason: one string for each.
  const reasons = new Interned();
  // An outcome, and a list of them, is one object for all the answers it is equal for (frozen: shared):
  // each of a run's answers held its own (some 130 bytes an answer with one check).
  const outcomes = new Shared<CheckOutcome>();
  const lists = new Shared<readonly CheckOutcome[]>();
  const scored: ScoredRecord[] = [];
  let next = 0;
  const scoreNext = async (): Promise<void> => {
    while (next < records.length) {
      const index = next++;
      const record = records[index];
      const call = plan[index];
      if (record.status !== 'ok') {
        scored[index] = Object.assign(record, { checks: [], pass: false });
        continue;
      }
      const context: CheckContext = {
        output: record.output ?? '',
        case: call.case,
        record,
        messages: call.request.messages,
        get samples() {
          return samplesOf(record);
        },
        judge,
        moderate,
      };
      const specs = applicableChecks(call.case, promptChecks(call.prompt));
      // Sized, not grown by push: a grown list keeps room for 17 outcomes.
      const checks = new Array<CheckOutcome>(specs.length);
      const keys = new Array<string>(specs.length);
      for (const [i, spec] of specs.entries()) {
        const result = await runCheck(spec, context);
        const reason = reasons.intern(result.reason);
        const outcome = Object.assign({ check: describeCheck(spec), name: spec.name }, result, { reason });
        keys[i] = JSON.stringify(outcome);
        checks[i] = outcomes.share(Object.freeze(outcome), keys[i]);
      }
      const shared = lists.share(Object.freeze(checks), keys.join('\n')) as CheckOutcome[];
      scored[index] = Object.assign(record, {
        checks: shared,
        pass: shared.every((c) => c.pass && !c.error),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(SCORING_AT_ONCE, records.length) }, scoreNext));
  return scored;
}

/** The checks for one case: golden cases and meaning-keeping variants get the prompt's checks too. */
export function applicableChecks(testCase: Case, promptChecks: CheckSpec[]): CheckSpec[] {
  const own = testCase.checks ?? [];
  const keepsMeaning = testCase.suite === undefined || MEANING_KEPT.has(testCase.suite);
  const inherited = promptChecks.filter(
    (spec) => !WHOLE_RUN_CHECKS.has(spec.name) && (keepsMeaning || SAFETY_CHECKS.has(spec.name)),
  );
  const ownNames = new Set(own.map((spec) => spec.name));
  // A case's own check replaces a prompt-level check of the same name (e.g. a stricter grounding).
  return [...inherited.filter((spec) => !ownNames.has(spec.name)), ...own];
}

async function runCheck(spec: CheckSpec, context: CheckContext): Promise<CheckResult> {
  try {
    return await scoreAnswer(knownCheck(spec), context, checkOptions(spec));
  } catch (error) {
    // A check that crashes decides nothing; it must never read as a pass.
    return { pass: false, score: 0, reason: `check failed to run: ${(error as Error).message}`, error: true };
  }
}

/**
 * One check on one answer, with parsed options. What the check `needs` and the answer lacks is an
 * error, never a pass or a fail: nothing can be claimed.
 */
export async function scoreAnswer<Parsed>(
  definition: AnyCheckDefinition,
  ctx: CheckContext,
  options: Parsed,
): Promise<CheckResult> {
  const missing = missingNeed(definition, ctx);
  if (missing) return missing;
  if (!definition.handler) throw new Error(`${definition.name} is judged over the whole run, not per answer`);
  return definition.handler(ctx, options);
}

function missingNeed(definition: AnyCheckDefinition, ctx: CheckContext): CheckResult | undefined {
  const { name, needs = {} } = definition;
  const id = ctx.case.id;
  const error = (reason: string): CheckResult => ({ pass: false, score: 0, error: true, reason });
  if (needs.judge && !ctx.judge) return NO_JUDGE;
  if (needs.context && toPassages(ctx.case.context).length === 0)
    return error(
      `no context in case ${id}: ${name} needs the passages the answer should rest on (add a "context" field to the dataset row)`,
    );
  if (needs.expected && !ctx.case.expected?.trim())
    return error(`no expected answer in case ${id}: ${name} needs an "expected" field in the dataset row`);
  if (needs.repeats && ctx.samples.length === 0)
    return error(`${name} needs other answers to compare with: set repeats >= 2 for this prompt`);
  return undefined;
}

function sampleKey(record: CallRecord): string {
  return `${record.prompt}#${record.version}#${record.caseId}`;
}

function samplesByCase(records: CallRecord[]): Map<string, CallRecord[]> {
  const byCase = new Map<string, CallRecord[]>();
  for (const record of records) {
    if (record.status !== 'ok') continue;
    const key = sampleKey(record);
    const samples = byCase.get(key);
    if (samples) samples.push(record);
    else byCase.set(key, [record]);
  }
  return byCase;
}
