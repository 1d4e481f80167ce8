import type { Polarity, Statistic } from "../catalogue/types";
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
}

export const comparisonDefaults = {
  statistic: "rate",
  polarity: "neutral",
  level: 0.95,
  method: "exact",
  designEffect: 1,
  tolerance: 0.05,
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
