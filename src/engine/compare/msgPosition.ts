import { andThen, failure, issue, mapResult, success, type Result } from "../result";
import { adjustedZ, funnelStandardError, noOverdispersion, twoSidedP, type FunnelPoint, type Overdispersion } from "../stats/funnel";
import { poissonLimits } from "../stats/poisson";
import { wilsonLimits } from "../stats/wilson";
import type { Statistic } from "../catalogue/types";
import type { Estimate } from "../stats/interval";
import { defaultPer, type CheckedFigure, type ForceFigure } from "./figures";
import { findGroup, groupMembers, type MsgGroup } from "./groups";
import { availableFigures, memberFigures, weightedAverage, type MsgAverage } from "./msgAverage";
import { comparisonDefaults, judge, sideWithinTolerance, type ComparisonOptions, type Side } from "./options";

/** Where a force stands against its group: better/worse by polarity, or higher/lower when neutral. */
export type PositionKind = "better" | "similar" | "worse" | "higher" | "lower";

export interface MsgPosition {
  readonly kind: PositionKind;
  /** Plain English, e.g. "Significantly lower than similar forces". */
  readonly label: string;
  /** Whether the force is called different from its group (beyond chance, or for figures with no sampling error, beyond the tolerance: see `tested`). */
  readonly significant: boolean;
  /** Whether a statistical test was run: false for figures with no sampling error, which are never "significant". */
  readonly tested: boolean;
  /** The force's figure with its confidence interval (equal limits for figures with no sampling error). */
  readonly force: Estimate;
  readonly msgAverage: MsgAverage;
  readonly includeForce: boolean;
  /** The funnel-plot test behind the call, when that comparison was used. */
  readonly test?: FunnelTest;
}

/** The outcome of the funnel-plot comparison of a force with its group. */
export interface FunnelTest {
  /** The z-score allowing for overdispersion; positive when the force is the higher. */
  readonly z: number;
  readonly pValue: number;
  /** Whether the gap is too big to put down to chance (pValue < 1 - level). */
  readonly significant: boolean;
  /** Whether the gap reaches the material gap. */
  readonly material: boolean;
  /** The gap: relative to the group for rates (0.1 is 10% higher), in percentage points otherwise. */
  readonly gap: number;
  readonly gapUnit: "relative" | "points";
  readonly overdispersion: Overdispersion;
}

/**
 * A force's figure against its group's on the funnel plot's scale (a rate per unit of exposure, or a
 * proportion 0-1), with the standard error of the difference were both at the group's rate. Rates
 * and proportions only; surveys use their design effect.
 */
export function funnelPointOf(own: CheckedFigure, average: MsgAverage, statistic: Statistic, includeForce: boolean, designEffect = 1): FunnelPoint | null {
  if (statistic === "figure" || !(average.denominator > 0) || !(own.exposure > 0)) return null;
  const proportion = statistic !== "rate";
  const clamp = (v: number) => (proportion ? Math.min(1, Math.max(0, v)) : v);
  const target = clamp(average.numerator / average.denominator);
  const value = clamp(own.events / own.exposure);
  const sameAsComparator = includeForce && average.denominator <= own.exposure;
  const standardError = sameAsComparator
    ? 0
    : funnelStandardError(proportion ? "proportion" : "rate", target, own.exposure, average.denominator, includeForce, statistic === "survey" ? designEffect : 1);
  return { value, target, standardError, relativeSpread: !proportion };
}

function funnelSide(point: FunnelPoint, statistic: Statistic, options: ComparisonOptions, level: number): { side: Side; test: FunnelTest } {
  const overdispersion = options.overdispersion ?? noOverdispersion;
  const z = point.standardError > 0 || point.value !== point.target ? adjustedZ(point, overdispersion) : 0;
  const pValue = twoSidedP(z, overdispersion);
  const significant = pValue < 1 - level;
  const relative = statistic === "rate";
  const gap = relative ? (point.target === 0 ? (point.value === 0 ? 0 : Infinity) : (point.value - point.target) / point.target) : (point.value - point.target) * 100;
  const threshold = relative ? (options.materialRelative ?? comparisonDefaults.materialRelative) : (options.materialPoints ?? comparisonDefaults.materialPoints);
  const material = Math.abs(gap) >= threshold && gap !== 0;
  const side: Side = significant && material ? (z > 0 ? "higher" : "lower") : "similar";
  return { side, test: { z, pValue, significant, material, gap, gapUnit: relative ? "relative" : "points", overdispersion } };
}

interface Members {
  readonly checked: readonly CheckedFigure[];
  readonly ordered: readonly string[];
  readonly missing: readonly string[];
}

function allMembers(force: string, peers: readonly string[], figures: readonly ForceFigure[], statistic: Statistic, labels: ComparisonOptions["labels"]): Result<Members> {
  const ordered = [force, ...peers];
  return mapResult(memberFigures(ordered, figures, statistic, labels), (checked) => ({ checked, ordered, missing: [] }));
}

