import { FRACTION, positive, toFraction } from './options.js';
import { defineCheck } from './types.js';

/** `latency:` limits: absolute limits on head's call latencies, and a limit on the relative change of p95. */
export interface LatencyLimits {
  p50MaxMs?: number;
  p95MaxMs?: number;
  maxIncrease?: number;
}

/** `latency`: judged by the gate over all of a prompt's answers (`src/gate/limits.ts`). */
export const latency = defineCheck<
  Omit<LatencyLimits, 'maxIncrease'> & { maxIncrease?: number | string },
  LatencyLimits
>({
  name: 'latency',
  description: "head's p50 and p95 call latency, and the increase of p95 over base",
  options: {
    properties: {
      p50MaxMs: positive("Highest allowed median latency of head's calls, in milliseconds."),
      p95MaxMs: positive("Highest allowed 95th-percentile latency of head's calls, in milliseconds."),
      maxIncrease: { ...FRACTION, description: 'Largest allowed increase of p95 latency over base.' },
    },
  },
  needs: { run: true },
  parse: (options) => ({ ...options, maxIncrease: toFraction(options.maxIncrease) }),
});
