import { canaryCheck } from './canary.js';
import { citations } from './citations.js';
import { consistency } from './consistency.js';
import { contains } from './contains.js';
import { equals } from './equals.js';
import { githubModelsString } from './github-models.js';
import { grounding } from './grounding.js';
import { judgeBuiltin } from './judge-builtin.js';
import { judgeFact } from './judge-fact.js';
import { judgeGrounding } from './judge-grounding.js';
import { judgeGuardrailCheck } from './judge-guardrail.js';
import { jsonSchema } from './json-schema.js';
import { jsonValid } from './json-valid.js';
import { piiCheck } from './pii.js';
import { reference } from './reference.js';
import { refusalCheck } from './refusal.js';
import { regex } from './regex.js';
import { secretsCheck } from './secrets.js';
import { systemPromptLeakCheck } from './system-prompt-leak.js';
import { toxicityCheck } from './toxicity.js';
import type { CheckName } from './names.js';
import type { Check } from './types.js';

/**
 * Each check's code, by the name in `names.ts`. Adding a check is adding its name there and a line
 * here; the type keeps the two lists equal. Loaded for scoring, after the calls have started.
 */
export const CHECKS: Record<CheckName, Check> = {
  equals,
  contains,
  regex,
  'json-valid': jsonValid,
  'json-schema': jsonSchema,
  'github-models': githubModelsString,
  'judge-builtin': judgeBuiltin,
  grounding,
  reference,
  'judge-fact': judgeFact,
  'judge-grounding': judgeGrounding,
  consistency,
  citations,
  pii: piiCheck,
  secrets: secretsCheck,
  toxicity: toxicityCheck,
  refusal: refusalCheck,
  canary: canaryCheck,
  'system-prompt-leak': systemPromptLeakCheck,
  'judge-guardrail': judgeGuardrailCheck,
};
