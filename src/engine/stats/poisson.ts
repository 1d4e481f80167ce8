import { jStat } from "jstat";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { readCount, readDivisor, readLevel, readPositive, type InputValue } from "../input";
import { all, mapResult, type Result } from "../result";
import type { Estimate, Interval } from "./interval";

/**
 * How the limits of a count are found: `exact` (Garwood, from the chi-square distribution) or `byar`
 * (Byar's approximation, within about 1% of exact once the count passes 10).
 */
export type PoissonMethod = "exact" | "byar";

/**
 * The chi-square quantile, from jStat. (@stdlib's chi-square and gamma functions were tried first and
 * found about 0.015% out in the upper tail at 2,000 degrees of freedom, growing with the count: see
 * the regression test against mpmath in test/unit/stats.poisson.test.ts.)
 */
function chisquareQuantile(p: number, degreesOfFreedom: number): number {
  const key = `${p}|${degreesOfFreedom}`;
  const known = quantiles.get(key);
  if (known !== undefined) return known;
  const q = jStat.chisquare.inv(p, degreesOfFreedom);
  if (quantiles.size > 50_000) quantiles.clear();
  quantiles.set(key, q);
  return q;
}

/** Quantiles already found: the assessment asks for each force's limits more than once. */
const quantiles = new Map<string, number>();

/**
 * Confidence limits for the expected value of a Poisson count, in events (the unit of the count).
 *
 * With alpha = 1 - level:
 * - exact (Garwood): lower = chisq.quantile(alpha/2, 2x) / 2, upper = chisq.quantile(1 - alpha/2, 2x + 2) / 2;
 * - Byar: lower = x (1 - 1/(9x) - z/(3 sqrt x))^3, upper = (x+1) (1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3,
 *   with z = normal.quantile(1 - alpha/2).
 *
 * A count of 0 has a lower limit of 0 by both methods. Byar's lower limit is floored at 0, which only
 * matters for very small counts at levels well above 99.9%. The input must already be valid: `count` a
 * whole number of 0 or more and 0 < `level` < 1 (use {@link rateInterval} for values from a workbook).
 */
export function poissonLimits(count: number, level: number, method: PoissonMethod = "exact"): Interval {
  const alpha = 1 - level;
  if (method === "exact") {
    return {
      lower: count === 0 ? 0 : chisquareQuantile(alpha / 2, 2 * count) / 2,
      upper: chisquareQuantile(1 - alpha / 2, 2 * count + 2) / 2,
    };
  }
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  const next = count + 1;
  const lower = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  return {
    lower: Math.max(0, lower),
    upper: next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3,
  };
}

export interface RateIntervalOptions {
  /** The rate is per this many of the base: 1000 gives "per 1,000 population". Default 1000. */
  readonly per?: number;
  /** Confidence level, 0.95 for 95%. Default 0.95. */
  readonly level?: number;
  /** Default `exact`. */
  readonly method?: PoissonMethod;
  /** What the count is, in the user's words. Default "Count". */
  readonly countLabel?: string;
  /** What the count is divided by. Default "Population". */
  readonly baseLabel?: string;
}

/**
 * A rate with its Poisson confidence interval: estimate = count / base x per, and each limit of
 * {@link poissonLimits} scaled the same way, so all three are "per `per` of the base" (per 1,000
 * population by default).
 *
 * A count of 0 gives an estimate and lower limit of 0 and a positive upper limit. A blank count or base
 * gives `blank-value` (a blank is never read as 0); a base of 0 gives `zero-denominator`; a negative or
 * fractional count, text, NaN or an infinity give their own issues. Every problem found is reported.
 */
export function rateInterval(count: InputValue, base: InputValue, options: RateIntervalOptions = {}): Result<Estimate> {
  const checked = all([
    readCount(count, { label: options.countLabel ?? "Count" }),
    readDivisor(base, { label: options.baseLabel ?? "Population" }, "rate"),
    readPositive(options.per ?? 1000, { label: "The rate multiplier (per)" }),
    readLevel(options.level ?? 0.95),
  ] as const);
  return mapResult(checked, ([x, n, per, level]) => {
    const limits = poissonLimits(x, level, options.method ?? "exact");
    const scale = per / n;
    return { estimate: x * scale, lower: limits.lower * scale, upper: limits.upper * scale };
  });
}
