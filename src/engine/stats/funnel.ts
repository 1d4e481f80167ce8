import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { jStat } from "jstat";

/**
 * How the spread between forces beyond chance is allowed for (Spiegelhalter 2005, "Funnel plots for
 * comparing institutional performance", Statistics in Medicine 24:1185-1202, section 6):
 * `multiplicative` scales every variance by one factor phi; `additive` adds a between-force variance
 * tau squared (random effects); `none` uses the sampling variance alone.
 */
export type OverdispersionModel = "multiplicative" | "additive" | "none";

/** One force's figure against its comparator, on the scale of the statistic (a rate per person, a proportion from 0 to 1). */
export interface FunnelPoint {
  readonly value: number;
  readonly target: number;
  /** The standard error of value - target if both had the target's underlying rate (sampling error only). */
  readonly standardError: number;
  /**
   * For the additive model: the between-force spread is relative to the target (rates: a force's
   * underlying rate varies by a fraction of its group's) rather than in the statistic's own unit
   * (proportions: percentage points). Default false.
   */
  readonly relativeSpread?: boolean;
}

/** The overdispersion estimated across forces, ready to adjust a z-score. */
export interface Overdispersion {
  readonly model: OverdispersionModel;
  /** The winsorised mean of squared z-scores over its value for chance alone (about 1 when the forces differ by chance alone). */
  readonly phi: number;
  /**
   * The between-force variance of the additive model: of the relative gap for points with
   * `relativeSpread` (0.01 is a spread of 10%), of the statistic itself otherwise; 0 for the others.
   */
  readonly tau2: number;
  /** How many forces the estimate is from. */
  readonly forces: number;
}

/** No adjustment: the sampling variance alone. */
export const noOverdispersion: Overdispersion = { model: "none", phi: 1, tau2: 0, forces: 0 };

/**
 * The standard error of a force's figure minus its comparator's under the null hypothesis that both
 * have the comparator's underlying rate `target` (a rate per unit of exposure, or a proportion 0-1).
 *
 * Variance per unit of exposure: `target` for rates (Poisson), `target (1 - target) x designEffect`
 * for proportions and surveys (binomial). The comparator either includes the force (the force's
 * exposure is part of `comparatorExposure`: variance v (1/n - 1/N)) or not (v (1/n + 1/N)).
 * A comparator exposure of Infinity treats the target as known. Exposures must be more than 0.
 */
export function funnelStandardError(
  kind: "rate" | "proportion",
  target: number,
  exposure: number,
  comparatorExposure: number,
  includesForce: boolean,
  designEffect = 1,
): number {
  const unitVariance = kind === "rate" ? target : target * (1 - target) * designEffect;
  const share = includesForce ? 1 / exposure - 1 / comparatorExposure : 1 / exposure + 1 / comparatorExposure;
  return Math.sqrt(Math.max(0, unitVariance * share));
}

/** The z-score of a point without any overdispersion: (value - target) / standard error; 0 when both are 0. */
export function rawZ(point: FunnelPoint): number {
  const difference = point.value - point.target;
  if (difference === 0) return 0;
  if (!(point.standardError > 0)) return difference > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  return difference / point.standardError;
}

/**
 * Winsorises values: with k = floor(fraction x count), the k smallest are set to the (k+1)th smallest
 * and the k largest to the (k+1)th largest (Spiegelhalter 2005 uses 10%: 4 of 43 at each end).
 * Order is kept.
 */
export function winsorise(values: readonly number[], fraction: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.floor(fraction * sorted.length);
  if (k === 0 || sorted.length === 0) return [...values];
  const low = sorted[k] as number;
  const high = sorted[sorted.length - 1 - k] as number;
  return values.map((v) => Math.min(high, Math.max(low, v)));
}

/**
 * The mean of a squared standard normal variable winsorised at the fraction q each end:
 * (1 - 2q) - 2 a pdf(a) + 2 q a^2 with a = Phi^-1(1 - q); 1 when q = 0, 0.6787 when q = 0.1.
 * Dividing a winsorised mean square by it makes the estimate of phi about 1 under chance alone.
 */
export function winsorisedNormalMoment(q: number): number {
  if (!(q > 0)) return 1;
  const a = normalQuantile(1 - q, 0, 1);
  return 1 - 2 * q - 2 * a * jStat.normal.pdf(a, 0, 1) + 2 * q * a * a;
}

/** The mean of the squared z-scores, winsorised, over its value under chance alone. */
function winsorisedPhi(z: readonly number[], fraction: number): number {
  const w = winsorise(z, fraction);
  return w.reduce((sum, v) => sum + v * v, 0) / w.length / winsorisedNormalMoment(Math.floor(fraction * w.length) / w.length);
}

