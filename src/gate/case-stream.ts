import type { ApprovedBaseline } from './baseline.js';
import { type CaseRecords, isSide } from './records.js';
import type { Case, PlannedCall, ScoredRecord } from '../types.js';

/** A prompt as the verdict judges it: its records are its own and, renamed, its previous file's. */
export interface StreamedPrompt {
  prompt: string;
  previousFile?: string;
}

/** A case as the verdict groups it: its id, the case as planned, its prompt and each version's first call. */
interface StreamedCase {
  id: string;
  case: Case;
  prompt: number;
  baseCall?: PlannedCall;
  headCall?: PlannedCall;
}

/** Cases handed on in one turn of the event loop at most: the answers that arrive meanwhile wait no longer. */
const CASES_PER_TURN = 32;

/**
 * Hands on each case's records (as the verdict groups them, `groupByCase`) once every answer the
 * verdict reads for it is scored, in the verdict's order: prompt by prompt, each prompt's cases in
 * plan order. So a case's outcome and its part of the reports can be made while the run goes on,
 * in the turns the event loop would spend waiting for answers. A case handed on waits for none
 * after it; a case not complete (a call still running, an answer waiting for the whole run) holds
 * back every case after it until {@link close}. Cases the verdict lists that the plan does not (an
 * approved baseline's case no longer in the datasets) are never handed on, nor any after them.
 */
export class CaseStream {
  readonly #plan: PlannedCall[];
  #emit: (c: CaseRecords, promptIndex: number) => void;
  /** Per case, in the verdict's order. */
  #cases: StreamedCase[] = [];
  /** Answers of each case not scored yet. */
  readonly #remaining: Int32Array;
  /** The case each planned call's answer belongs to, or -1 where the verdict does not read it. */
  readonly #caseOf: Int32Array;
  /** Each case's planned calls (`#calls` from `#callStart[c]` to `#callStart[c + 1]`), in plan order. */
  readonly #callStart: Int32Array;
  readonly #calls: Int32Array;
  /** Each case's approved answers (an approved baseline's, the verdict's base), in the baseline's order. */
  readonly #approvedStart: Int32Array;
  #approved: ScoredRecord[];
  #records: Array<ScoredRecord | undefined>;
  /** Cases from here on are never handed on. */
  readonly #end: number;
  #next = 0;
  #scheduled: NodeJS.Immediate | undefined;
  #closed = false;
  /** Set when handing a case on failed: the cases handed on so far cannot be trusted. */
  failed = false;

