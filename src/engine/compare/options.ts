import type { Polarity, Statistic } from "../catalogue/types";
import type { Overdispersion } from "../stats/funnel";
import type { PoissonMethod } from "../stats/poisson";
import type { FigureLabels } from "./figures";

/**
 * How a data set is compared, with the documented defaults: 95% confidence, exact Poisson limits,
 * design effect 1, and a tolerance of 5% for figures with no sampling error (a cost within 5% of
 * similar forces' is called similar). Every default can be changed from the workbook's Rules table.
 */
export interface ComparisonOptions {
  readonly statistic?: Statistic;
  readonly polarity?: Polarity;
  readonly per?: number;
  readonly level?: number;
  readonly method?: PoissonMethod;
  readonly designEffect?: number;
  readonly tolerance?: number;
  readonly labels?: FigureLabels;
  /**
   * How a force is compared with its group: `interval` (its confidence interval excludes the group's
   * average: the simple exact test, the default of the functions) or `funnel` (a z-score against the
   * group allowing for `overdispersion`, and a gap of at least the material gap; the assessment's default).
   */
  readonly comparison?: "interval" | "funnel";
  /** The spread between forces beyond chance, estimated across all forces (funnel only; default none). */
  readonly overdispersion?: Overdispersion;
  /**
   * The smallest gap that counts, relative (0.1 is 10%): for rates on the funnel and in the direction of
   * travel (default 0), and for figures with no sampling error in place of `tolerance` when given.
   */
  readonly materialRelative?: number;
  /** The smallest gap that counts for proportions and surveys, in percentage points (funnel and direction of travel); default 0. */
  readonly materialPoints?: number;
}

export const comparisonDefaults = {
  statistic: "rate",
  polarity: "neutral",
  level: 0.95,
  method: "exact",
  designEffect: 1,
  tolerance: 0.05,
  comparison: "interval",
  materialRelative: 0,
  materialPoints: 0,
} as const satisfies ComparisonOptions;

/** Which side a figure falls, before polarity says whether that is better or worse. */
export type Side = "higher" | "lower" | "similar";

/** `higher`/`lower` beyond a relative tolerance of the reference, else `similar`. */
export function sideWithinTolerance(value: number, reference: number, tolerance: number): Side {
  if (reference === 0) return value === 0 ? "similar" : value > 0 ? "higher" : "lower";
  const relative = (value - reference) / Math.abs(reference);
  if (relative > tolerance) return "higher";
  if (relative < -tolerance) return "lower";
  return "similar";
}

/** Turns a side into a judgement: for `higher` polarity, higher is better; `neutral` keeps the side. */
export function judge(side: Side, polarity: Polarity): "better" | "worse" | "similar" | "higher" | "lower" {
  if (side === "similar" || polarity === "neutral") return side;
  return (side === "higher") === (polarity === "higher") ? "better" : "worse";
}
