import type { DataSet, Polarity } from "../catalogue/types";
import type { DirectionOfTravel, DirectionReference } from "../compare/direction";
import { changeReference } from "../compare/directionReference";
import { gapDirection, gapPoints, gapPosition, type SurveyGap } from "../compare/gap";
import { groupMembers, type MsgGroup } from "../compare/groups";
import type { MsgPosition } from "../compare/msgPosition";
import { normaliseForceName } from "../forces/names";
import { threeYears } from "../workbook/years";
import { figuresFor, surveyGapsFor } from "./figures";
import type { AssessmentInputs } from "./inputs";
import type { AssessmentSettings } from "./settings";
import { remembered } from "../remember";

/** The forces whose change a force's is set against: all (null) or its group, by the Rules' direction-compared-with. */
function referenceForces(settings: AssessmentSettings, groups: readonly MsgGroup[]): readonly string[] | null {
  if (settings.directionReference !== "Similar forces") return null;
  return groups[0] ? groupMembers(groups[0], settings.includeForce) : [];
}

/**
 * The reference a force's direction of travel is set against, by the Rules' direction-compared-with:
 * England and Wales (every force's figures summed), similar forces (the group's summed, the force left
 * out unless include-force-in-msg-average is Yes) or none. Each sum counts the forces with a usable
 * figure in both the earlier and the latest year. Null for None, or when no force has both years.
 */
export function directionReferenceFor(inputs: AssessmentInputs, settings: AssessmentSettings, groups: readonly MsgGroup[], dataSet: DataSet, year: string): DirectionReference | null {
  if (settings.directionReference === "None") return null;
  const years = threeYears(year);
  const earlier = years[0];
  if (earlier === undefined) return null;
  const forces = referenceForces(settings, groups);
  const find = () => changeReference(settings.directionReference, figuresFor(inputs, dataSet, earlier).figures, figuresFor(inputs, dataSet, year).figures, dataSet.statistic, forces);
  if (forces !== null) return find();
  return remembered(nationalReferences, inputs, `${dataSet.id}|${year}`, find);
}

/** England and Wales references already summed, per workbook's inputs: the same for every force. */
const nationalReferences = new WeakMap<AssessmentInputs, Map<string, DirectionReference | null>>();

/**
 * A force's survey gap against the mean gap of its similar forces (the force in the mean as
 * `settings.includeForce` says), by {@link gapPosition} at the Rules' level and material gap in points,
 * from every force's gap in the year (`gaps`, by normalised force name). Null when the force or any
 * member of its group has no gap that can be tested (the caller then judges the gap as a figure with
 * no sampling error), or the force has no group.
 */
export function surveyGapPosition(
  gaps: ReadonlyMap<string, SurveyGap>,
  force: string,
  groups: readonly MsgGroup[],
  settings: Pick<AssessmentSettings, "level" | "materialPoints" | "includeForce">,
  polarity: Polarity,
): MsgPosition | null {
  const own = gaps.get(normaliseForceName(force));
  const members = groups[0] ? groupMembers(groups[0], settings.includeForce) : [];
  const peers = members.map((m) => gaps.get(normaliseForceName(m)));
  if (!own || members.length === 0 || !peers.every((p) => p !== undefined)) return null;
  return gapPosition(own, peers as SurveyGap[], { level: settings.level, polarity, materialPoints: settings.materialPoints, includeForce: settings.includeForce });
}

/**
 * A survey gap's tested comparisons (comparative satisfaction with the minority ethnic columns filled):
 * the position against the mean gap of the force's similar forces ({@link surveyGapPosition}) and the
 * direction of travel against the reference's change in the mean gap (when the force has a gap in all
 * three years). Each is null where it cannot be tested; the caller then judges the gap as a figure
 * with no sampling error.
 */
export function testedSurveyGap(
  inputs: AssessmentInputs,
  settings: AssessmentSettings,
  force: string,
  groups: readonly MsgGroup[],
  dataSet: DataSet,
  year: string,
): { readonly position: MsgPosition | null; readonly direction: DirectionOfTravel | null } {
  const years = threeYears(year);
  const gaps = years.map((y) => surveyGapsFor(inputs, dataSet, y, settings.defaultDesignEffect));
  const key = normaliseForceName(force);
  const options = { level: settings.level, polarity: dataSet.polarity, materialPoints: settings.materialPoints };
  const latest = gaps[gaps.length - 1] ?? new Map<string, SurveyGap>();
  const position = surveyGapPosition(latest, force, groups, settings, dataSet.polarity);
  const series = years.map((y, i) => ({ year: y, gap: gaps[i]?.get(key) }));
  if (series.length < 3 || series.some((s) => s.gap === undefined)) return { position, direction: null };
  const first = gaps[0] ?? new Map<string, SurveyGap>();
  const wanted = referenceForces(settings, groups);
  const counted = [...latest.keys()].filter((k) => first.has(k) && (wanted === null || wanted.some((w) => normaliseForceName(w) === k)));
  const reference =
    settings.directionReference === "None" || counted.length === 0
      ? null
      : {
          name: settings.directionReference,
          change: counted.reduce((s, k) => s + gapPoints(latest.get(k) as SurveyGap) - gapPoints(first.get(k) as SurveyGap), 0) / counted.length,
        };
  return { position, direction: gapDirection(series as { year: string; gap: SurveyGap }[], reference, options) };
}
