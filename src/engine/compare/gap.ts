import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import type { Polarity } from "../catalogue/types";
import type { InputValue } from "../input";
import { all, mapResult, type Result } from "../result";
import { noOverdispersion } from "../stats/funnel";
import type { Estimate } from "../stats/interval";
import { directionFromChange, type DirectionOfTravel } from "./direction";
import { checkFigure } from "./figures";
import { positionLabel, type MsgPosition } from "./msgPosition";
import { comparisonDefaults, judge, type Side } from "./options";

/**
 * A gap between two groups' survey results in one force and year (white and minority ethnic victims'
 * satisfaction): each percentage (0 to 100) with its sample size, and the survey's design effect.
 */
export interface SurveyGap {
  readonly force: string;
  readonly first: number;
  readonly firstSize: number;
  readonly second: number;
  readonly secondSize: number;
  readonly designEffect: number;
}

/**
 * One force's survey gap from its two groups' percentages (0 to 100) and sample sizes (more than 0),
 * each checked as a survey figure is (a blank, a percentage outside 0-100 or a size of 0 is an issue
 * naming the force), with the survey's design effect.
 */
export function surveyGapOf(
  force: string,
  first: { readonly percentage: InputValue; readonly size: InputValue },
  second: { readonly percentage: InputValue; readonly size: InputValue },
  designEffect: number,
): Result<SurveyGap> {
  const read = (g: typeof first) => checkFigure({ numerator: g.percentage, denominator: g.size }, "survey", { force });
  return mapResult(all([read(first), read(second)] as const), ([a, b]) => ({
    force,
    first: (a.events / a.exposure) * 100,
    firstSize: a.exposure,
    second: (b.events / b.exposure) * 100,
    secondSize: b.exposure,
    designEffect,
  }));
}

/** The gap in percentage points, whichever group is the higher: |first - second|. */
export const gapPoints = (g: SurveyGap): number => Math.abs(g.first - g.second);

/**
 * The sampling variance of a gap, in squared percentage points: the two samples are independent, so
 * d (p1 (100 - p1) / n1 + p2 (100 - p2) / n2), with d the design effect.
 */
export const gapVariance = (g: SurveyGap): number =>
  g.designEffect * ((g.first * (100 - g.first)) / g.firstSize + (g.second * (100 - g.second)) / g.secondSize);

const twoSided = (z: number) => Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));

/** A gap with its normal interval at `level`, the lower limit floored at 0 (a gap is never negative). */
export function gapEstimate(g: SurveyGap, level: number): Estimate {
  const gap = gapPoints(g);
  const half = normalQuantile(1 - (1 - level) / 2, 0, 1) * Math.sqrt(gapVariance(g));
  return { estimate: gap, lower: Math.max(0, gap - half), upper: gap + half };
}

export interface GapOptions {
  readonly level?: number;
  readonly polarity?: Polarity;
  /** The smallest difference in the gap that counts, in percentage points (default 0). */
  readonly materialPoints?: number;
}

/**
 * A force's gap against the mean gap of its similar forces (each force counted once, as the gap is a
 * figure of the force, not a count), tested as a difference of two proportions from both sample sizes:
 * z = (g - mean) / sqrt(var(g) + sum var(g_i) / k^2), with var from {@link gapVariance}. The force
 * differs when the two-sided p-value is below 1 - level and the difference is at least
 * `materialPoints`. The default polarity `lower` makes a smaller gap better. `peers` are the forces
 * averaged (not empty).
 */
export function gapPosition(own: SurveyGap, peers: readonly SurveyGap[], options: GapOptions & { readonly includeForce: boolean }): MsgPosition {
  const level = options.level ?? comparisonDefaults.level;
  const k = peers.length;
  const total = peers.reduce((s, p) => s + gapPoints(p), 0);
  const mean = total / k;
  const variance = gapVariance(own) + peers.reduce((s, p) => s + gapVariance(p), 0) / (k * k);
  const difference = gapPoints(own) - mean;
  const z = variance > 0 ? difference / Math.sqrt(variance) : 0;
  const pValue = variance > 0 ? twoSided(z) : 1;
  const significant = pValue < 1 - level;
  const material = difference !== 0 && Math.abs(difference) >= (options.materialPoints ?? comparisonDefaults.materialPoints);
  const side: Side = significant && material ? (difference > 0 ? "higher" : "lower") : "similar";
  const kind = judge(side, options.polarity ?? "lower");
  return {
    kind,
    label: positionLabel(kind, true),
    significant: side !== "similar",
    tested: true,
    force: gapEstimate(own, level),
    msgAverage: { value: mean, numerator: total, denominator: k, members: peers.map((p) => p.force) },
    includeForce: options.includeForce,
    test: { z, pValue, significant, material, gap: difference, gapUnit: "points", overdispersion: noOverdispersion },
  };
}

/**
 * The direction of travel of a gap: the latest year's gap against the one two years before (`series`
 * oldest first, three or more), set against the reference's change in the gap (null: the force's own
 * change alone), tested as a difference of two proportions with the force's own standard error,
 * sqrt(var(g1) + var(g2)), and at least `materialPoints`. A smaller gap is better by default.
 */
export function gapDirection(
  series: readonly { readonly year: string; readonly gap: SurveyGap }[],
  reference: { readonly name: string; readonly change: number } | null,
  options: GapOptions,
): DirectionOfTravel {
  const latest = series[series.length - 1] as (typeof series)[number];
  const earlier = series[series.length - 3] as (typeof series)[number];
  const change = gapPoints(latest.gap) - gapPoints(earlier.gap);
  const gap = change - (reference?.change ?? 0);
  const se = Math.sqrt(gapVariance(latest.gap) + gapVariance(earlier.gap));
  return directionFromChange(
    { change, referenceChange: reference?.change ?? null, gap, threshold: options.materialPoints ?? comparisonDefaults.materialPoints, test: "difference of two proportions", pValue: se > 0 ? twoSided(gap / se) : 1 },
    { level: options.level, polarity: options.polarity ?? "lower", referenceName: reference?.name },
    series.map((s) => ({ year: s.year, value: gapPoints(s.gap) })),
    { from: earlier.year, to: latest.year },
    "points",
  );
}
