import type { DataSet } from "../catalogue/types";
import { byForce, checkFigure, figureOf } from "../compare/figures";
import { findGroup, groupMembers } from "../compare/groups";
import { availableFigures, weightedAverage } from "../compare/msgAverage";
import { funnelPointOf } from "../compare/msgPosition";
import { estimateOverdispersion, noOverdispersion, type FunnelPoint, type Overdispersion } from "../stats/funnel";
import { figuresFor, perOf } from "./figures";
import { designEffectOf, forcesOf, groupOf } from "./groups";
import type { AssessmentInputs } from "./inputs";
import type { AssessmentSettings } from "./settings";

const memo = new WeakMap<AssessmentInputs, Map<string, Overdispersion>>();

/**
 * The overdispersion of one data set in one year, estimated across every force with a figure and at
 * least one peer with a figure (Spiegelhalter 2005): each force's z-score against its own group's
 * weighted average over the peers available (with or without the force, as the Rules say), winsorised, then phi or tau^2 as
 * the Rules' model says. None for figures with no sampling error or the interval method.
 */
export function overdispersionFor(inputs: AssessmentInputs, settings: AssessmentSettings, dataSet: DataSet, year: string): Overdispersion {
  if (dataSet.statistic === "figure" || settings.comparison !== "funnel" || settings.overdispersion === "none") return noOverdispersion;
  let cache = memo.get(inputs);
  if (!cache) {
    cache = new Map();
    memo.set(inputs, cache);
  }
  const key = [dataSet.id, year, settings.includeForce, settings.overdispersion, settings.winsorising].join("|");
  const known = cache.get(key);
  if (known) return known;
  const { figures, designEffects } = figuresFor(inputs, dataSet, year);
  const index = byForce(figures);
  const points: FunnelPoint[] = [];
  for (const force of forcesOf(inputs)) {
    const group = findGroup(force, groupOf(inputs, force, year).groups);
    const own = figureOf(force, index);
    if (!group.ok || !own.ok) continue;
    const checkedOwn = checkFigure(own.value, dataSet.statistic, {});
    if (!checkedOwn.ok) continue;
    const peers = availableFigures(groupMembers(group.value, false), figures, dataSet.statistic);
    if (peers.counted.length === 0) continue;
    const average = settings.includeForce
      ? weightedAverage([checkedOwn.value, ...peers.checked], [force, ...peers.counted], perOf(dataSet))
      : weightedAverage(peers.checked, peers.counted, perOf(dataSet));
    const point = funnelPointOf(checkedOwn.value, average, dataSet.statistic, settings.includeForce, designEffectOf(settings, designEffects, force, dataSet));
    if (point) points.push(point);
  }
  const found = estimateOverdispersion(points, settings.overdispersion, settings.winsorising);
  cache.set(key, found);
  return found;
}
