import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { readCount, readDivisor, readLevel, readPositive, type InputValue } from "../input";
import { all, success, warning, type Issue, type Result } from "../result";
import type { Estimate } from "./interval";

/**
 * The Wilson score interval for a proportion, as proportions from 0 to 1 (not percentages).
 *
 * With p = successes / n, n_eff = n / designEffect and z = normal.quantile(1 - (1 - level)/2):
 * centre = (p + z²/(2 n_eff)) / (1 + z²/n_eff),
 * half-width = z sqrt(p(1 - p)/n_eff + z²/(4 n_eff²)) / (1 + z²/n_eff),
 * limits = centre ± half-width.
 *
 * A design effect above 1 (a clustered or weighted survey) shrinks the effective sample and widens the
 * interval; 1 is a simple random sample. 0 successes give a lower limit of 0 and a positive upper
 * limit. When successes exceed n (detections in a year can exceed the offences recorded in it), the
 * estimate stays successes / n, above 1, but the interval is worked out for p = 1, so it ends at 1 and
 * does not contain the estimate. Limits are kept within 0 and 1 against rounding.
 *
 * The input must already be valid: successes a whole number of 0 or more, n and designEffect more than
 * 0, and 0 < level < 1 (use {@link proportionInterval} for values from a workbook).
 */
export function wilsonLimits(successes: number, n: number, level: number, designEffect = 1): Estimate {
  const estimate = successes / n;
  const p = Math.min(estimate, 1);
  const nEff = n / designEffect;
  const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
  const z2 = z * z;
  const denominator = 1 + z2 / nEff;
  const centre = (p + z2 / (2 * nEff)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / nEff + z2 / (4 * nEff * nEff))) / denominator;
  return {
    estimate,
    lower: p === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: p === 1 ? 1 : Math.min(1, centre + halfWidth),
  };
}

export interface ProportionIntervalOptions {
  /** Confidence level, 0.95 for 95%. Default 0.95. */
  readonly level?: number;
  /** Survey design effect, more than 0. Default 1 (a simple random sample). */
  readonly designEffect?: number;
  /** What the successes are, in the user's words. Default "Successes". */
  readonly successesLabel?: string;
  /** What they are out of. Default "Sample size". */
  readonly nLabel?: string;
}

/**
 * A proportion with its Wilson score interval ({@link wilsonLimits}), from 0 to 1 (0.25 for 25%).
 *
 * 0 successes give an estimate of 0. A blank gives `blank-value` (never read as 0); n of 0 gives
 * `zero-denominator`; a negative or fractional count of successes, a design effect of 0 or less, or a
 * level outside 0 to 1 give their own issues. Successes above n are not an error: the result carries
 * the warning `detections-exceed-offences` and an estimate above 1.
 */
export function proportionInterval(
  successes: InputValue,
  n: InputValue,
  options: ProportionIntervalOptions = {},
): Result<Estimate> {
  const successesLabel = options.successesLabel ?? "Successes";
  const checked = all([
    readCount(successes, { label: successesLabel }),
    readDivisor(n, { label: options.nLabel ?? "Sample size" }, "proportion"),
    readLevel(options.level ?? 0.95),
    readPositive(options.designEffect ?? 1, { label: "The design effect" }),
  ] as const);
  if (!checked.ok) return checked;
  const [s, total, level, designEffect] = checked.value;
  const warnings: Issue[] = [...checked.warnings];
  if (s > total) {
    warnings.push(warning("detections-exceed-offences", { argument: successesLabel }, { detections: s, offences: total }));
  }
  return success(wilsonLimits(s, total, level, designEffect), warnings);
}
