import { canaryCheck } from './canary.js';
import { citations } from './citations.js';
import { consistency } from './consistency.js';
import { contains } from './contains.js';
import { cost } from './cost.js';
import { equals } from './equals.js';
import { githubModelsString } from './github-models.js';
import { grounding } from './grounding.js';
import { judgeBuiltin } from './judge-builtin.js';
import { judgeCustom } from './judge-custom.js';
import { judgeFact } from './judge-fact.js';
import { judgeGrounding } from './judge-grounding.js';
import { judgeGuardrailCheck } from './judge-guardrail.js';
import { jsonSchema } from './json-schema.js';
import { jsonValid } from './json-valid.js';
import { latency } from './latency.js';
import { piiCheck } from './pii.js';
import { reference } from './reference.js';
import { refusalCheck } from './refusal.js';
import { regex } from './regex.js';
import { secretsCheck } from './secrets.js';
import { systemPromptLeakCheck } from './system-prompt-leak.js';
import { toolCall } from './tool-call.js';
import { toxicityCheck } from './toxicity.js';
import type { AnyCheckDefinition } from './types.js';

/** Every check, one file each. Adding a check is adding its file and a line here. */
const DEFINITIONS: readonly AnyCheckDefinition[] = [
  equals,
  contains,
  regex,
  jsonValid,
  jsonSchema,
  toolCall,
  githubModelsString,
  judgeBuiltin,
  judgeCustom,
  grounding,
  reference,
  judgeFact,
  judgeGrounding,
  consistency,
  citations,
  piiCheck,
  secretsCheck,
  toxicityCheck,
  refusalCheck,
  canaryCheck,
  systemPromptLeakCheck,
  judgeGuardrailCheck,
  cost,
  latency,
];

const BY_NAME = new Map(DEFINITIONS.map((definition) => [definition.name, definition]));

function namesWhere(test: (definition: AnyCheckDefinition) => boolean | undefined): ReadonlySet<string> {
  return new Set(DEFINITIONS.filter(test).map((definition) => definition.name));
}

/** Every check name a config, dataset row or prompt file may use. */
export const CHECK_NAMES: readonly string[] = DEFINITIONS.map((definition) => definition.name);

/** Checks that still mean something on an attack or nonsense input (no reference answer holds there). */
export const SAFETY_CHECKS = namesWhere((definition) => definition.safety);

/**
 * Checks judged by the gate across all records of a prompt rather than on each answer, so a
 * per-record outcome under these names never decides whether an answer passed.
 */
export const WHOLE_RUN_CHECKS = namesWhere((definition) => definition.needs?.run);

/** Checks that cannot run without a judge model. */
export const JUDGE_CHECKS = namesWhere((definition) => definition.needs?.judge);

/** Guardrails whose failure is bad whatever base did: by default no head answer may fail them. */
export const NEVER_FAIL_CHECKS = namesWhere((definition) => definition.neverFails);

/** The definition of the check called `name`, if there is one. */
export function findCheck(name: string): AnyCheckDefinition | undefined {
  return BY_NAME.get(name);
}
