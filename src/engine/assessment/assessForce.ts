import { dataSets } from "../catalogue/dataSets";
import { domains } from "../catalogue/domains";
import type { DataSet, Domain } from "../catalogue/types";
import { directionOfTravel } from "../compare/direction";
import { checkFigure } from "../compare/figures";
import { groupMembers, type MsgGroup } from "../compare/groups";
import { figureEstimate, msgPosition } from "../compare/msgPosition";
import { msgRank } from "../compare/msgRank";
import { closestForceName, forceByAlias, normaliseForceName, sameForce } from "../forces/names";
import { recommendGrade, type GradeInput, type GradeRecommendation } from "../grading/recommend";
import { failure, issue, issuesOf, success, type Issue, type Result } from "../result";
import { threeYears } from "../workbook/years";
import { evidenceAdjustments, isWelshForce } from "./evidence";
import { directionReferenceFor, testedSurveyGap } from "./direction";
import { sharedFigures } from "./sharedFigures";
import { figuresFor, isSurveyGap, perOf } from "./figures";
import { designEffectOf, forcesOf, groupOf } from "./groups";
import { overdispersionFor } from "./overdispersion";
import { domainOf, rowsOfForce, text, type AssessmentInputs, type Row } from "./inputs";
import type { AssessmentSettings } from "./settings";
import type { ActionItem, DataSetAssessment, DomainAssessment, EvidenceItem, ForceAssessment, ForceCaveats, GradeAdjustment } from "./types";

/** How one force's figures for a data set are compared, from the workbook's Rules (for the year's overdispersion). */
export function comparisonOptionsFor(inputs: AssessmentInputs, settings: AssessmentSettings, force: string, dataSet: DataSet, year: string) {
  const { designEffects } = figuresFor(inputs, dataSet, year);
  return {
    statistic: dataSet.statistic,
    polarity: dataSet.polarity,
    per: perOf(dataSet),
    level: settings.level,
    method: settings.method,
    designEffect: designEffectOf(settings, designEffects, force, dataSet),
    tolerance: settings.tolerance,
    comparison: settings.comparison,
    overdispersion: overdispersionFor(inputs, settings, dataSet, year),
    materialRelative: settings.materialRelative,
    materialPoints: settings.materialPoints,
  };
}

/** A data set whose denominator is the area's people or households: a rate per resident. */
export function perResident(dataSet: DataSet): boolean {
  const label = dataSet.denominator?.label.toLowerCase();
  return label === "population" || label === "households";
}

/** The edge-case rules of the Rules sheet that apply to a force. */
export function caveatsFor(settings: AssessmentSettings, force: string): ForceCaveats {
  return {
    residentRatesProfiled: settings.residentRatesProfiled.some((f) => sameForce(f, force)),
    noForceMuchLikeIt: settings.noForceMuchLikeIt.some((f) => sameForce(f, force)),
  };
}

