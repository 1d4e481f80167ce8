import { andThen, mapResult, type Result } from "../result";
import { poissonLimits } from "../stats/poisson";
import { wilsonLimits } from "../stats/wilson";
import type { Estimate } from "../stats/interval";
import { defaultPer, type CheckedFigure, type ForceFigure } from "./figures";
import { findGroup, groupMembers, type MsgGroup } from "./groups";
import { memberFigures, weightedAverage, type MsgAverage } from "./msgAverage";
import { comparisonDefaults, judge, sideWithinTolerance, type ComparisonOptions, type Side } from "./options";

/** Where a force stands against its group: better/worse by polarity, or higher/lower when neutral. */
export type PositionKind = "better" | "similar" | "worse" | "higher" | "lower";

export interface MsgPosition {
  readonly kind: PositionKind;
  /** Plain English, e.g. "Significantly lower than similar forces". */
  readonly label: string;
  /** Whether the difference is beyond chance (or, for figures with no sampling error, the tolerance). */
  readonly significant: boolean;
  /** The force's figure with its confidence interval (equal limits for figures with no sampling error). */
  readonly force: Estimate;
  readonly msgAverage: MsgAverage;
  readonly includeForce: boolean;
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
 * group's weighted average. Figures with no sampling error (costs) differ when more than `tolerance`
 * (default 5%) above or below. Inputs as for {@link msgAverage}; the force is in the average unless
 * `includeForce` is false.
 */
export function msgPosition(
  force: string,
  groups: readonly MsgGroup[],
  figures: readonly ForceFigure[],
  options: ComparisonOptions & { readonly includeForce?: boolean } = {},
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
    const ordered = [group.force, ...groupMembers(group, false)];
    return mapResult(memberFigures(ordered, figures, statistic, options.labels), (checked) => {
      const forceFigure = checked[0] as CheckedFigure;
      const counted = includeForce ? checked : checked.slice(1);
      const average = weightedAverage(counted, includeForce ? ordered : ordered.slice(1), settings.per);
      const estimate = figureEstimate(forceFigure, settings);
      const side: Side =
        statistic === "figure"
          ? sideWithinTolerance(estimate.estimate, average.value, options.tolerance ?? comparisonDefaults.tolerance)
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
        force: estimate,
        msgAverage: average,
        includeForce,
      };
    });
  });
}