  constructor(
    plan: PlannedCall[],
    prompts: StreamedPrompt[],
    baseline: ApprovedBaseline | undefined,
    emit: (c: CaseRecords, promptIndex: number) => void,
  ) {
    this.#plan = plan;
    this.#emit = emit;
    this.#caseOf = new Int32Array(plan.length).fill(-1);
    this.#records = new Array<ScoredRecord | undefined>(plan.length);
    let end = Number.MAX_SAFE_INTEGER;
    // The prompt each file's records belong to (renamed: its previous file's too); -1 where two do:
    // the verdict groups such a record under both, this only under one, so nothing is handed on.
    const owner = new Map<string, number>();
    prompts.forEach(({ prompt, previousFile }, p) => {
      for (const name of new Set([prompt, previousFile ?? prompt])) owner.set(name, owner.has(name) ? -1 : p);
    });
    // Each prompt's cases in plan order, numbered within their prompt first (one pass over the plan).
    const local = prompts.map(() => ({
      cases: [] as StreamedCase[],
      byId: new Map<string, number>(),
      counts: [] as number[],
    }));
    const localOf = new Int32Array(plan.length).fill(-1);
    plan.forEach((call, i) => {
      const p = owner.get(call.prompt);
      if (p === undefined) return;
      if (p < 0) {
        end = 0;
        return;
      }
      const { cases, byId, counts } = local[p];
      let c = byId.get(call.case.id);
      if (c === undefined) {
        c = cases.push({ id: call.case.id, case: call.case, prompt: p }) - 1;
        byId.set(call.case.id, c);
        counts.push(0);
      }
      const entry = cases[c];
      if (call.version === 'base') entry.baseCall ??= call;
      else if (call.version === 'head') entry.headCall ??= call;
      // With an approved baseline, the verdict reads head's answers from the run and base's from it.
      if (baseline?.prompts.has(prompts[p].prompt) ? call.version === 'head' : isSide(call.version)) {
        localOf[i] = c;
        counts[c]++;
      }
    });
    const offsets = [0];
    for (const { cases } of local) offsets.push(offsets[offsets.length - 1] + cases.length);
    this.#cases = local.flatMap(({ cases }) => cases);
    const counts = local.flatMap(({ counts: each }) => each);
    plan.forEach((call, i) => {
      if (localOf[i] >= 0) this.#caseOf[i] = offsets[owner.get(call.prompt)!] + localOf[i];
    });
    const approvedOf: ScoredRecord[][] = this.#cases.map(() => []);
    prompts.forEach(({ prompt }, p) => {
      for (const record of baseline?.prompts.get(prompt)?.records ?? []) {
        const o = owner.get(record.prompt);
        if (o === -1) end = 0;
        if (o !== p || !isSide(record.version)) continue;
        const c = local[p].byId.get(record.caseId);
        // A case the plan does not list comes after the prompt's planned ones in the verdict.
        if (c === undefined) end = Math.min(end, offsets[p + 1]);
        else approvedOf[offsets[p] + c].push(record);
      }
    });
    this.#end = Math.min(end, this.#cases.length);
    this.#remaining = Int32Array.from(counts);
    this.#callStart = new Int32Array(this.#cases.length + 1);
    for (let c = 0; c < counts.length; c++) this.#callStart[c + 1] = this.#callStart[c] + counts[c];
    this.#calls = new Int32Array(this.#callStart[this.#cases.length]);
    const filled = this.#callStart.slice(0, -1);
    this.#caseOf.forEach((c, i) => {
      if (c >= 0) this.#calls[filled[c]++] = i;
    });
    this.#approvedStart = new Int32Array(this.#cases.length + 1);
    this.#approved = [];
    approvedOf.forEach((records, c) => {
      for (const record of records) this.#approved.push(record);
      this.#approvedStart[c + 1] = this.#approved.length;
    });
    this.#schedule();
  }

  /** The answer to `plan[index]` is scored: its case is handed on once all the case's are. */
  scored(index: number, record: ScoredRecord): void {
    const c = this.#caseOf[index];
    if (c < 0 || this.#closed) return;
    this.#records[index] = record;
    if (--this.#remaining[c] === 0 && c === this.#next) this.#schedule();
  }

  /** No case is handed on from here: the rest are the reports' to make. What it held is let go. */
  close(): void {
    this.#closed = true;
    if (this.#scheduled) clearImmediate(this.#scheduled);
    this.#scheduled = undefined;
    this.#cases = [];
    this.#records = [];
    this.#approved = [];
    this.#emit = () => undefined;
  }

  #schedule(): void {
    if (this.#scheduled || this.#closed) return;
    if (this.#next >= this.#end || this.#remaining[this.#next] > 0) return;
    // After the turn's answers: the requests their slots free are sent first.
    this.#scheduled = setImmediate(() => this.#drain());
  }

  #drain(): void {
    this.#scheduled = undefined;
    try {
      for (let n = 0; n < CASES_PER_TURN && !this.#closed; n++) {
        const c = this.#next;
        if (c >= this.#end || this.#remaining[c] > 0) return;
        this.#emit(this.#recordsOf(c), this.#cases[c].prompt);
        this.#next++;
      }
      this.#schedule();
    } catch {
      // Never the run's failure: the reports make every case themselves.
      this.failed = true;
      this.close();
    }
  }

  /** Case `c`'s records as `groupByCase` groups them: the run's, then the baseline's, each version's by repeat. */
  #recordsOf(c: number): CaseRecords {
    const entry = this.#cases[c];
    const group: CaseRecords = {
      caseId: entry.id,
      case: entry.case,
      base: [],
      head: [],
      baseCall: entry.baseCall,
      headCall: entry.headCall,
    };
    for (let k = this.#callStart[c]; k < this.#callStart[c + 1]; k++) {
      const i = this.#calls[k];
      const record = this.#records[i] as ScoredRecord;
      this.#records[i] = undefined;
      (this.#plan[i].version === 'head' ? group.head : group.base).push(record);
    }
    for (let k = this.#approvedStart[c]; k < this.#approvedStart[c + 1]; k++) {
      const record = this.#approved[k];
      (record.version === 'head' ? group.head : group.base).push(record);
    }
    group.base.sort((x, y) => x.repeat - y.repeat);
    group.head.sort((x, y) => x.repeat - y.repeat);
    return group;
  }
}
