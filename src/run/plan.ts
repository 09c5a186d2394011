import { UserError } from '../errors.js';
import { MAX_PLANNED_CALLS, MAX_PLAN_CHARS } from '../limits.js';
import type { Case, ChatMessage, ChatRequest, PlannedCall, PromptTemplate, Version } from '../types.js';

/** One prompt version ready to be planned: its template and the provider that serves it. */
export interface PlanVersion {
  version: Version;
  template: PromptTemplate;
}

/** One affected prompt: its versions (base is absent for an added prompt) and its cases. */
export interface PlanPrompt {
  /** The prompt's id in the report: its head path (base path for a removed prompt). */
  prompt: string;
  versions: PlanVersion[];
  cases: Case[];
  repeats: number;
  provider: string;
  /** The provider's pinned model, used when the prompt file names none. */
  model: string;
  parameters: Record<string, unknown>;
}

/** Renders a template for a case (substitutes variables, appends the case's system suffix; throws on a missing variable). */
export type RenderFn = (template: PromptTemplate, testCase: Case) => ChatMessage[];

/** Counts tokens and prices a request before it is sent. */
export type EstimateFn = (request: ChatRequest, provider: string) => PlannedCall['estimate'];

/**
 * Crosses every prompt's versions with its cases and repeats. Base and head calls of the same
 * case and repeat sit next to each other, so both versions meet the same provider conditions.
 * Each case is rendered and estimated once per version; its repeats share that request. A plan
 * past `MAX_PLANNED_CALLS` calls or `MAX_PLAN_CHARS` of messages is an error before anything is built.
 */
export function buildPlan(prompts: PlanPrompt[], render: RenderFn, estimate: EstimateFn): PlannedCall[] {
  assertPlanSize(prompts);
  const plan: PlannedCall[] = [];
  let chars = 0;
  for (const prompt of prompts) {
    for (const testCase of prompt.cases) {
      const requests = prompt.versions.map(({ version, template }) => {
        const request = buildRequest(prompt, template, render(template, testCase));
        chars += request.messages.reduce((sum, message) => sum + message.content.length, 0);
        if (chars > MAX_PLAN_CHARS) throw planTooLarge(prompt, testCase);
        return { version, request, estimate: estimate(request, prompt.provider) };
      });
      const repeats = testCase.repeats ?? prompt.repeats;
      for (let repeat = 1; repeat <= repeats; repeat++) {
        for (const { version, request, estimate } of requests) {
          plan.push({
            key: `${prompt.prompt}#${version}#${testCase.id}#${repeat}`,
            prompt: prompt.prompt,
            version,
            case: testCase,
            repeat,
            provider: prompt.provider,
            request,
            // A copy per call: the runner holds each call's estimate against the spend cap by identity.
            estimate: { ...estimate },
          });
        }
      }
    }
  }
  return plan;
}

/** Counts the calls before any is built, so a huge `repeats` times a large dataset never allocates. */
function assertPlanSize(prompts: PlanPrompt[]): void {
  let calls = 0;
  for (const prompt of prompts) {
    for (const testCase of prompt.cases)
      calls += (testCase.repeats ?? prompt.repeats) * prompt.versions.length;
    if (calls > MAX_PLANNED_CALLS) {
      const total = prompts.reduce(
        (sum, p) => sum + p.cases.reduce((n, c) => n + (c.repeats ?? p.repeats), 0) * p.versions.length,
        0,
      );
      throw new UserError(
        `the run would make ${total.toLocaleString('en-US')} calls (cases x repeats x versions, over every prompt; ${prompt.prompt} reaches the limit); at most ${MAX_PLANNED_CALLS.toLocaleString('en-US')} are allowed: lower repeats, or gate fewer cases per run`,
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

function buildRequest(prompt: PlanPrompt, template: PromptTemplate, messages: ChatMessage[]): ChatRequest {
  return {
    // Always the provider's pinned model, so base and head are compared on the same model even
    // when a prompt file names another one.
    model: prompt.model,
    messages,
    parameters: { ...prompt.parameters, ...template.parameters },
    ...(template.responseFormat ? { responseFormat: template.responseFormat } : {}),
  };
}
