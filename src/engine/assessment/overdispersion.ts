import type { DataSet } from "../catalogue/types";
import { byForce, checkFigure, figureOf } from "../compare/figures";
import { findGroup, groupMembers } from "../compare/groups";
import { availableFigures, weightedAverage } from "../compare/msgAverage";
import { funnelPointOf } from "../compare/msgPosition";
import { estimateOverdispersion, noOverdispersion, type FunnelPoint, type Overdispersion } from "../stats/funnel";
import type { Statistic } from "../catalogue/types";
import type { ForceFigure } from "../compare/figures";
import type { MsgGroup } from "../compare/groups";
import { figuresFor, perOf } from "./figures";
import { designEffectOf, forcesOf, groupOf } from "./groups";
import type { AssessmentInputs } from "./inputs";
import type { AssessmentSettings } from "./settings";
import { remembered } from "../remember";

const memo = new WeakMap<AssessmentInputs, Map<string, Overdispersion>>();

/**
 * The overdispersion of one data set in one year, estimated across every force with a figure and at
 * least one peer with a figure (Spiegelhalter 2005): each force's z-score against its own group's
 * weighted average over the peers available (with or without the force, as the Rules say), winsorised, then phi or tau^2 as
 * the Rules' model says. None for figures with no sampling error or the interval method.
 */
export function overdispersionFor(inputs: AssessmentInputs, settings: AssessmentSettings, dataSet: DataSet, year: string): Overdispersion {
  if (dataSet.statistic === "figure" || settings.comparison !== "funnel" || settings.overdispersion === "none") return noOverdispersion;
  const key = [dataSet.id, year, settings.includeForce, settings.overdispersion, settings.winsorising].join("|");
  return remembered(memo, inputs, key, () => {
    const { figures, designEffects } = figuresFor(inputs, dataSet, year);
    return overdispersionAmong(forcesOf(inputs), (force) => groupOf(inputs, force, year).groups, figures, { statistic: dataSet.statistic, per: perOf(dataSet) }, settings, (force) =>
      designEffectOf(settings, designEffects, force, dataSet),
    );
  });
}

/**
 * The overdispersion of one measure estimated across `forces` (Spiegelhalter 2005): each force with a
 * readable figure and at least one peer with a figure gives its funnel point against its own
 * group's weighted average over the peers available (with or without the force, as `settings.includeForce` says), and phi or
 * tau^2 follows `settings.overdispersion` with `settings.winsorising`. Forces without a group or a
 * usable figure are left out; fewer than three points give no adjustment. The assessment's routine
 * ({@link overdispersionFor}) and the MSGPOSITION function both use it, so they estimate alike.
 */
export function overdispersionAmong(
  forces: readonly string[],
  groupsOf: (force: string) => readonly MsgGroup[],
  figures: readonly ForceFigure[],
  measure: { readonly statistic: Statistic; readonly per: number },
  settings: Pick<AssessmentSettings, "includeForce" | "overdispersion" | "winsorising">,
  designEffect: (force: string) => number,
): Overdispersion {
  if (measure.statistic === "figure" || settings.overdispersion === "none") return noOverdispersion;
  const index = byForce(figures);
  const points: FunnelPoint[] = [];
  for (const force of forces) {
    const group = findGroup(force, groupsOf(force));
    const own = figureOf(force, index);
    if (!group.ok || !own.ok) continue;
    const checkedOwn = checkFigure(own.value, measure.statistic, {});
    if (!checkedOwn.ok) continue;
    const peers = availableFigures(groupMembers(group.value, false), figures, measure.statistic);
    if (peers.counted.length === 0) continue;
    const average = settings.includeForce
      ? weightedAverage([checkedOwn.value, ...peers.checked], [force, ...peers.counted], measure.per)
      : weightedAverage(peers.checked, peers.counted, measure.per);
    const point = funnelPointOf(checkedOwn.value, average, measure.statistic, settings.includeForce, designEffect(force));
    if (point) points.push(point);
  }
  return estimateOverdispersion(points, settings.overdispersion, settings.winsorising);
}
