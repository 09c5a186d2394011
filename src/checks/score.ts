import { AGGREGATE_CHECKS } from '../gate/records.js';
import type {
  CallRecord,
  Case,
  CheckOutcome,
  CheckResult,
  CheckSpec,
  PlannedCall,
  ScoredRecord,
} from '../types.js';
import { SAFETY_CHECKS, describeCheck, isCheckName } from './names.js';
import { CHECKS } from './registry.js';
import type { CheckContext, JudgeFn } from './types.js';

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
 * Runs every check that applies to each answer. Failed and not-run calls get no check outcomes:
 * nothing is claimed about an answer that does not exist. `promptChecks` gives the checks the config
 * and the prompt file declare for a prompt; records are in plan order.
 */
export async function scoreRecords(
  records: CallRecord[],
  plan: PlannedCall[],
  promptChecks: (prompt: string) => CheckSpec[],
  judge: JudgeFn | undefined,
): Promise<ScoredRecord[]> {
  const samples = samplesByCase(records);
  return Promise.all(
    records.map(async (record, index) => {
      const call = plan[index]!;
      if (record.status !== 'ok') return { ...record, checks: [], pass: false };
      const output = record.output ?? '';
      const context = {
        output,
        case: call.case,
        record,
        messages: call.request.messages,
        samples: (samples.get(sampleKey(record)) ?? [])
          .filter((other) => other.repeat !== record.repeat)
          .map((o) => o.output ?? ''),
        judge,
      };
      const checks: CheckOutcome[] = [];
      for (const spec of applicableChecks(call.case, promptChecks(call.prompt))) {
        checks.push({ check: describeCheck(spec), name: spec.name, ...(await runCheck(spec, context)) });
      }
      return { ...record, checks, pass: checks.every((c) => c.pass && !c.error) };
    }),
  );
}

/** The checks for one case: golden cases and meaning-keeping variants get the prompt's checks too. */
export function applicableChecks(testCase: Case, promptChecks: CheckSpec[]): CheckSpec[] {
  const own = testCase.checks ?? [];
  const keepsMeaning = testCase.suite === undefined || MEANING_KEPT.has(testCase.suite);
  const inherited = promptChecks.filter(
    (spec) => !AGGREGATE_CHECKS.has(spec.name) && (keepsMeaning || SAFETY_CHECKS.has(spec.name)),
  );
  const ownNames = new Set(own.map((spec) => spec.name));
  // A case's own check replaces a prompt-level check of the same name (e.g. a stricter grounding).
  return [...inherited.filter((spec) => !ownNames.has(spec.name)), ...own];
}

async function runCheck(spec: CheckSpec, context: CheckContext): Promise<CheckResult> {
  if (!isCheckName(spec.name))
    return { pass: false, score: 0, reason: `unknown check "${spec.name}"`, error: true };
  try {
    return await CHECKS[spec.name](context, spec.options);
  } catch (error) {
    // A check that crashes decides nothing; it must never read as a pass.
    return { pass: false, score: 0, reason: `check failed to run: ${(error as Error).message}`, error: true };
  }
}

function sampleKey(record: CallRecord): string {
  return `${record.prompt}#${record.version}#${record.caseId}`;
}

function samplesByCase(records: CallRecord[]): Map<string, CallRecord[]> {
  const byCase = new Map<string, CallRecord[]>();
  for (const record of records) {
    if (record.status !== 'ok') continue;
    const key = sampleKey(record);
    byCase.set(key, [...(byCase.get(key) ?? []), record]);
  }
  return byCase;
}