/** The force's own figure (required) and the peers that have a usable figure; at least one peer must. */
function peersAvailable(force: string, peers: readonly string[], figures: readonly ForceFigure[], statistic: Statistic, labels: ComparisonOptions["labels"]): Result<Members> {
  return andThen(memberFigures([force], figures, statistic, labels), (own) => {
    const found = availableFigures(peers, figures, statistic, labels);
    if (found.counted.length === 0) return failure(issue("no-data", { force }, { force, what: "figures for any of its similar forces" }));
    return success({ checked: [...own, ...found.checked], ordered: [force, ...found.counted], missing: found.missing });
  });
}

/** The words for a position; figures with no sampling error are never called "significantly" different. */
export function positionLabel(kind: PositionKind, sampled: boolean): string {
  if (kind === "similar") return "Similar to similar forces";
  return `${sampled ? "Significantly " : ""}${kind} than similar forces`.replace(/^./, (c) => c.toUpperCase());
}

/** The force's figure and interval on the scale shown, for its statistic. */
export function figureEstimate(
  figure: CheckedFigure,
  options: Required<Pick<ComparisonOptions, "statistic" | "per" | "level" | "method" | "designEffect">>,
): Estimate {
  const { events, exposure } = figure;
  const scale = options.per / exposure;
  switch (options.statistic) {
    case "rate": {
      const limits = poissonLimits(events, options.level, options.method);
      return { estimate: events * scale, lower: limits.lower * scale, upper: limits.upper * scale };
    }
    case "proportion":
    case "survey": {
      const design = options.statistic === "survey" ? options.designEffect : 1;
      const w = wilsonLimits(events, exposure, options.level, design);
      return { estimate: w.estimate * options.per, lower: w.lower * options.per, upper: w.upper * options.per };
    }
    case "figure":
      return { estimate: events * scale, lower: events * scale, upper: events * scale };
  }
}

/**
 * A force's position against its Most Similar Group for one data set: significantly better, similar,
 * or significantly worse (for neutral polarity: higher, similar, lower).
 *
 * Rule (DOMAIN.md section 4): the force differs from its group when its confidence interval (exact
 * Poisson for rates, Wilson for proportions and surveys, with the design effect) excludes the
 * group's weighted average. Figures with no sampling error (costs) are not tested: they differ when
 * more than `materialRelative` (when given, as the assessment gives it) or else `tolerance` (default
 * 5%) above or below. Inputs as for {@link msgAverage}; the force is in the average unless
 * `includeForce` is false. With `peersAvailable`, a peer without a usable figure is left out and the
 * average is over the peers available (named in `msgAverage.missing`); by default it gives `no-data`.
 *
 * With `comparison: "funnel"` (Spiegelhalter 2005), rates and proportions are instead judged by the
 * z-score of the force's figure against the group's, z = (y - t) / s with s the standard error of the
 * difference under the group's rate (see {@link funnelStandardError}), adjusted for `overdispersion`;
 * the force differs when the two-sided p-value is below 1 - level and the gap reaches the material gap
 * (`materialRelative` for rates, `materialPoints` for proportions and surveys). `test` then gives the
 * z-score, p-value and gap.
 */
export function msgPosition(
  force: string,
  groups: readonly MsgGroup[],
  figures: readonly ForceFigure[],
  options: ComparisonOptions & { readonly includeForce?: boolean; readonly peersAvailable?: boolean } = {},
): Result<MsgPosition> {
  const statistic = options.statistic ?? comparisonDefaults.statistic;
  const settings = {
    statistic,
    per: options.per ?? defaultPer[statistic],
    level: options.level ?? comparisonDefaults.level,
    method: options.method ?? comparisonDefaults.method,
    designEffect: options.designEffect ?? comparisonDefaults.designEffect,
  };
  const includeForce = options.includeForce ?? true;
  return andThen(findGroup(force, groups), (group) => {
    const peers = groupMembers(group, false);
    const members = options.peersAvailable ? peersAvailable(group.force, peers, figures, statistic, options.labels) : allMembers(group.force, peers, figures, statistic, options.labels);
    return mapResult(members, ({ checked, ordered, missing }) => {
      const forceFigure = checked[0] as CheckedFigure;
      const counted = includeForce ? checked : checked.slice(1);
      const average = weightedAverage(counted, includeForce ? ordered : ordered.slice(1), settings.per, missing);
      const estimate = figureEstimate(forceFigure, settings);
      const point = options.comparison === "funnel" ? funnelPointOf(forceFigure, average, statistic, includeForce, settings.designEffect) : null;
      const funnel = point ? funnelSide(point, statistic, options, settings.level) : null;
      const side: Side = funnel
        ? funnel.side
        : statistic === "figure"
          ? sideWithinTolerance(estimate.estimate, average.value, options.materialRelative ?? options.tolerance ?? comparisonDefaults.tolerance)
          : estimate.lower > average.value
            ? "higher"
            : estimate.upper < average.value
              ? "lower"
              : "similar";
      const kind = judge(side, options.polarity ?? comparisonDefaults.polarity);
      return {
        kind,
        label: positionLabel(kind, statistic !== "figure"),
        significant: side !== "similar",
        tested: statistic !== "figure",
        force: estimate,
        msgAverage: average,
        includeForce,
        ...(funnel ? { test: funnel.test } : {}),
      };
    });
  });
}
