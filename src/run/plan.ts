import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { MAX_PLANNED_CALLS, MAX_PLAN_CHARS } from '../limits.js';
import { canonicalJson } from '../providers/request-hash.js';
import { recordKey } from './run-record.js';
import type { Case, ChatMessage, ChatRequest, PlannedCall, PromptTemplate, Version } from '../types.js';

/**
 * One prompt version ready to be planned: its template, and the model and parameters it runs with
 * (the file's own, else its provider entry's at the same commit): a model-only change is a change.
 */
export interface PlanVersion {
  version: Version;
  template: PromptTemplate;
  model: string;
  parameters: Record<string, unknown>;
  /** A fallback under evaluation: the provider that alone answers it (else the prompt's, with its failover). */
  provider?: string;
}

/** One affected prompt: its versions (base is absent for an added prompt) and its cases. */
export interface PlanPrompt {
  /** The prompt's id in the report: its head path (base path for a removed prompt). */
  prompt: string;
  versions: PlanVersion[];
  cases: Case[];
  repeats: number;
  provider: string;
}

/** Renders a template for a case (substitutes variables, appends the case's system suffix; throws on a missing variable). */
export type RenderFn = (template: PromptTemplate, testCase: Case) => ChatMessage[];

/** Counts tokens and prices a request before it is sent. */
export type EstimateFn = (request: ChatRequest, provider: string) => PlannedCall['estimate'];

/** What `buildPlan` returns: the calls to make, of how many planned, and the digest of all of them. */
export interface Plan {
  calls: PlannedCall[];
  /** Calls of the whole plan, `calls` being a shard's slice of them. */
  total: number;
  /**
   * `planDigest` of the whole plan, a shard's slice or not: every shard of one run must agree on it.
   * Absent when not asked for: only shards and their merge read it.
   */
  digest?: string;
}

/**
 * Crosses every prompt's versions with its cases and repeats. Base and head calls of the same
 * case and repeat sit next to each other, so both versions meet the same provider conditions.
 * Each case is rendered and estimated once per version; its repeats share that request. A plan
 * past `maxCalls` calls or `MAX_PLAN_CHARS` of messages is an error before anything is built.
 * With `keep`, only the cases it keeps become calls (a shard's slice): the others are rendered for
 * the digest and the size limits, then dropped, never estimated. `digested: false` leaves the digest
 * out (each request's canonical JSON hashed: some 50 ms at 10,000 cases, before the first call).
 */
export function buildPlan(
  prompts: PlanPrompt[],
  render: RenderFn,
  estimate: EstimateFn,
  maxCalls = MAX_PLANNED_CALLS,
  keep?: (prompt: string, testCase: Case) => boolean,
  digested = true,
): Plan {
  assertPlanSize(prompts, maxCalls);
  const calls: PlannedCall[] = [];
  const digest = digested ? new PlanDigest() : undefined;
  let total = 0;
  let chars = 0;
  for (const prompt of prompts) {
    // How each version's requests are made again when read, and what its calls share (one object a
    // version, shared by its calls).
    const sources = prompt.versions.map((planned): RequestSource => ({
      planned,
      render,
      prompt: prompt.prompt,
      provider: planned.provider ?? prompt.provider,
      failover: planned.provider === undefined ? undefined : false,
    }));
    for (const testCase of prompt.cases) {
      const kept = keep?.(prompt.prompt, testCase) ?? true;
      const requests = prompt.versions.map((planned, i) => {
        const { version, template } = planned;
        const request = buildRequest(planned, render(template, testCase));
        const requestJson = digest ? canonicalJson(request) : '';
        chars += request.messages.reduce((sum, message) => sum + message.content.length, 0);
        if (chars > MAX_PLAN_CHARS) throw planTooLarge(prompt, testCase);
        return {
          version,
          requestJson,
          source: sources[i],
          estimate: kept ? estimate(request, sources[i].provider) : undefined,
        };
      });
      const repeats = testCase.repeats ?? prompt.repeats;
      for (let repeat = 1; repeat <= repeats; repeat++) {
        for (const { version, requestJson, source, estimate } of requests) {
          digest?.addJson(recordKey(prompt.prompt, version, testCase.id, repeat), requestJson);
          total++;
          if (!estimate) continue;
          // Repeats share their version's estimate, and equal estimates are one object (never
          // changed once made: the judge's share is added as a new one).
          calls.push(new RenderedCall(testCase, repeat, estimate, source));
        }
      }
    }
  }
  return { calls, total, digest: digest?.hex() };
}

