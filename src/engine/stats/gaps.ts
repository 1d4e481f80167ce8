import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { failure, issue, success, type Result } from "../result";
import type { Estimate, Interval } from "./interval";
import { adjustedStandardError, noOverdispersion, pointAgainstTarget, type Overdispersion } from "./funnel";
import { wilsonLimits } from "./wilson";

const zFor = (level: number) => normalQuantile(1 - (1 - level) / 2, 0, 1);

/**
 * Funnel-plot control limits around a target at one base (Spiegelhalter 2005, normal approximation,
 * as the assessment's z-scores): target +/- z s*, with z the normal quantile of 1 - (1 - level)/2 and
 * s* the standard error allowing for the spread between forces ({@link adjustedStandardError}): chance
 * alone s = sqrt(v / n), with n the base (population, offences, sample size) and v the variance per
 * unit: the target per person for a rate (Poisson), p (1 - p) x designEffect for a proportion p;
 * multiplicative s sqrt(phi); additive sqrt(s^2 + tau^2 c^2), c the target per person for a rate
 * (tau^2 a relative variance: 0.01 is a spread of 10%) and 1 for a proportion (tau^2 in squared
 * proportions). `target` and the limits are on the scale of `per` (per 1,000 people; 1 for a
 * proportion; 100 for a percentage). The lower limit is never below 0, nor the upper above `per` for a
 * proportion. Inputs must be valid: base and per more than 0, target 0 or more (at most per for a
 * proportion), 0 < level < 1, designEffect more than 0. `phi` alone (1 for chance alone) is the
 * multiplicative factor; `spread` overrides it.
 */
export function funnelLimits(target: number, base: number, kind: "rate" | "proportion", options: { per: number; level: number; phi?: number; spread?: Overdispersion; designEffect?: number }): Interval {
  const t = target / options.per;
  const point = pointAgainstTarget(t * base, base, t, kind, options.designEffect ?? 1);
  const half = zFor(options.level) * adjustedStandardError(point, spreadOf(options));
  const upper = kind === "rate" ? t + half : Math.min(1, t + half);
  return { lower: Math.max(0, t - half) * options.per, upper: upper * options.per };
}

/** The spread given: `spread`, or a multiplicative `phi` (none when omitted). */
const spreadOf = (options: { phi?: number; spread?: Overdispersion }): Overdispersion =>
  options.spread ?? (options.phi === undefined ? noOverdispersion : { model: "multiplicative", phi: options.phi, tau2: 0, forces: 0 });

/**
 * The z-score of a figure against a known target (Spiegelhalter 2005): (y - t) / s*, with
 * y = count / base, t = target / per and s* as in {@link funnelLimits}; positive when the figure is the
 * higher. A target of 0 gives 0 for a count of 0 and otherwise an infinite z, which is refused.
 */
export function zScore(count: number, base: number, target: number, kind: "rate" | "proportion", options: { per: number; phi?: number; spread?: Overdispersion; designEffect?: number }): Result<number> {
  const t = target / options.per;
  const point = pointAgainstTarget(count, base, t, kind, options.designEffect ?? 1);
  if (point.value === t) return success(0);
  const se = adjustedStandardError(point, spreadOf(options));
  if (!(se > 0)) return failure(issue("out-of-range", { argument: "The target" }, { label: "The target", value: target, range: kind === "rate" ? "more than 0" : "between 0 and per, not at either end" }));
  return success((point.value - t) / se);
}

/**
 * The ratio of two rates, (x1 / n1) / (x2 / n2), with its interval on the log scale (the Katz log
 * method, as for a risk ratio): exp(ln(ratio) +/- z sqrt(1/x1 + 1/x2)). The bases' unit cancels, so
 * a population and a population, or households and households, give the same ratio whatever `per`.
 * Both counts must be more than 0 (a count of 0 has no log-scale interval: `zero-count`).
 */
export function rateRatio(x1: number, n1: number, x2: number, n2: number, level: number): Result<Estimate> {
  const zero = x1 === 0 ? "The first count" : x2 === 0 ? "The second count" : undefined;
  if (zero) return failure(issue("zero-count", { argument: zero }, { label: zero }));
  const ratio = x1 / n1 / (x2 / n2);
  const half = zFor(level) * Math.sqrt(1 / x1 + 1 / x2);
  return success({ estimate: ratio, lower: ratio * Math.exp(-half), upper: ratio * Math.exp(half) });
}

/**
 * The gap between two proportions p1 - p2 in percentage points, with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10) from each proportion's Wilson interval (l, u):
 * lower = d - sqrt((p1 - l1)^2 + (u2 - p2)^2), upper = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
 * Proportions are successes / n (survey percentages x n / 100); a design effect above 1 widens each
 * Wilson interval as {@link wilsonLimits} does. Inputs must be valid (n more than 0).
 */
export function pointsGap(s1: number, n1: number, s2: number, n2: number, level: number, designEffects: readonly [number, number] = [1, 1]): Estimate {
  const a = wilsonLimits(s1, n1, level, designEffects[0]);
  const b = wilsonLimits(s2, n2, level, designEffects[1]);
  const d = a.estimate - b.estimate;
  return {
    estimate: d * 100,
    lower: (d - Math.hypot(a.estimate - a.lower, b.upper - b.estimate)) * 100,
    upper: (d + Math.hypot(a.upper - a.estimate, b.estimate - b.lower)) * 100,
  };
}
