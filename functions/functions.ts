import { assessOneDataSet, figuresFor, gradeDomain, isSurveyGap, isWelshForce, surveyGapPosition, surveyGapRowsFor } from "../src/engine/assessment";
import { dataSetById, dataSets } from "../src/engine/catalogue/dataSets";
import { domains } from "../src/engine/catalogue/domains";
import { checkFigure, directionOfTravel, gapDirection, groupMembers, type CheckedFigure, type DirectionReference, msgAverage, msgPosition, msgRank, similarForces, weightedAverage } from "../src/engine/compare";
import { normaliseForceName, normaliseWords } from "../src/engine/forces/names";
import { costPerBandD, costPerHead, costPerOfficer, costPerPcso, costPerStaff, crimeRate, amountPerPopulation, detectionRate } from "../src/engine/measures";
import { andThen, all, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import type { Statistic } from "../src/engine/catalogue/types";
import type { InputValue } from "../src/engine/input";
import { funnelLimits, pointsGap, proportionInterval, rateInterval, rateRatio, zScore } from "../src/engine/stats";
import { cell, list, measure, name, optionalBoolean, optionalNumber, sameLength, table, wordList, wordTable } from "./arguments";
import { forceFigures, forceValues, groupArgument, memberSet, yearFigures, yearText } from "./assemble";
import { confidenceLevel, designEffectArgument, percentagesOnScale, perFor, perOrDataSet, polarityOrDataSet, rankOrder, settingsArgument } from "./choices";
import { eachForce } from "./eachForce";
import { gapColumns, gapReference, gapSeries, twoGroupsByYear, twoWide } from "./gap";
import { valueOrThrow } from "./errors";
import { comparisonOf, designEffects } from "./position";
import { baseArgument, countArgument, funnelMeasure, partChoice, parts, readableRows, spreadArgument, spreadFor, successesOf, targetArgument } from "./statistics";
import { assessmentTables, comparisonHeadings, comparisonRow, dataSetArgument, forceColumn, gradeSettings, limitChoice, limits, optionalText, pairedRows, rowsOf, shown } from "./shapes";

// Each function below is what Excel registers (namespace RA) and what the Node API's `customFunctions`
// exposes (functions/registry.ts). The JSDoc is what Excel shows as people type: keep it in plain
// words, with units. Only top-level function declarations here are registered.

const scalar = (value: unknown, label: string) => valueOrThrow(cell(value, label));

/**
 * Cost per police officer, in pounds: officer pay and related costs divided by officer full-time equivalents (FTE). A blank gives #N/A; 0 FTE gives #DIV/0!.
 * @customfunction COSTPEROFFICER
 * @helpurl https://addin-url.invalid/help/functions.html#costperofficer
 * @param cost Officer pay and related costs, in pounds.
 * @param fte Police officers, full-time equivalent.
 * @returns Pounds per officer FTE.
 */
export function COSTPEROFFICER(cost: number, fte: number): number {
  return valueOrThrow(costPerOfficer(scalar(cost, "Officer costs (£)"), scalar(fte, "Officer FTE")));
}

/**
 * Cost per PCSO, in pounds: police community support officer costs divided by PCSO full-time equivalents. A blank gives #N/A; 0 FTE gives #DIV/0!.
 * @customfunction COSTPERPCSO
 * @helpurl https://addin-url.invalid/help/functions.html#costperpcso
 * @param cost PCSO costs, in pounds.
 * @param fte PCSOs, full-time equivalent.
 * @returns Pounds per PCSO FTE.
 */
export function COSTPERPCSO(cost: number, fte: number): number {
  return valueOrThrow(costPerPcso(scalar(cost, "PCSO costs (£)"), scalar(fte, "PCSO FTE")));
}

/**
 * Cost per member of police staff, in pounds: staff costs divided by staff full-time equivalents. A blank gives #N/A; 0 FTE gives #DIV/0!.
 * @customfunction COSTPERSTAFF
 * @helpurl https://addin-url.invalid/help/functions.html#costperstaff
 * @param cost Police staff costs, in pounds.
 * @param fte Police staff, full-time equivalent.
 * @returns Pounds per staff FTE.
 */
export function COSTPERSTAFF(cost: number, fte: number): number {
  return valueOrThrow(costPerStaff(scalar(cost, "Staff costs (£)"), scalar(fte, "Staff FTE")));
}

/**
 * Average cost per Band D property, in pounds: the police precept divided by the council tax base in Band D equivalents. A blank gives #N/A; a tax base of 0 gives #DIV/0!.
 * @customfunction COSTPERBANDD
 * @helpurl https://addin-url.invalid/help/functions.html#costperbandd
 * @param precept Police precept requirement, in pounds.
 * @param taxBase Council tax base, in Band D equivalent properties.
 * @returns Pounds per Band D property.
 */
export function COSTPERBANDD(precept: number, taxBase: number): number {
  return valueOrThrow(costPerBandD(scalar(precept, "Precept (£)"), scalar(taxBase, "Tax base (Band D equivalents)")));
}

/**
 * Cost per head of population, in pounds: net revenue expenditure divided by the population of the force area. A blank gives #N/A; a population of 0 gives #DIV/0!.
 * @customfunction COSTPERHEAD
 * @helpurl https://addin-url.invalid/help/functions.html#costperhead
 * @param netRevenueExpenditure Net revenue expenditure, in pounds.
 * @param population Resident population of the force area.
 * @returns Pounds per head.
 */
export function COSTPERHEAD(netRevenueExpenditure: number, population: number): number {
  return valueOrThrow(costPerHead(scalar(netRevenueExpenditure, "Net revenue expenditure (£)"), scalar(population, "Population")));
}

/**
 * Crime rate: offences divided by the population (or households) times per, e.g. offences per 1,000 population. Offences must be a whole number; a blank gives #N/A; a base of 0 gives #DIV/0!.
 * @customfunction CRIMERATE
 * @helpurl https://addin-url.invalid/help/functions.html#crimerate
 * @param offences Offences recorded (a whole number).
 * @param base Population, or households for burglary.
 * @param [per] Rate per this many of the base: 1000 (the default), 100000 for gun and knife crime, 1000000 for homicide.
 * @returns Offences per `per` of the base.
 */
export function CRIMERATE(offences: number, base: number, per?: number): number {
  const multiplier = valueOrThrow(optionalNumber(per, 1000, "The rate multiplier (per)"));
  return valueOrThrow(crimeRate(scalar(offences, "Offences"), scalar(base, "Population"), multiplier));
}

/**
 * Money per head of population, e.g. the value of asset recovery orders per 1,000 population: amount divided by population times per. A blank gives #N/A; a population of 0 gives #DIV/0!.
 * @customfunction AMOUNTPERPOPULATION
 * @helpurl https://addin-url.invalid/help/functions.html#amountperpopulation
 * @param amount Amount, in pounds.
 * @param population Resident population of the force area.
 * @param [per] Per this many people: 1000 (the default).
 * @returns Pounds per `per` population.
 */
export function AMOUNTPERPOPULATION(amount: number, population: number, per?: number): number {
  const multiplier = valueOrThrow(optionalNumber(per, 1000, "The multiplier (per)"));
  return valueOrThrow(amountPerPopulation(scalar(amount, "Amount (£)"), scalar(population, "Population"), multiplier));
}

/**
 * Sanction detection rate, as a proportion (format the cell as %): detections divided by offences recorded in the same period. Can exceed 100%, as detections are not tracked offence by offence. A blank gives #N/A (a blank is not a zero); 0 offences give #DIV/0!.
 * @customfunction DETECTIONRATE
 * @helpurl https://addin-url.invalid/help/functions.html#detectionrate
 * @param detections Sanction detections in the period (a whole number).
 * @param offences Offences recorded in the same period (a whole number).
 * @returns Detections as a proportion of offences, e.g. 0.25 for 25%.
 */
export function DETECTIONRATE(detections: number, offences: number): number {
  return valueOrThrow(detectionRate(scalar(detections, "Sanction detections"), scalar(offences, "Offences")));
}

/**
 * Confidence interval of a rate, exact (Garwood) Poisson limits, in the rate's unit (per `per` of the base). For one count, spills lower and upper side by side; for columns of counts and bases, one row per count (n x 2). Inside a Table or MAP/BYROW, give which = "lower" or "upper" for one value.
 * @customfunction RATECI
 * @helpurl https://addin-url.invalid/help/functions.html#rateci
 * @param count Offences or other events (a whole number), or a column of them.
 * @param base Population, or households; a column as long as the counts.
 * @param [per] Rate per this many of the base: 1000 by default.
 * @param [level] Confidence level: 0.95 (the default) for 95%. Under 0.5 is refused (0.05 is not a level).
 * @param [which] "both" (the default: lower and upper), "lower" or "upper".
 * @returns Lower and upper limits, side by side, one row per count.
 */
export function RATECI(count: unknown[][], base: unknown[][], per?: number, level?: number, which?: string): number[][] {
  const [multiplier, confidence, wanted] = valueOrThrow(all([optionalNumber(per, 1000, "The rate multiplier (per)"), confidenceLevel(level, 0.95), limitChoice(which)] as const));
  // A row with wrong figures holds Excel's error, as Excel allows inside a spilled array.
  return pairedRows(count, base, "Count", "Population", wanted === "both" ? 2 : 1, (c, b) => mapResult(rateInterval(c, b, { per: multiplier, level: confidence }), (e) => limits(e, wanted))) as number[][];
}

/**
 * Confidence interval of a proportion (Wilson score), for detection rates and survey results, as proportions (format as %). For one pair, spills lower and upper side by side; for columns, one row each (n x 2). A design effect above 1 widens it for complex surveys. Inside a Table or MAP/BYROW, give which = "lower" or "upper".
 * @customfunction PROPORTIONCI
 * @helpurl https://addin-url.invalid/help/functions.html#proportionci
 * @param successes Detections, or people who agreed (a whole number), or a column of them.
 * @param n Offences, or the number surveyed; a column as long as the successes.
 * @param [level] Confidence level: 0.95 (the default) for 95%. Under 0.5 is refused.
 * @param [designEffect] Survey design effect: 1 (the default) for a simple random sample.
 * @param [which] "both" (the default: lower and upper), "lower" or "upper".
 * @returns Lower and upper limits, side by side, one row per pair.
 */
export function PROPORTIONCI(successes: unknown[][], n: unknown[][], level?: number, designEffect?: number, which?: string): number[][] {
  const [confidence, design, wanted] = valueOrThrow(all([confidenceLevel(level, 0.95), optionalNumber(designEffect, 1, "The design effect"), limitChoice(which)] as const));
  return pairedRows(successes, n, "Successes", "Sample size", wanted === "both" ? 2 : 1, (k, m) => mapResult(proportionInterval(k, m, { level: confidence, designEffect: design }), (e) => limits(e, wanted))) as number[][];
}

/**
 * The peers of a force in its Most Similar Group, spilled down a column. Pass the template's MSG table as it is (MSG): its Force and Peer columns are used, Year and Source are not peers.
 * @customfunction MSGPEERS
 * @helpurl https://addin-url.invalid/help/functions.html#msgpeers
 * @param force Force name, e.g. "Kent".
 * @param msgTable The MSG table as it is (Force, Peer, Year, Source), or any block with the force in the first column and peers after it.
 * @param [year] The year of the group, e.g. "2008/09": needed only when the force's group differs by year.
 * @returns The peers, one per row.
 */
export function MSGPEERS(force: string, msgTable: unknown[][], year?: string): string[][] {
  const [group] = valueOrThrow(andThen(name(force, "The force"), (f) => groupArgument(f, msgTable, optionalText(year))));
  return group ? groupMembers(group, false).map((peer) => [peer]) : [];
}

/**
 * Most Similar Group average, weighted: the sum of the group's numerators divided by the sum of its denominators, times per (not the mean of the members' rates). Give a data set id as per (e.g. "cost-per-officer") and its multiplier and statistic are used. The force is left out of its own group's average, as in the Rules' default, unless includeForce is TRUE. A column of forces gives one average per force, spilling down.
 * @customfunction MSGAVERAGE
 * @helpurl https://addin-url.invalid/help/functions.html#msgaverage
 * @param force Force name, e.g. "Kent", or a column of names (e.g. Forces[Force]) for one average each.
 * @param msgTable The MSG table as it is (MSG), or force in the first column and peers after it.
 * @param forces Force names, one per row (e.g. Data[Force]); blank rows and other forces' rows are skipped.
 * @param numerators Numerators in the same order (offences, detections, survey percentages, pounds).
 * @param denominators Denominators in the same order (population, offences, sample sizes, FTE).
 * @param [per] A data set id such as "burglary" or "cost-per-officer" (recommended), or a multiplier: 1000 (the default) per 1,000; 1 for a proportion or a cost; 100 for a survey percentage.
 * @param [includeForce] FALSE (the default, as the Rules' include-force-in-msg-average No) leaves the force out of its own group's average; TRUE counts it.
 * @param [year] The year of the group, when the force's group in MSG differs by year.
 * @returns The group's weighted average, in the unit of the measure; one row per force.
 */
export function MSGAVERAGE(force: unknown[][], msgTable: unknown[][], forces: unknown[][], numerators: unknown[][], denominators: unknown[][], per?: unknown, includeForce?: boolean, year?: string): number[][] {
  const [how, include] = valueOrThrow(all([perOrDataSet(per, { statistic: "rate", per: 1000 }), optionalBoolean(includeForce, false, "Include the force")] as const));
  const when = optionalText(year);
  return eachForce(force, (f) => {
    const groups = valueOrThrow(groupArgument(f, msgTable, when));
    const figures = valueOrThrow(andThen(forceFigures(forces, numerators, denominators, memberSet(groups), how.direct), (read) => percentagesOnScale(read, how.statistic)));
    return valueOrThrow(mapResult(msgAverage(f, groups, figures, { statistic: how.statistic, per: perFor(how), includeForce: include }), (a) => a.value));
  }) as number[][];
}

/**
 * Rank of a force within its Most Similar Group (the force and its peers). Ties share a rank, as Excel's RANK.EQ; order runs as RANK.EQ's: 0 (the default) ranks the largest first, 1 the smallest first. Or say which way is better: "higher", "lower", or a data set id such as "burglary". A column of forces gives one rank per force, spilling down.
 * @customfunction MSGRANK
 * @helpurl https://addin-url.invalid/help/functions.html#msgrank
 * @param force Force name, e.g. "Kent", or a column of names for one rank each.
 * @param msgTable The MSG table as it is (MSG), or force in the first column and peers after it.
 * @param forces Force names, one per row.
 * @param values The measure for each force, in the same order (e.g. rates).
 * @param [order] 0 (the default, largest first) or 1 (smallest first) as RANK.EQ; "higher" or "lower" is better; or a data set id. TRUE/FALSE are refused.
 * @param [year] The year of the group, when the force's group in MSG differs by year.
 * @returns The rank: 1 is the largest for order 0, the best for "higher"/"lower"; one row per force.
 */
export function MSGRANK(force: unknown[][], msgTable: unknown[][], forces: unknown[][], values: unknown[][], order?: unknown, year?: string): number[][] {
  const direction = valueOrThrow(rankOrder(order));
  const when = optionalText(year);
  return eachForce(force, (f) => {
    const groups = valueOrThrow(groupArgument(f, msgTable, when));
    const pairs = valueOrThrow(forceValues(forces, values, "The value", memberSet(groups)));
    return valueOrThrow(mapResult(msgRank(f, groups, pairs, direction), (r) => r.rank));
  }) as number[][];
}

/**
 * Where a force stands against its Most Similar Group, in plain English, e.g. "Significantly lower than similar forces", by the assessment's own comparison (the task pane's answer): the Rules' funnel plot, with the spread between forces estimated across every force in the columns, and the material gap. Pass every force's figures (e.g. the columns of FIGURES) and the Rules table. Give a data set id as polarity (e.g. "burglary") and its statistic, multiplier and polarity are used. A column of forces gives one position per force.
 * @customfunction MSGPOSITION
 * @helpurl https://addin-url.invalid/help/functions.html#msgposition
 * @param force Force name, e.g. "Kent", or a column of names for one position each.
 * @param msgTable The MSG table as it is (MSG), or force in the first column and peers after it.
 * @param forces Force names, one per row: every force, so that the spread between forces is estimated as the assessment does.
 * @param numerators Numerators in the same order (offences, detections, survey percentages 0-100, pounds). For "comparative-satisfaction", two columns side by side, white then minority ethnic victims' percentages (CHOOSECOLS(f,4,6) of FIGURES), so the gap is tested as the pane tests it.
 * @param denominators Denominators in the same order (population, offences, sample sizes, FTE); for "comparative-satisfaction" with two columns of percentages, the two sample sizes side by side (CHOOSECOLS(f,5,7)).
 * @param [polarity] A data set id such as "burglary" (recommended), or which way is better: "higher", "lower" or "neutral" (the default: says higher or lower).
 * @param [measure] "rate" (the default), "proportion", "survey", "figure" (costs: within the tolerance is similar), or a data set id.
 * @param [designEffect] Survey design effects: a column as long as the forces (each force's own), or the force's one; the Rules' default (1) when omitted.
 * @param [rules] The Rules table as it is (Rules): its comparison method, confidence level, material gap (a figure with no sampling error, such as a cost, is judged against material-gap-rate, 10% by default) and whether the force is in the average; the Rules' defaults when omitted.
 * @param [year] The year of the group, when the force's group in MSG differs by year.
 * @returns Better, similar or worse than similar forces (or higher, similar or lower); one row per force.
 */
export function MSGPOSITION(force: unknown[][], msgTable: unknown[][], forces: unknown[][], numerators: unknown[][], denominators: unknown[][], polarity?: unknown, measure?: string, designEffect?: unknown[][], rules?: unknown[][], year?: string): string[][] {
  const [how, better, settings] = valueOrThrow(all([readMeasure(measure), polarityOrDataSet(polarity), settingsArgument(rules)] as const));
  const chosen = better.dataSet ?? how;
  const when = optionalText(year);
  const design = valueOrThrow(designEffects(designEffect, forces, settings));
  const which = better.polarity ?? chosen.polarity ?? "neutral";
  // A gap given as its two groups (white and minority ethnic victims) is tested from both, as the assessment tests it.
  const twoGroups = chosen.gap === true && twoWide(numerators) ? valueOrThrow(gapColumns(forces, numerators, denominators, design)) : undefined;
  const [tops, bottoms] = twoGroups ? [twoGroups.figures, twoGroups.figures] : [numerators, denominators];
  let comparison: ReturnType<typeof comparisonOf> | undefined;
  return eachForce(force, (f) => {
    const groups = valueOrThrow(groupArgument(f, msgTable, when));
    const figures = valueOrThrow(andThen(forceFigures(forces, tops, bottoms, memberSet(groups), chosen.direct), (read) => percentagesOnScale(read, chosen.statistic)));
    const tested = twoGroups ? surveyGapPosition(twoGroups.gaps, f, groups, settings, which) : null;
    if (tested) return tested.label;
    comparison ??= comparisonOf(settings, chosen, { forces, numerators: tops, denominators: bottoms, msgTable, year: when }, design);
    const options = { statistic: chosen.statistic, polarity: which, per: perFor(chosen), level: settings.level, method: settings.method, designEffect: design(f), tolerance: settings.tolerance, includeForce: settings.includeForce, ...comparison };
    return valueOrThrow(mapResult(msgPosition(f, groups, figures, options), (p) => p.label));
  }) as string[][];
}

/** A reference's three years (or more) of totals, oldest first, as the direction of travel takes them; null when not given. */
function referenceArgument(numerators: unknown, denominators: unknown, statistic: Statistic, direct: boolean): Result<DirectionReference | null> {
  const given = (v: unknown) => !(v === null || v === undefined || v === "");
  if (!given(numerators) && !given(denominators)) return success(null);
  return andThen(yearFigures(numerators, denominators, direct), (years) => {
    if (years.length < 3) return failure(issue("fewer-than-three-years", { argument: "The reference" }, { count: years.length }));
    const checked = all(years.map((y, i) => checkFigure(y, statistic, { row: i + 1, argument: "The reference" })));
    return mapResult(checked, (f) => ({ name: "the reference", earlier: f[f.length - 3] as CheckedFigure, latest: f[f.length - 1] as CheckedFigure }));
  });
}

/**
 * Direction of travel over three years, oldest first: "Improved", "Stable" or "Deteriorated" (for neutral polarity "Increased", "Stable" or "Decreased"): the latest year against the year two before, by the assessment's own routine. Rates use the exact conditional binomial test (so 2 then 9 homicides in equal populations, p = 0.065, is Stable); proportions and surveys a test of the change in percentage points (with the design effect); figures with no sampling error (costs) are not tested. Give a reference's three years of totals (England and Wales: the sum over all forces; or the similar forces' sum) to set the force's change against the reference's, as the assessment does: then only a change that differs from the reference's counts. With no reference, the force's own change is tested against no change (rate ratio 1). With no Rules table there is no material gap (a cost changes when it moves by more than 5%); with the Rules table, the change must also differ by at least its material gap (material-gap-rate, material-gap-points).
 * @customfunction DIRECTION
 * @helpurl https://addin-url.invalid/help/functions.html#direction
 * @param numerators Three years of numerators, oldest first, in a row or column. For "comparative-satisfaction", white and minority ethnic victims' percentages side by side, one row a year (or one column a year), so the gap is tested from both groups.
 * @param denominators The three years' denominators, in the same order (for "comparative-satisfaction" with both groups, their sample sizes in the same shape).
 * @param [polarity] A data set id such as "burglary" (recommended), or "higher", "lower" or "neutral" (the default).
 * @param [measure] "rate" (the default), "proportion", "survey", "figure", or a data set id.
 * @param [designEffect] The survey's design effect; the Rules' default (1) when omitted.
 * @param [rules] The Rules table as it is (Rules): its confidence level and material gaps.
 * @param [referenceNumerators] The reference's three years of numerators, oldest first (e.g. the sum over all forces): the force's change is set against this change. For "comparative-satisfaction" with both groups: the reference's mean gap in points each year.
 * @param [referenceDenominators] The reference's three years of denominators, in the same order.
 * @returns Improved, Stable or Deteriorated.
 */
export function DIRECTION(numerators: unknown[][], denominators: unknown[][], polarity?: unknown, measure?: string, designEffect?: number, rules?: unknown[][], referenceNumerators?: unknown[][], referenceDenominators?: unknown[][]): string {
  const [how, better, settings] = valueOrThrow(all([readMeasure(measure), polarityOrDataSet(polarity), settingsArgument(rules)] as const));
  const chosen = better.dataSet ?? how;
  const design = valueOrThrow(designEffectArgument(designEffect, settings));
  const material = rules === null || rules === undefined ? {} : { materialRelative: settings.materialRelative, materialPoints: settings.materialPoints };
  const which = better.polarity ?? chosen.polarity ?? "neutral";
  if (chosen.gap === true && twoGroupsByYear(numerators)) {
    // A gap given as its two groups, year by year: tested from both, as the assessment tests it.
    const [gaps, reference] = valueOrThrow(all([gapSeries(numerators, denominators, design), gapReference(referenceNumerators)] as const));
    return gapDirection(gaps, reference, { level: settings.level, polarity: which, ...material }).label;
  }
  const series = valueOrThrow(yearFigures(numerators, denominators, chosen.direct));
  valueOrThrow(percentagesOnScale(series.map((y, i) => ({ force: `year ${i + 1}`, numerator: y.numerator })), chosen.statistic));
  const reference = valueOrThrow(referenceArgument(referenceNumerators, referenceDenominators, chosen.statistic, chosen.direct ?? false));
  const options = { statistic: chosen.statistic, polarity: which, per: perFor(chosen), level: settings.level, method: settings.method, designEffect: design, tolerance: settings.tolerance, reference, ...material };
  return valueOrThrow(mapResult(directionOfTravel(series, options), (d) => d.label));
}

/**
 * A group of similar forces derived from socio-demographic variables (standardised, nearest by distance), spilled down a column. Derived, not the official Most Similar Group.
 * @customfunction SIMILARFORCES
 * @helpurl https://addin-url.invalid/help/functions.html#similarforces
 * @param force Force name, e.g. "Kent".
 * @param forces Force names, one per row.
 * @param variables One row per force and one column per variable (e.g. density, hard-pressed households).
 * @param [k] How many similar forces: 7 by default.
 * @returns The k most similar forces, nearest first.
 */
export function SIMILARFORCES(force: string, forces: unknown[][], variables: unknown[][], k?: number): string[][] {
  const [f, names, rows, count] = valueOrThrow(all([name(force, "The force"), wordList(forces, "The forces"), table(variables, "The variables"), optionalNumber(k, 7, "The number of similar forces")] as const));
  valueOrThrow(sameLength(names, rows, "The forces", "The rows of variables"));
  const labelled = valueOrThrow(all(names.map((n, i) => mapResult(name(n, "A force"), (forceName) => ({ force: forceName, values: rows[i] ?? [] })))));
  return valueOrThrow(similarForces(f, labelled, count)).nearest.map((n) => [n.force]);
}

/**
 * The recommended grade for a domain, the same as the task pane's: each data set's position against similar forces and direction of travel score points by the Rules, the mean picks the grade, then the evidence rules apply (a CAA green flag raises the grade by one, a CAA red flag caps it, an adverse inspection judgement such as Poor caps it). Rows with a blank position or direction (no figures) are left out, as in the assessment. A person decides the final grade.
 * @customfunction GRADE
 * @helpurl https://addin-url.invalid/help/functions.html#grade
 * @param positions Positions against similar forces, e.g. from MSGPOSITION ("Significantly better than similar forces", or Better, Similar, Worse).
 * @param directions Directions of travel in the same order: Improved, Stable or Deteriorated.
 * @param [rules] The Rules table as it is (Rules); or a two-column table of grading rules (rule name, points); the defaults when omitted.
 * @param [evidence] The evidence for this force and domain: a column of kinds ("CAA red flag", "CAA green flag"), or two columns, Kind and Judgement (e.g. "Neighbourhood Policing judgement", "Poor"), such as FILTER(Evidence[[Kind]:[Judgement]],(Evidence[Force]="Kent")*(Evidence[Domain]=B1)).
 * @param [force] The force, e.g. "Gwent": CAA flags are ignored for the Welsh forces (the CAA covered England only).
 * @returns The recommended grade.
 */
export function GRADE(positions: unknown[][], directions: unknown[][], rules?: unknown[][], evidence?: unknown[][], force?: string): string {
  const [ps, ds, rows] = valueOrThrow(all([wordList(positions, "The positions"), wordList(directions, "The directions"), evidence === null || evidence === undefined ? success([]) : wordTable(evidence, "The evidence")] as const));
  const forceName = optionalText(force);
  valueOrThrow(sameLength(ps, ds, "The positions", "The directions"));
  const settings = valueOrThrow(gradeSettings(rules));
  const items = ps.flatMap((position, i) => (position === null || ds[i] === null || ds[i] === undefined ? [] : [{ position, direction: ds[i] ?? null }]));
  const pairs: readonly (readonly InputValue[])[] = rows.length > 0 && rows.every((r) => r.length === 2) ? rows : rows.flatMap((r) => r.map((kind) => [kind]));
  const found = pairs.flatMap(([kind, judgement]) => (typeof kind === "string" ? [{ kind, judgement: typeof judgement === "string" ? judgement : "", detail: "", source: "" }] : []));
  const graded = gradeDomain(items, found, settings, forceName !== undefined && isWelshForce(forceName));
  if (graded.issues.length > 0 || graded.grade === null) return valueOrThrow(failure(graded.issues.length > 0 ? graded.issues : [issue("nothing-to-grade")]));
  return graded.grade;
}

/**
 * The whole comparison row of the assessment's Profile sheet for one data set: the force's figure, its lower and upper limits, the group's average, the rank, of how many, the position and the direction, by the very routine the task pane runs. Pass the template's tables as they are. A column of forces gives one row per force (43 x 8 for Forces).
 * @customfunction MSGCOMPARE
 * @helpurl https://addin-url.invalid/help/functions.html#msgcompare
 * @param force Force name, e.g. "Kent", or a column of names.
 * @param dataSet Data set id, e.g. "burglary" (DATASETS lists them).
 * @param year The year, e.g. "2008/09"; the two before it give the direction.
 * @param figures The table the data set lives in, as it is: Data, Finance or Survey.
 * @param forcesTable The Forces table as it is (populations and households).
 * @param msgTable The MSG table as it is.
 * @param [rules] The Rules table as it is; the defaults when omitted.
 * @param [headers] TRUE to put a row of headings first; FALSE (the default) for none.
 * @returns Figure, lower, upper, group average, rank, of, position, direction.
 */
export function MSGCOMPARE(force: unknown[][], dataSet: string, year: string, figures: unknown[][], forcesTable: unknown[][], msgTable: unknown[][], rules?: unknown[][], headers?: boolean): unknown[][] {
  const [chosen, when, settings, withHeaders] = valueOrThrow(all([dataSetArgument(dataSet), name(year, "The year"), settingsArgument(rules), optionalBoolean(headers, false, "Headers")] as const));
  const inputs = valueOrThrow(assessmentTables(chosen, figures, forcesTable, msgTable));
  const names = valueOrThrow(forceColumn(force));
  const rows = names.map((f) => comparisonRow(assessOneDataSet(inputs, settings, f, chosen, yearText(when))));
  return withHeaders ? [[...comparisonHeadings], ...rows] : rows;
}

/**
 * A data set's figures for every force in a year, from the template's tables as they are, as the assessment reads them: spills Force, Numerator, Denominator (the population or households from Forces where the data set is per head; households for burglary). For "comparative-satisfaction" it spills Force, Gap, "", then white victims' percentage and sample size and minority ethnic victims' percentage and sample size (seven columns), for MSGPOSITION to test the gap.
 * @customfunction FIGURES
 * @helpurl https://addin-url.invalid/help/functions.html#figures
 * @param dataSet Data set id, e.g. "burglary".
 * @param year The year, e.g. "2008/09".
 * @param figures The table the data set lives in, as it is: Data, Finance or Survey.
 * @param forcesTable The Forces table as it is.
 * @returns One row per force: Force, Numerator, Denominator (and the two groups for comparative-satisfaction).
 */
export function FIGURES(dataSet: string, year: string, figures: unknown[][], forcesTable: unknown[][]): unknown[][] {
  const [chosen, when] = valueOrThrow(all([dataSetArgument(dataSet), name(year, "The year")] as const));
  const inputs = valueOrThrow(assessmentTables(chosen, figures, forcesTable, [[""]]));
  const found = figuresFor(inputs, chosen, yearText(when)).figures;
  if (found.length === 0) return valueOrThrow(failure(issue("no-data", {}, { force: "any force", what: `${chosen.name.toLowerCase()} figures for ${yearText(when)}` })));
  // A gap between two survey groups also spills each group's percentage and sample size, for MSGPOSITION and DIRECTION to test it.
  const groups = isSurveyGap(chosen) ? surveyGapRowsFor(inputs, chosen, yearText(when)) : undefined;
  const both = (force: string) => (groups?.get(normaliseForceName(force)) ?? []).slice(0, 4);
  return found.map((f) => [f.force, shown(f.numerator), shown("denominator" in f ? f.denominator : null), ...(groups ? [0, 1, 2, 3].map((i) => shown(both(f.force)[i])) : [])]);
}

/**
 * The England and Wales average: the sum of every force's numerators over the sum of their denominators, times per (weighted, as the MSG average). Blank rows are skipped.
 * @customfunction EWAVERAGE
 * @helpurl https://addin-url.invalid/help/functions.html#ewaverage
 * @param numerators Every force's numerators (e.g. the Numerator column of FIGURES).
 * @param denominators Their denominators, in the same order.
 * @param [per] A data set id such as "burglary", or a multiplier: 1000 (the default).
 * @returns The all-forces weighted average, in the unit of the measure.
 */
export function EWAVERAGE(numerators: unknown[][], denominators: unknown[][], per?: unknown): number {
  const how = valueOrThrow(perOrDataSet(per, { statistic: "rate", per: 1000 }));
  const [tops, bottoms] = valueOrThrow(all([list(numerators, "The numerators"), list(denominators, "The denominators")] as const));
  valueOrThrow(sameLength(tops, bottoms, "The numerators", "The denominators"));
  const blank = (v: unknown) => v === null || v === undefined || v === 0;
  const rows = tops.flatMap((numerator, i) => (blank(numerator) && blank(bottoms[i]) ? [] : [{ force: `row ${i + 1}`, numerator, denominator: bottoms[i] ?? null }]));
  const checked = valueOrThrow(andThen(percentagesOnScale(rows, how.statistic), (read) => all(read.map((r, i) => checkFigure(r, how.statistic, { row: i + 1 })))));
  if (checked.length === 0) return valueOrThrow(failure(issue("no-data", {}, { force: "any force", what: "figures" })));
  return weightedAverage(checked, [], perFor(how)).value;
}

/**
 * Funnel-plot limits around a target, one row per base (lower, upper; n x 2): a force whose figure lies outside is further from the target than chance (and the spread between forces, if allowed for) would take it, at the confidence level. Spiegelhalter's normal limits, target +/- z x standard error: sqrt(variance / base) for chance alone, times sqrt(phi) (multiplicative), or with the between-force variance tau^2 added under the root (additive, the assessment's default). Give the Rules table (or "additive") and each base's count to estimate the spread as the assessment does. E.g. =RA.FUNNELLIMITS(G2,INDEX(f,,3),"robbery",,Rules,INDEX(f,,2)) with f from FIGURES and G2 from EWAVERAGE.
 * @customfunction FUNNELLIMITS
 * @helpurl https://addin-url.invalid/help/functions.html#funnellimits
 * @param target The target on the measure's scale, e.g. the England and Wales rate per 1,000 (EWAVERAGE) or a survey's 60 (%).
 * @param bases Populations (or households), offences for a detection rate, or sample sizes: one or a column.
 * @param [per] A data set id such as "robbery" or "satisfaction" (recommended), or a rate multiplier: 1000 (the default).
 * @param [level] Confidence level: 0.95 (the default) or 0.998 for the outer funnel. Under 0.5 is refused.
 * @param [overdispersion] The spread between forces: a factor phi (1, chance alone, the default; above 1 widens the limits by its square root); "additive" or "multiplicative", estimated from counts; "none"; or the Rules table (its overdispersion row, additive by default, and winsorising).
 * @param [counts] Each base's count (offences, detections, or a survey's percentage 0-100), in the same order: needed when the spread is estimated (overdispersion "additive", "multiplicative" or Rules).
 * @returns Lower and upper limits, side by side, one row per base, in the target's unit.
 */
export function FUNNELLIMITS(target: number, bases: unknown[][], per?: unknown, level?: number, overdispersion?: unknown[][], counts?: unknown[][]): number[][] {
  const [how, confidence, choice] = valueOrThrow(all([funnelMeasure(per), confidenceLevel(level, 0.95), spreadArgument(overdispersion)] as const));
  const t = valueOrThrow(andThen(cell(target, "The target"), (v) => targetArgument(v, how)));
  if (!("given" in choice) && (counts === null || counts === undefined)) valueOrThrow(failure(issue("blank-value", { argument: "The counts" }, { label: "The counts", expected: "each base's count (or survey percentage), from which the spread between forces is estimated" })));
  const spread = spreadFor(choice, readableRows(counts, bases, how), t, how);
  return rowsOf([[bases, "The base"]], 2, ([base = null]) =>
    mapResult(baseArgument(base, "The base"), (n) => {
      const limits = funnelLimits(t, n, how.kind, { per: how.per, level: confidence, spread });
      return [limits.lower, limits.upper];
    }),
  ) as number[][];
}

/**
 * The z-score of a force's figure against a target: (figure - target) / its standard error under the target, for a rate (Poisson) or a proportion; beyond +/-1.96 is outside the 95% funnel. Allows for the spread between forces as the assessment does when overdispersion is "additive", "multiplicative" or the Rules table (estimated from the counts given), or a factor phi. Columns of counts and bases give one z-score per row. E.g. =RA.ZSCORE(F[Numerator],F[Denominator],RA.EWAVERAGE(F[Numerator],F[Denominator],"robbery"),"robbery",Rules).
 * @customfunction ZSCORE
 * @helpurl https://addin-url.invalid/help/functions.html#zscore
 * @param count Offences, detections, or a survey's percentage (0-100): one or a column.
 * @param base Population (or households), offences, or the sample size, in the same order.
 * @param target The target on the measure's scale, e.g. the England and Wales rate per 1,000.
 * @param [per] A data set id such as "robbery" (recommended), or a rate multiplier: 1000 (the default).
 * @param [overdispersion] The spread between forces: a factor phi (1, chance alone, the default; above 1 divides the z-score by its square root); "additive" or "multiplicative", estimated from the counts given as the assessment estimates it; "none"; or the Rules table (its overdispersion row, additive by default).
 * @returns The z-score: positive when the figure is above the target; one row per count.
 */
export function ZSCORE(count: unknown[][], base: unknown[][], target: number, per?: unknown, overdispersion?: unknown[][]): number[][] {
  const [how, choice] = valueOrThrow(all([funnelMeasure(per), spreadArgument(overdispersion)] as const));
  const t = valueOrThrow(andThen(cell(target, "The target"), (v) => targetArgument(v, how)));
  const spread = spreadFor(choice, readableRows(count, base, how), t, how);
  return rowsOf([[count, "The count"], [base, "The base"]], 1, ([c = null, b = null]) =>
    andThen(successesOf(c, b, "The count", "The base", how.survey), ([k, n]) => mapResult(zScore(k, n, t, how.kind, { per: how.per, spread }), (z) => [z])),
  ) as number[][];
}

/**
 * The ratio of two rates, e.g. a force's robbery rate over its group's, with its confidence interval (log method): spills ratio, lower, upper. A ratio of 1.2 is 20% higher; an interval that leaves out 1 is a difference beyond chance. Columns give one row each. E.g. =RA.RATERATIO(1015,1684100,3493,5196200).
 * @customfunction RATERATIO
 * @helpurl https://addin-url.invalid/help/functions.html#rateratio
 * @param count1 The first count, e.g. Kent's robberies (a whole number).
 * @param base1 Its population (or households).
 * @param count2 The count compared with, e.g. the group's robberies.
 * @param base2 Its population (or households).
 * @param [level] Confidence level: 0.95 (the default). Under 0.5 is refused.
 * @param [which] "all" (the default: ratio, lower, upper), "ratio", "lower" or "upper".
 * @returns Ratio, lower and upper limits, side by side.
 */
export function RATERATIO(count1: unknown[][], base1: unknown[][], count2: unknown[][], base2: unknown[][], level?: number, which?: string): number[][] {
  const [confidence, wanted] = valueOrThrow(all([confidenceLevel(level, 0.95), partChoice(which, "ratio")] as const));
  const ranges = [[count1, "The first count"], [base1, "The first base"], [count2, "The second count"], [base2, "The second base"]] as const;
  return rowsOf(ranges, wanted === "all" ? 3 : 1, ([x1 = null, n1 = null, x2 = null, n2 = null]) =>
    andThen(
      all([countArgument(x1, "The first count"), baseArgument(n1, "The first base"), countArgument(x2, "The second count"), baseArgument(n2, "The second base")] as const),
      ([a, m, b, n]) => mapResult(rateRatio(a, m, b, n, confidence), (e) => parts(e, wanted)),
    ),
  ) as number[][];
}

/**
 * The gap between two proportions in percentage points, e.g. a force's satisfaction against its group's, with its confidence interval (Newcombe's score method, from each side's Wilson interval): spills gap, lower, upper. An interval that leaves out 0 is a gap beyond chance. E.g. =RA.POINTSGAP(64,800,60,2400,"survey").
 * @customfunction POINTSGAP
 * @helpurl https://addin-url.invalid/help/functions.html#pointsgap
 * @param successes1 Detections, or the first survey's percentage (0-100) with measure "survey".
 * @param n1 Offences, or the first survey's sample size.
 * @param successes2 The detections or percentage compared with.
 * @param n2 Its offences or sample size.
 * @param [measure] "proportion" (the default: counts of successes), "survey" (percentages 0-100), or a data set id such as "satisfaction".
 * @param [level] Confidence level: 0.95 (the default). Under 0.5 is refused.
 * @param [designEffect] A survey design effect for both sides: 1 (the default) for simple random samples.
 * @param [which] "all" (the default: gap, lower, upper), "gap", "lower" or "upper".
 * @returns The gap in percentage points, with lower and upper limits, side by side.
 */
export function POINTSGAP(successes1: unknown[][], n1: unknown[][], successes2: unknown[][], n2: unknown[][], measure?: string, level?: number, designEffect?: number, which?: string): number[][] {
  const [how, confidence, design, wanted] = valueOrThrow(all([readMeasureAs(measure, "proportion"), confidenceLevel(level, 0.95), optionalNumber(designEffect, 1, "The design effect"), partChoice(which, "gap")] as const));
  const survey = how.statistic === "survey";
  const ranges = [[successes1, "The first figure"], [n1, "The first number"], [successes2, "The second figure"], [n2, "The second number"]] as const;
  return rowsOf(ranges, wanted === "all" ? 3 : 1, ([s1 = null, m = null, s2 = null, n = null]) =>
    mapResult(all([successesOf(s1, m, "The first figure", "The first number", survey), successesOf(s2, n, "The second figure", "The second number", survey)] as const), ([[a, an], [b, bn]]) =>
      parts(pointsGap(a, an, b, bn, confidence, [design, design]), wanted),
    ),
  ) as number[][];
}

/**
 * The ids of the assessment's data sets, spilled down a column, optionally of one domain.
 * @customfunction DATASETS
 * @helpurl https://addin-url.invalid/help/functions.html#datasets
 * @param [domain] A domain's name or id, e.g. "Confidence and Satisfaction" or "value-for-money"; all 25 when omitted.
 * @returns Data set ids, one per row.
 */
export function DATASETS(domain?: string): string[][] {
  if (domain === null || domain === undefined || domain === "") return dataSets.map((d) => [d.id]);
  const key = normaliseWords(String(domain));
  const found = domains.find((d) => d.id === key || normaliseWords(d.name) === key);
  if (!found) return valueOrThrow(failure(issue("unknown-option", { argument: "The domain" }, { label: "The domain", value: String(domain), choices: domains.map((d) => d.name).join(", ") })));
  return dataSets.filter((d) => d.domain === found.id).map((d) => [d.id]);
}

/**
 * A fact about one of the assessment's 25 data sets, from the catalogue: its name, domain, measure, unit, polarity or multiplier.
 * @customfunction DATASET
 * @helpurl https://addin-url.invalid/help/functions.html#dataset
 * @param id Data set id, e.g. "burglary" or "cost-per-officer".
 * @param [field] "name" (the default), "domain", "measure", "unit", "polarity", "statistic" or "multiplier".
 * @returns The field's value.
 */
export function DATASET(id: string, field?: string): string | number {
  const key = valueOrThrow(name(id, "The data set id"));
  const dataSet = dataSetById(key.trim().toLowerCase());
  if (!dataSet) return valueOrThrow(failure(issue("unknown-data-set", { argument: "The data set id" }, { value: key })));
  const fields = { name: dataSet.name, domain: dataSet.domain, measure: dataSet.measure, unit: dataSet.unit, polarity: dataSet.polarity, statistic: dataSet.statistic, multiplier: dataSet.multiplier };
  const wanted = field === null || field === undefined || field === "" ? "name" : String(field).trim().toLowerCase();
  const value = (fields as Record<string, string | number>)[wanted];
  if (value === undefined) return valueOrThrow(failure(issue("unknown-option", { argument: "The field" }, { label: "The field", value: String(field), choices: Object.keys(fields).join(", ") })));
  return value;
}

function readMeasure(value: unknown) {
  return measure(value, "rate");
}

function readMeasureAs(value: unknown, fallback: "proportion") {
  return andThen(measure(value, fallback), (m) =>
    m.statistic === "proportion" || m.statistic === "survey" ? success(m) : failure(issue("unknown-option", { argument: "The measure" }, { label: "The measure", value: String(value), choices: "proportion, survey, or a proportion or survey data set id" })),
  );
}