/**
 * Estimates overdispersion from every force's point against its comparator (Spiegelhalter 2005,
 * section 6): z_i = (y_i - t_i) / s_i winsorised at `fraction` (default 10%) each end, and
 * phi = (1/I) sum z_i^2 over the I forces, divided by {@link winsorisedNormalMoment} of the share
 * actually winsorised (k / I) so that phi is about 1 under chance alone (without it, 10% winsorising
 * takes a third off phi, and too many forces are called different).
 *
 * `additive`: tau^2 is the between-force variance at which the adjusted z-scores
 * (y_i - t_i) / sqrt(s_i^2 + tau^2 c_i^2) have the same winsorised phi of 1 (c_i = t_i with
 * `relativeSpread`, else 1): the moment equation that Spiegelhalter's one-step formula
 * (I phi - (I - 1)) / (sum w - sum w^2 / sum w) approximates, solved exactly by bisection (the
 * Paule-Mandel estimator), since the one-step formula with winsorised z-scores leaves too little
 * spread when forces differ much in size. 0 when phi is at most 1.
 * Points with no standard error are left out; with fewer than 3, no adjustment.
 */
export function estimateOverdispersion(points: readonly FunnelPoint[], model: OverdispersionModel, fraction = 0.1): Overdispersion {
  const usable = points.filter((p) => p.standardError > 0 && Number.isFinite(p.standardError) && Number.isFinite(p.value) && Number.isFinite(p.target));
  if (model === "none" || usable.length < 3) return { ...noOverdispersion, model, forces: usable.length };
  const phi = winsorisedPhi(usable.map(rawZ), fraction);
  if (model === "multiplicative" || phi <= 1) return { model, phi, tau2: 0, forces: usable.length };
  const excess = (tau2: number) => winsorisedPhi(usable.map((p) => adjustedZ(p, { model, phi, tau2, forces: 0 })), fraction) - 1;
  let low = 0;
  let high = Math.max(...usable.map((p) => ((p.value - p.target) / spreadScale(p)) ** 2), Number.MIN_VALUE);
  while (excess(high) > 0) high *= 2;
  for (let i = 0; i < 100 && high - low > 1e-12 * high; i++) {
    const middle = (low + high) / 2;
    if (excess(middle) > 0) low = middle;
    else high = middle;
  }
  return { model, phi, tau2: (low + high) / 2, forces: usable.length };
}

const spreadScale = (p: FunnelPoint) => (p.relativeSpread ? Math.abs(p.target) || 1 : 1);

/**
 * The standard error of a point allowing for overdispersion: multiplicative s sqrt(phi) when phi > 1
 * (never narrower than chance alone); additive sqrt(s^2 + tau^2 c^2) with c the target for points with
 * `relativeSpread`, else 1; none s. Funnel limits are target +/- z times it.
 */
export function adjustedStandardError(point: FunnelPoint, overdispersion: Overdispersion): number {
  switch (overdispersion.model) {
    case "none":
      return point.standardError;
    case "multiplicative":
      return point.standardError * Math.sqrt(Math.max(1, overdispersion.phi));
    case "additive":
      return Math.sqrt(point.standardError * point.standardError + overdispersion.tau2 * spreadScale(point) ** 2);
  }
}

/** The z-score of a point allowing for overdispersion: (y - t) over {@link adjustedStandardError}; none gives {@link rawZ}. */
export function adjustedZ(point: FunnelPoint, overdispersion: Overdispersion): number {
  return overdispersion.model === "none" ? rawZ(point) : rawZ({ ...point, standardError: adjustedStandardError(point, overdispersion) });
}

/**
 * A figure against a known target on the funnel's scale, for estimating the spread around that
 * target: y = count / base and t a rate per unit of the base, or both proportions 0 to 1; the standard
 * error sqrt(v / base) with v the target for a rate (Poisson) and t (1 - t) x designEffect for a
 * proportion; the spread relative to the target for rates, as the assessment's points.
 */
export function pointAgainstTarget(count: number, base: number, target: number, kind: "rate" | "proportion", designEffect = 1): FunnelPoint {
  return { value: count / base, target, standardError: funnelStandardError(kind, target, base, Infinity, false, designEffect), relativeSpread: kind === "rate" };
}

/** Whether a spread between forces beyond chance was estimated (from 3 forces or more) and is used: tau^2 above 0, or phi above 1. */
export function spreadEstimated(overdispersion: Overdispersion): boolean {
  return overdispersion.forces >= 3 && ((overdispersion.model === "additive" && overdispersion.tau2 > 0) || (overdispersion.model === "multiplicative" && overdispersion.phi > 1));
}

/**
 * Two-sided p-value of a z-score: 2 Phi(-|z|) from the standard normal; when the z-score was adjusted
 * by an overdispersion estimated from I forces (phi > 1 multiplicative, tau^2 > 0 additive), from
 * Student's t with I - 1 degrees of freedom instead, since the spread itself is estimated (as the
 * Hartung-Knapp adjustment does in meta-analysis): without it, 43 forces give about 5.2% false
 * calls at 95% rather than 5%.
 */
export function twoSidedP(z: number, overdispersion: Overdispersion = noOverdispersion): number {
  if (spreadEstimated(overdispersion)) return Math.min(1, 2 * jStat.studentt.cdf(-Math.abs(z), overdispersion.forces - 1));
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}