function assessDataSet(inputs: AssessmentInputs, settings: AssessmentSettings, force: string, groups: readonly MsgGroup[], dataSet: DataSet, year: string): DataSetAssessment {
  const per = perOf(dataSet);
  const { figures } = figuresFor(inputs, dataSet, year);
  const options = comparisonOptionsFor(inputs, settings, force, dataSet, year);
  const issues: Issue[] = [];
  const shared = sharedFigures(figures, dataSet.statistic, per);
  const own = shared.byForce.get(normaliseForceName(force));
  const checkedOwn = own ? checkFigure(own, dataSet.statistic, { force, year, dataSet: dataSet.id }) : failure(issue("no-data", { force, year, dataSet: dataSet.id }, { force, what: `${dataSet.name.toLowerCase()} figures for ${year}` }));
  issues.push(...issuesOf(checkedOwn));
  const gap = isSurveyGap(dataSet) && checkedOwn.ok ? testedSurveyGap(inputs, settings, force, groups, dataSet, year) : null;
  const position = gap?.position ? success(gap.position) : checkedOwn.ok ? msgPosition(force, groups, figures, { ...options, includeForce: settings.includeForce, peersAvailable: true }) : null;
  if (position && !position.ok) issues.push(...position.issues);
  const figure = gap?.position ? gap.position.force : checkedOwn.ok ? figureEstimate(checkedOwn.value, { ...options }) : null;

  const rank = position?.ok ? msgRank(force, groups, shared.rankValues, dataSet.polarity) : null;

  const series = threeYears(year).map((y) => {
    const f = sharedFigures(figuresFor(inputs, dataSet, y).figures, dataSet.statistic, per).byForce.get(normaliseForceName(force));
    return f ? { year: y, numerator: f.numerator, ...("denominator" in f ? { denominator: f.denominator } : {}) } : { year: y, numerator: null, denominator: null };
  });
  const reference = directionReferenceFor(inputs, settings, groups, dataSet, year);
  const direction = gap?.direction ? success(gap.direction) : checkedOwn.ok ? directionOfTravel(series, { ...options, reference }) : null;
  if (direction && !direction.ok) issues.push(...direction.issues.map((i) => ({ ...i, severity: "warning" as const })));

  const englandAndWales = shared.englandAndWales;
  const allForcesAverage = dataSet.domain === "value-for-money" && englandAndWales ? englandAndWales.value : null;

  const peers = groups[0] ? groupMembers(groups[0], false) : [];
  const missingPeers = position?.ok ? (position.value.msgAverage.missing ?? []) : [];
  return {
    dataSet,
    force,
    year,
    figure,
    msgAverage: position?.ok ? position.value.msgAverage.value : null,
    peers,
    peersCompared: position?.ok ? { counted: peers.length - missingPeers.length, of: peers.length, missing: missingPeers } : null,
    rank: rank?.ok ? { rank: rank.value.rank, of: rank.value.of } : null,
    position: position?.ok ? position.value : null,
    direction: direction?.ok ? direction.value : null,
    allForcesAverage,
    englandAndWales,
    issues,
    ...(perResident(dataSet) && caveatsFor(settings, force).residentRatesProfiled ? { profiledOnly: true } : {}),
  };
}

/**
 * One data set of one force for one year, exactly as the assessment's Profile row works it out (the
 * force's group from MSG for the year, the Rules' settings, the survey's design effect): for the custom
 * functions, so that a formula and the task pane give the same answer by the same routine.
 */
export function assessOneDataSet(inputs: AssessmentInputs, settings: AssessmentSettings, force: string, dataSet: DataSet, year: string): DataSetAssessment {
  return assessDataSet(inputs, settings, force, groupOf(inputs, force, year).groups, dataSet, year);
}

const graded = (kinds: readonly string[], kind: string | undefined): boolean => kind !== undefined && kinds.includes(kind);

/**
 * The data sets a domain's grade counts: those with a better/similar/worse position, except rates per
 * resident of a force whose rates are profiled, not graded. A data set with no direction of travel (a
 * year's figure missing) still counts its position, its direction scoring 0.
 */
export function gradeInputs(assessed: readonly DataSetAssessment[]): GradeInput[] {
  return assessed
    .filter((a) => a.profiledOnly !== true && graded(["better", "similar", "worse"], a.position?.kind) && (a.direction === null || graded(["improved", "stable", "deteriorated"], a.direction.kind)))
    .map((a) => ({
      dataSet: a.dataSet.name,
      position: a.position?.kind ?? null,
      direction: a.direction?.kind ?? null,
      tested: a.position?.tested === true && (a.direction === null || a.direction.tested === true),
      ...(a.direction === null ? { directionMissing: true } : {}),
    }));
}