/** How a version's requests are made (its template rendered for a case), and what its calls share. */
interface RequestSource {
  planned: PlanVersion;
  render: RenderFn;
  prompt: string;
  provider: string;
  failover: false | undefined;
}

/**
 * A planned call whose request is rendered again each time it is read: held, a large plan's requests
 * (the request, its messages and their text, some 180 bytes a call) stayed alive until the reports
 * were written. The runner reads it once to send it, scoring once for the checks, the reports once a
 * case; its model is read without rendering.
 */
class RenderedCall implements PlannedCall {
  readonly case: Case;

  constructor(
    testCase: Case,
    readonly repeat: number,
    public estimate: PlannedCall['estimate'],
    private readonly source: RequestSource,
  ) {
    this.case = testCase;
  }

  /**
   * Made when read (the runner's progress label, a merge's index), not held: a key is 50 to 80
   * bytes of its own a call, and a run's records read theirs from their call too (RunRecord).
   */
  get key(): string {
    return recordKey(this.prompt, this.version, this.case.id, this.repeat);
  }

  // What a version's calls share is read from its source: four members fewer a call (32 bytes).
  get prompt(): string {
    return this.source.prompt;
  }

  get version(): Version {
    return this.source.planned.version;
  }

  get provider(): string {
    return this.source.provider;
  }

  get failover(): false | undefined {
    return this.source.failover;
  }

  get request(): ChatRequest {
    const { planned, render } = this.source;
    return buildRequest(planned, render(planned.template, this.case));
  }

  get model(): string {
    return this.source.planned.model;
  }
}

/** The model a planned call asks for, without rendering its request when the plan made it. */
export function modelOf(call: PlannedCall): string {
  return call instanceof RenderedCall ? call.model : call.request.model;
}

/**
 * A digest of a plan: every call's key and exact request (so the config, the prompts and the
 * datasets at both commits).
 */
export class PlanDigest {
  private readonly hash = createHash('sha256');

  add(key: string, request: ChatRequest): void {
    this.addJson(key, canonicalJson(request));
  }

  /** {@link add} with the request already in canonical JSON (repeats of a version share theirs). */
  addJson(key: string, requestJson: string): void {
    this.hash.update(`${key}\n`);
    this.hash.update(requestJson);
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

/** Counts the calls before any is built, so a huge `repeats` times a large dataset never allocates. */
function assertPlanSize(prompts: PlanPrompt[], maxCalls: number): void {
  let calls = 0;
  for (const prompt of prompts) {
    for (const testCase of prompt.cases)
      calls += (testCase.repeats ?? prompt.repeats) * prompt.versions.length;
    if (calls > maxCalls) {
      const total = prompts.reduce(
        (sum, p) => sum + p.cases.reduce((n, c) => n + (c.repeats ?? p.repeats), 0) * p.versions.length,
        0,
      );
      throw new UserError(
        `the run would make ${total.toLocaleString('en-US')} calls (cases x repeats x versions, over every prompt; ${prompt.prompt} reaches the limit); at most ${maxCalls.toLocaleString('en-US')} are allowed${maxCalls === MAX_PLANNED_CALLS ? ' on one runner' : ''}: lower repeats, gate fewer cases per run${maxCalls === MAX_PLANNED_CALLS ? ', or split the run over shards (promptgate plan --shards; README "Past one runner")' : ''}`,
      );
    }
  }
}

function planTooLarge(prompt: PlanPrompt, testCase: Case): UserError {
  return new UserError(
    `the run's messages would exceed ${MAX_PLAN_CHARS.toLocaleString('en-US')} characters (every case rendered into ${prompt.prompt} and the other prompts); expected smaller prompts or fewer cases per run`,
    testCase.source,
  );
}

function buildRequest({ template, model, parameters }: PlanVersion, messages: ChatMessage[]): ChatRequest {
  return {
    model,
    messages,
    parameters,
    ...(template.responseFormat ? { responseFormat: template.responseFormat } : {}),
    ...(template.tools?.length ? { tools: template.tools } : {}),
  };
}
