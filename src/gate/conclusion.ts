import type { GateRun } from '../engine.js';
import type { CheckConclusion } from '../github/check-run.js';
import { gateFails } from './verdict.js';

/** The check run's conclusion: failure when the policy fails the gate; skipped runs use the config's choice. */
export function conclusionOf(run: GateRun): { failed: boolean; conclusion: CheckConclusion } {
  const { result, config } = run;
  const failed = gateFails(result, config.gate);
  if (failed) return { failed, conclusion: 'failure' };
  if (result.status === 'skipped') {
    const chosen = config.gate.noSecretsConclusion;
    return { failed: chosen === 'failure', conclusion: chosen };
  }
  return { failed, conclusion: result.status === 'pass' ? 'success' : 'neutral' };
}