function assessDomain(inputs: AssessmentInputs, settings: AssessmentSettings, force: string, groups: readonly MsgGroup[], domain: Domain, year: string): DomainAssessment {
  const assessed = dataSets.filter((d) => d.domain === domain.id).map((d) => assessDataSet(inputs, settings, force, groups, d, year));
  const mine = (r: Row) => domainOf(r) === domain.id;
  const evidence: EvidenceItem[] = rowsOfForce(inputs.evidence, force).filter(mine).map((r) => ({ kind: text(r, "Kind"), judgement: text(r, "Judgement"), detail: text(r, "Detail"), source: text(r, "Source") }));
  const actions: ActionItem[] = rowsOfForce(inputs.actions, force).filter(mine).map((r) => ({ action: text(r, "Action"), owner: text(r, "Owner"), due: text(r, "Due") }));
  if (!domain.graded) {
    return { domain, dataSets: assessed, evidence, actions, dataRecommendation: null, adjustments: [], recommendedGrade: null };
  }
  const { fromData, grade, adjustments } = gradeDomain(gradeInputs(assessed), evidence, settings, isWelshForce(force));
  return { domain, dataSets: assessed, evidence, actions, dataRecommendation: fromData, adjustments, recommendedGrade: grade };
}

/**
 * A domain's recommended grade as the assessment gives it: the grade from the data sets' points by the
 * Rules' grading, then the evidence rules (a CAA green flag raises, a red flag caps, an adverse
 * inspection judgement caps; CAA flags are ignored for a Welsh force). With no data set to grade, no
 * grade. The GRADE function gives its answer by this same routine.
 */
export function gradeDomain(items: readonly GradeInput[], evidence: readonly EvidenceItem[], settings: AssessmentSettings, welsh = false): { fromData: GradeRecommendation | null; grade: string | null; adjustments: readonly GradeAdjustment[]; issues: readonly Issue[] } {
  const recommendation = items.length > 0 ? recommendGrade(items, settings.grading) : null;
  const fromData = recommendation?.ok ? recommendation.value : null;
  const { grade, adjustments } = evidenceAdjustments(fromData?.grade ?? null, evidence, settings, welsh);
  return { fromData, grade, adjustments, issues: recommendation && !recommendation.ok ? recommendation.issues : [] };
}

/**
 * The assessment of one force for the workbook's assessment year: every data set of the four domains
 * against the force's Most Similar Group and its own last three years, the recommended grade of each
 * graded domain with its trace and evidence adjustments, and the value-for-money profile (not graded).
 *
 * `force` may be a name people use for the force ("Met", "Heddlu Gwent", "Kent Police": see
 * forceByAlias). A force not in Forces gives `force-not-found` (with the closest name); a workbook with no assessment
 * year gives `blank-value`. Missing figures do not stop the assessment: the data set is shown without
 * them, with the issues that say why, and is left out of the grade.
 */
export function assessForce(inputs: AssessmentInputs, settings: AssessmentSettings, force: string): Result<ForceAssessment> {
  const year = inputs.assessmentYear;
  if (!year) return failure(issue("blank-value", { sheet: "About" }, { label: "The assessment year on the About sheet", expected: "a year such as 2008/09" }));
  const known = forcesOf(inputs);
  const name = known.find((k) => sameForce(k, force)) ?? forceByAlias(force, known);
  if (!name) {
    const suggestion = closestForceName(force, known);
    return failure(issue("force-not-found", { force }, suggestion ? { force, suggestion, where: "the Forces table" } : { force, where: "the Forces table" }));
  }
  const { groups, source } = groupOf(inputs, name, year);
  const region = text(inputs.forces.find((r) => sameForce(text(r, "Force"), name)) ?? new Map(), "Region");
  return success({
    force: name,
    region,
    year,
    years: threeYears(year),
    domains: domains.map((d) => assessDomain(inputs, settings, name, groups, d, year)),
    illustrative: inputs.illustrative,
    groupSource: source,
    caveats: caveatsFor(settings, name),
  });
}
