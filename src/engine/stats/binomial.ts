import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";

/**
 * Two-sided p-value of the exact conditional test of two Poisson counts against a rate ratio: x1
 * events in a base of n1 (the earlier year) and x2 in n2 (the latest), under the null hypothesis that
 * the latest rate is `ratio` times the earlier one. Given the total N = x1 + x2, X2 is
 * Binomial(N, p0) with p0 = n2 R / (n1 + n2 R), and
 * p = min(1, 2 x min(P(X2 <= x2), P(X2 >= x2))).
 *
 * The upper tail is worked out as the lower tail of N - X2 ~ Binomial(N, 1 - p0), so it keeps its
 * precision when small. No events at all (N = 0) gives p = 1. The input must already be valid: whole
 * counts of 0 or more, bases and ratio more than 0.
 *
 * Worked example: 2 then 9 homicides, equal bases, R = 1: p0 = 0.5,
 * P(X2 >= 9) = (C(11,9) + C(11,10) + C(11,11)) / 2^11 = 67 / 2048, so p = 134 / 2048 = 0.0654.
 */
export function exactConditionalP(x1: number, n1: number, x2: number, n2: number, ratio = 1): number {
  const total = x1 + x2;
  if (total === 0) return 1;
  const p0 = (n2 * ratio) / (n1 + n2 * ratio);
  const lower = binomialCdf(x2, total, p0);
  const upper = binomialCdf(x1, total, 1 - p0);
  return Math.min(1, 2 * Math.min(lower, upper));
}
