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
 */
export function buildPlan(prompts: PlanPrompt[], render: RenderFn, estimate: EstimateFn): PlannedCall[] {
  const plan: PlannedCall[] = [];
  for (const prompt of prompts) {
    for (const testCase of prompt.cases) {
      const repeats = testCase.repeats ?? prompt.repeats;
      for (let repeat = 1; repeat <= repeats; repeat++) {
        for (const { version, template } of prompt.versions) {
          const request = buildRequest(prompt, template, render(template, testCase));
          plan.push({
            key: `${prompt.prompt}#${version}#${testCase.id}#${repeat}`,
            prompt: prompt.prompt,
            version,
            case: testCase,
            repeat,
            provider: prompt.provider,
            request,
            estimate: estimate(request, prompt.provider),
          });
        }
      }
    }
  }
  return plan;
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
