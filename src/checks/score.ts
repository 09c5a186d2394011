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
import { type AnswerSpill, answerText } from '../run/answer-spill.js';

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
 */
export async function scoreRecords(
  records: CallRecord[],
  plan: PlannedCall[],
  promptChecks: (prompt: string) => CheckSpec[],
  judge: JudgeFn | undefined,
  moderate?: CheckContext['moderate'],
): Promise<ScoredRecord[]> {
  return new Scorer(plan, promptChecks, judge, moderate).finish(records);
}

/** Where a planned call's answer is in scoring: not in yet, or waiting for the whole run (a check that compares repeats). */
const WAITING = 0;
/** Queued or scored. */
const TAKEN = 1;

/**
 * Scores answers as their calls end ({@link Scorer.add}, from the runner's `onRecord`), so scoring
 * and the judge's calls overlap the run instead of following it; an answer with a check that reads
 * the other repeats' answers (`consistency`) waits for the whole run ({@link Scorer.finish}). The
 * outcomes do not depend on the order: each answer's checks read only its own call and case, and
 * equal outcomes are shared whenever they are made.
 * Each record is extended with its outcomes where it is, not copied: a run's records are its
 * largest data, and a copy of each held the run's peak (both sets alive until the last was scored).
 * Members are assigned, never spread: on Node 20 each object spread from a record and extended got a
 * hidden class of its own (some 450 bytes a record).
 */
export class Scorer {
  private records: CallRecord[];
  private readonly stages: Uint8Array;
  /** Indices of answers ready to score, oldest first from `head`. */
  private queue: number[] = [];
  private head = 0;
  private active = 0;
  private failure: { error: unknown } | undefined;
  /** Wakes {@link finish} when no answer is in scoring. */
  private idle: (() => void) | undefined;
  /** Whether every record is in: only then are the other repeats' answers known. */
  private allIn = false;
  /** Only `consistency` reads the other repeats' answers: gathered the first time one is asked for. */
  private samples: Map<string, CallRecord[]> | undefined;
  /** Most answers pass or fail a check for the same reason: one string for each. */
  private readonly reasons = new Interned();
  /**
   * An outcome, and a list of them, is one object for all the answers it is equal for (frozen:
   * shared): each of a run's answers held its own (some 130 bytes an answer with one check).
   */
  private readonly outcomes = new Shared<CheckOutcome>();
  private readonly lists = new Shared<readonly CheckOutcome[]>();

  constructor(
    private readonly plan: PlannedCall[],
    private readonly promptChecks: (prompt: string) => CheckSpec[],
    private readonly judge: JudgeFn | undefined,
    private readonly moderate?: CheckContext['moderate'],
    /** Where long answers wait once scored, until the reports show them. */
    private readonly spill?: AnswerSpill,
    /** Told of each answer once it is scored (its record final), in the order scoring ends. */
    private readonly onScored?: (index: number, record: ScoredRecord) => void,
  ) {
    this.records = new Array<CallRecord>(plan.length);
    this.stages = new Uint8Array(plan.length);
  }

  /** The answer to `plan[index]` is in: scored now, unless a check waits for the other repeats. */
  add(record: CallRecord, index: number): void {
    this.records[index] = record;
    try {
      // From the prompt's and the case's checks as declared, without working out which apply (scoring
      // does that once): an answer whose case leaves `consistency` out may wait too, scored the same, later.
      const call = this.plan[index];
      const waits =
        record.status === 'ok' &&
        (this.promptChecks(call.prompt).some(readsRepeats) || (call.case.checks ?? []).some(readsRepeats));
      if (!waits) this.enqueue(index);
    } catch {
      // Called from the runner, which must not fail for it: `finish` scores this answer and reports.
    }
  }

  /** Scores every answer not scored yet, now that `records` (in plan order) are all in. */
  async finish(records: CallRecord[]): Promise<ScoredRecord[]> {
    for (let index = 0; index < records.length; index++) this.records[index] = records[index];
    this.allIn = true;
    for (let index = 0; index < records.length && !this.failure; index++)
      if (this.stages[index] === WAITING) this.enqueue(index);
    while (this.active > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    // The caller holds the records from here: a large run's verdict need not keep a second list.
    this.records = [];
    this.samples = undefined;
    if (this.failure) throw this.failure.error;
    return records as ScoredRecord[];
  }

  private enqueue(index: number): void {
    this.stages[index] = TAKEN;
    this.queue.push(index);
    while (this.active < SCORING_AT_ONCE && this.active < this.queue.length - this.head) {
      this.active++;
      void this.work();
    }
  }

  private async work(): Promise<void> {
    try {
      while (this.head < this.queue.length && !this.failure) {
        const index = this.queue[this.head++];
        if (this.head === this.queue.length) {
          this.queue = [];
          this.head = 0;
        }
        await this.score(index);
        this.onScored?.(index, this.records[index] as ScoredRecord);
      }
    } catch (error) {
      this.failure ??= { error };
    } finally {
      this.active--;
      if (this.active === 0) this.idle?.();
    }
  }

  private specs(index: number): CheckSpec[] {
    const call = this.plan[index];
    return applicableChecks(call.case, this.promptChecks(call.prompt));
  }

  private async score(index: number): Promise<void> {
    const record = this.records[index];
    if (record.status !== 'ok') {
      Object.assign(record, { checks: [], pass: false });
      return;
    }
    const call = this.plan[index];
    const samplesOf = (): string[] => this.samplesOf(record);
    const context: CheckContext = {
      output: answerText(record.output) ?? '',
      case: call.case,
      record,
      // Rendered when a check reads them (a plan renders each request as it is read).
      get messages() {
        return call.request.messages;
      },
      get samples() {
        return samplesOf();
      },
      judge: this.judge,
      moderate: this.moderate,
    };
    const specs = this.specs(index);
    // Sized, not grown by push: a grown list keeps room for 17 outcomes.
    const checks = new Array<CheckOutcome>(specs.length);
    const keys = new Array<string>(specs.length);
    for (const [i, spec] of specs.entries()) {
      const result = await runCheck(spec, context);
      const reason = this.reasons.intern(result.reason);
      const outcome = Object.assign({ check: describeCheck(spec), name: spec.name }, result, { reason });
      keys[i] = JSON.stringify(outcome);
      checks[i] = this.outcomes.share(Object.freeze(outcome), keys[i]);
    }
    const shared = this.lists.share(Object.freeze(checks), keys.join('\n')) as CheckOutcome[];
    Object.assign(record, { checks: shared, pass: shared.every((c) => c.pass && !c.error) });
    // Scored: from here the reports alone read a long answer (and another repeat's check, read back).
    if (this.spill && typeof record.output === 'string') record.output = this.spill.keep(record.output);
  }

  /** The other repeats' answers (known once the whole run is in: an answer whose checks read them waits for it). */
  private samplesOf(record: CallRecord): string[] {
    if (!this.allIn) throw new Error("the other repeats' answers were read before the run ended");
    this.samples ??= samplesByCase(this.records);
    return (this.samples.get(sampleKey(record)) ?? [])
      .filter((other) => other.repeat !== record.repeat)
      .map((o) => answerText(o.output) ?? '');
  }
}

/** Whether a check reads the other repeats' answers (known only once the run ends). */
function readsRepeats(spec: CheckSpec): boolean {
  return knownCheck(spec).needs?.repeats === true;
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
