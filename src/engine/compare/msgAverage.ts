import type { Statistic } from "../catalogue/types";
import { all, andThen, mapResult, type Result } from "../result";
import { byForce, checkFigure, defaultLabels, defaultPer, figureOf, type CheckedFigure, type FigureLabels, type ForceFigure } from "./figures";
import { findGroup, groupMembers, type MsgGroup } from "./groups";

export interface MsgAverageOptions {
  /** How figures are read and shown; default `rate`. */
  readonly statistic?: Statistic;
  /** The multiplier: 1,000 for "per 1,000"; default by statistic (rates 1,000, surveys 100, others 1). */
  readonly per?: number;
  /** Count the force itself in its group's average (the default, as the predecessor framework did). */
  readonly includeForce?: boolean;
  readonly labels?: FigureLabels;
}

/** The weighted average of a Most Similar Group, with the totals behind it. */
export interface MsgAverage {
  /** Sum of numerators / sum of denominators x per. */
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
  /** The forces counted, the force first when included. */
  readonly members: readonly string[];
  /** Peers of the group left out for want of a usable figure (a blank, missing or bad row); empty when all were counted. */
  readonly missing?: readonly string[];
}

/**
 * The members' checked figures, skipping those without a usable figure (no row, a blank or a bad
 * value): the group average is then over the peers available, and `missing` names the rest.
 */
export function availableFigures(
  members: readonly string[],
  figures: readonly ForceFigure[],
  statistic: Statistic,
  labels: FigureLabels = defaultLabels[statistic],
): { readonly checked: readonly CheckedFigure[]; readonly counted: readonly string[]; readonly missing: readonly string[] } {
  const index = byForce(figures);
  const checked: CheckedFigure[] = [];
  const counted: string[] = [];
  const missing: string[] = [];
  for (const member of members) {
    const f = andThen(figureOf(member, index), (x) => checkFigure(x, statistic, { force: member }, labels));
    if (f.ok) {
      checked.push(f.value);
      counted.push(member);
    } else missing.push(member);
  }
  return { checked, counted, missing };
}

/** Every member's checked figure, in member order. */
export function memberFigures(
  members: readonly string[],
  figures: readonly ForceFigure[],
  statistic: Statistic,
  labels: FigureLabels = defaultLabels[statistic],
): Result<readonly CheckedFigure[]> {
  const index = byForce(figures);
  return all(
    members.map((member) =>
      andThen(figureOf(member, index), (f) => checkFigure(f, statistic, { force: member }, labels)),
    ),
  );
}

/**
 * The Most Similar Group average of a data set, weighted: the sum of the members' numerators over
 * the sum of their denominators, times `per` (so a large force counts for more, as in the
 * inspectorate's dashboards; not the mean of the members' rates). For surveys the numerator is the
 * percentage times the sample size, so the average is weighted by sample size.
 *
 * Unit: that of the data set (e.g. offences per 1,000 population). The force is included unless
 * `includeForce` is false. A member with no figures gives `no-data`; a blank figure gives
 * `blank-value` (never read as 0); a force with no group gives `force-not-in-group`.
 */
export function msgAverage(
  force: string,
  groups: readonly MsgGroup[],
  figures: readonly ForceFigure[],
  options: MsgAverageOptions = {},
): Result<MsgAverage> {
  const statistic = options.statistic ?? "rate";
  const per = options.per ?? defaultPer[statistic];
  return andThen(findGroup(force, groups), (group) => {
    const members = groupMembers(group, options.includeForce ?? true);
    return mapResult(memberFigures(members, figures, statistic, options.labels), (checked) =>
      weightedAverage(checked, members, per),
    );
  });
}

/** Sum of events over sum of exposure, times `per`. */
export function weightedAverage(checked: readonly CheckedFigure[], members: readonly string[], per: number, missing: readonly string[] = []): MsgAverage {
  const numerator = checked.reduce((sum, f) => sum + f.events, 0);
  const denominator = checked.reduce((sum, f) => sum + f.exposure, 0);
  return { value: (numerator / denominator) * per, numerator, denominator, members, ...(missing.length > 0 ? { missing } : {}) };
}

