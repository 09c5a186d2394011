import { FRACTION, positive, toFraction } from './options.js';
import { defineCheck } from './types.js';

/** `cost:` limits: absolute limits on head, and a limit on the relative change of the mean cost per call. */
export interface CostLimits {
  perCaseMaxUsd?: number;
  /** Head's cost of one pass over the dataset (sum of each case's mean cost per call). */
  perPromptMaxUsd?: number;
  maxIncrease?: number;
}

/** `cost`: judged by the gate over all of a prompt's answers (`src/gate/limits.ts`). */
export const cost = defineCheck<
  Omit<CostLimits, 'maxIncrease'> & { maxIncrease?: number | string },
  CostLimits
>({
  name: 'cost',
  description: "head's cost per case and per pass, and its increase over base",
  options: {
    properties: {
      perCaseMaxUsd: positive('Most a case may cost per call on head, in US dollars.'),
      perPromptMaxUsd: positive('Most one pass over the dataset may cost on head, in US dollars.'),
      maxIncrease: {
        ...FRACTION,
        description: 'Largest allowed increase of the mean cost per call over base.',
      },
    },
  },
  needs: { run: true },
  parse: (options) => ({ ...options, maxIncrease: toFraction(options.maxIncrease) }),
});
