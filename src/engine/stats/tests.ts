import normalCdf from "@stdlib/stats-base-dists-normal-cdf";

/** The outcome of a two-sample test, read as "the first sample is ... than the second". */
export interface Comparison {
  /** The standard normal test statistic; positive when the first sample is the higher. */
  readonly z: number;
  /** Two-sided p-value, from 0 to 1. */
  readonly pValue: number;
  /** Whether pValue < 1 - level. */
  readonly significant: boolean;
  /** The first sample relative to the second; "similar" whenever the difference is not significant. */
  readonly direction: "higher" | "lower" | "similar";
}

const similar: Comparison = { z: 0, pValue: 1, significant: false, direction: "similar" };

function judge(difference: number, standardError: number, level: number): Comparison {
  if (!(standardError > 0) || difference === 0) return similar;
  const z = Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, difference / standardError));
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  const significant = pValue < 1 - level;
  return { z, pValue, significant, direction: significant ? (z > 0 ? "higher" : "lower") : "similar" };
}

/**
 * Two-sample Poisson z test of two rates, x1 events in a base of n1 against x2 in n2, with the pooled
 * rate r = (x1 + x2) / (n1 + n2):
 * z = (x1/n1 - x2/n2) / sqrt(r (1/n1 + 1/n2)), two-sided p = 2 (1 - Phi(|z|)) (worked out as
 * 2 Phi(-|z|), which keeps its precision for very small p).
 *
 * The result does not depend on the unit of the rates ("per 1,000") because the multiplier cancels.
 * No events in either sample (x1 + x2 = 0) gives z = 0, p = 1, "similar". Swapping the samples negates
 * z and mirrors the direction. z is capped at the largest finite number, so it is never Infinity. The
 * input must already be valid: counts of 0 or more, bases more than 0, 0 < level < 1.
 */
export function compareRates(x1: number, n1: number, x2: number, n2: number, level = 0.95): Comparison {
  const pooled = (x1 + x2) / (n1 + n2);
  return judge(x1 / n1 - x2 / n2, Math.sqrt(pooled) * Math.sqrt(1 / n1 + 1 / n2), level);
}

/**
 * Pooled two-proportion z test, s1 successes out of n1 against s2 out of n2, as proportions (0 to 1):
 * p = (s1 + s2) / (n1 + n2), se = sqrt(p (1 - p) (deff1/n1 + deff2/n2)), z = (s1/n1 - s2/n2) / se,
 * two-sided p-value = 2 (1 - Phi(|z|)). Design effects of 1 give the textbook test.
 *
 * Successes above n (detections exceeding offences) are capped at n for the test, as the Wilson
 * interval caps the proportion at 1. After that cap se is 0 only when both proportions are 0 or both
 * are 1, and then the proportions are equal: z = 0, p = 1, "similar". z is never NaN or Infinity. The
 * input must already be valid: successes of 0 or more, n and design effects more than 0, 0 < level < 1.
 */
export function compareProportions(
  s1: number,
  n1: number,
  s2: number,
  n2: number,
  level = 0.95,
  designEffect1 = 1,
  designEffect2 = 1,
): Comparison {
  const c1 = Math.min(s1, n1);
  const c2 = Math.min(s2, n2);
  const pooled = (c1 + c2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (designEffect1 / n1 + designEffect2 / n2);
  return judge(c1 / n1 - c2 / n2, Math.sqrt(Math.max(0, variance)), level);
}
