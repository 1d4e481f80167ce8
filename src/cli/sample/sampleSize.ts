/** The normal quantile of a two-sided 95% interval, as HMIC's survey intervals use it. */
export const Z95 = 1.96;

/**
 * The sample size implied by a published 95% interval for a survey proportion, where the size itself
 * is not published (HMIC's Value for Money 2010 data give each British Crime Survey and user
 * satisfaction figure with its interval, never the number who answered).
 *
 * The interval is read as p ± h with h = z·√(p(1−p)/n), so n = z²·p(1−p)/h², rounded to a whole
 * person (z = 1.96). p and h are fractions (0.489, not 48.9). If the published interval already
 * allows for the survey's design (weighting, clustering), n is the *effective* sample size, and the
 * design effect to use with it is 1.
 *
 * Worked by hand, Kent 2008/09, single confidence measure: p = 0.488877716662, h = 0.0438277742005;
 * p(1−p) = 0.488877716662 × 0.511122283338 = 0.249876; h² = 0.00192087; n = 3.8416 × 0.249876 / 0.00192087
 * = 499.7, so 500.
 *
 * Blank or zero behaviour: undefined when p is not strictly between 0 and 1 or h is not more than 0
 * (no size can be worked out); a result below 1 is given as 1.
 */
export function sampleSizeFromInterval(p: number, halfWidth: number, z = Z95): number | undefined {
  if (!(p > 0 && p < 1) || !(halfWidth > 0) || !Number.isFinite(halfWidth)) return undefined;
  return Math.max(1, Math.round((z * z * p * (1 - p)) / (halfWidth * halfWidth)));
}
