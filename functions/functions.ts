import { assessOneDataSet, figuresFor, gradeDomain, isSurveyGap, isWelshForce, surveyGapPosition, surveyGapRowsFor } from "../src/engine/assessment";
import { dataSets } from "../src/engine/catalogue/dataSets";
import { checkFigure, directionOfTravel, gapDirection, groupMembers, type CheckedFigure, type DirectionReference, type ForceFigure, type MsgGroup, msgAverage, msgPosition, msgRank, similarForces, weightedAverage } from "../src/engine/compare";
import { normaliseForceName } from "../src/engine/forces/names";
import { costPerBandD, costPerHead, costPerOfficer, costPerPcso, costPerStaff, crimeRate, amountPerPopulation, detectionRate } from "../src/engine/measures";
import { andThen, all, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import type { Statistic } from "../src/engine/catalogue/types";
import type { InputValue } from "../src/engine/input";
import { funnelLimits, pointsGap, proportionInterval, rateInterval, rateRatio, zScore } from "../src/engine/stats";
import { name, sameLength } from "./arguments";
import { forceFigures, forceValues, groupArgument, memberSet, yearFigures, yearText } from "./assemble";
import { designEffectArgument, percentagesOnScale, perFor } from "./choices";
import { eachForce } from "./eachForce";
import { gapColumns, gapReference, gapSeries, twoGroupsByYear, twoWide } from "./gap";
import { valueOrThrow } from "./errors";
import { argumentsOf, labelsOf } from "./parameter";
import { parameters } from "./parameters";
import { comparisonOf, designEffects } from "./position";
import { baseArgument, countArgument, parts, readableRows, spreadFor, successesOf, targetArgument } from "./statistics";
import { assessmentTables, comparisonHeadings, comparisonRow, limits, pairedRows, rowsOf, shown } from "./shapes";

// Each function below is what Excel registers (namespace RA) and what the Node API's `customFunctions`
// exposes (functions/registry.ts). The JSDoc is what Excel shows as people type: keep it in plain
// words, with units. Only top-level function declarations here are registered. Each function's
// parameters (label, kind, default, blank rule) are declared once in functions/parameters.ts: the body
// reads them by name, and an optional parameter's JSDoc gives its default as "<value> (the default"
// (test/unit/functions.parameters.test.ts checks both against the metadata Excel is given).

/**
 * Cost per police officer, in pounds: officer pay and related costs divided by officer full-time equivalents (FTE). A blank gives #N/A; 0 FTE gives #DIV/0!.
 * @customfunction COSTPEROFFICER
 * @helpurl https://addin-url.invalid/help/functions.html#costperofficer
 * @param cost Officer pay and related costs, in pounds.
 * @param fte Police officers, full-time equivalent.
 * @returns Pounds per officer FTE.
 */
export function COSTPEROFFICER(cost: number, fte: number): number {
  const a = argumentsOf(parameters.COSTPEROFFICER, [cost, fte]);
  return valueOrThrow(costPerOfficer(a.cost, a.fte));
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
  const a = argumentsOf(parameters.COSTPERPCSO, [cost, fte]);
  return valueOrThrow(costPerPcso(a.cost, a.fte));
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
  const a = argumentsOf(parameters.COSTPERSTAFF, [cost, fte]);
  return valueOrThrow(costPerStaff(a.cost, a.fte));
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
  const a = argumentsOf(parameters.COSTPERBANDD, [precept, taxBase]);
  return valueOrThrow(costPerBandD(a.precept, a.taxBase));
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
  const a = argumentsOf(parameters.COSTPERHEAD, [netRevenueExpenditure, population]);
  return valueOrThrow(costPerHead(a.netRevenueExpenditure, a.population));
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
  const a = argumentsOf(parameters.CRIMERATE, [offences, base, per]);
  return valueOrThrow(crimeRate(a.offences, a.base, a.per));
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
  const a = argumentsOf(parameters.AMOUNTPERPOPULATION, [amount, population, per]);
  return valueOrThrow(amountPerPopulation(a.amount, a.population, a.per));
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
  const a = argumentsOf(parameters.DETECTIONRATE, [detections, offences]);
  return valueOrThrow(detectionRate(a.detections, a.offences));
}

/**
 * Confidence interval of a rate, exact (Garwood) Poisson limits, in the rate's unit (per `per` of the base). For one count, spills lower and upper side by side; for columns of counts and bases, one row per count (n x 2). Inside a Table or MAP/BYROW, give which = "lower" or "upper" for one value.
 * @customfunction RATECI
 * @helpurl https://addin-url.invalid/help/functions.html#rateci
 * @param count Offences or other events (a whole number), or a column of them.
 * @param base Population, or households; a column as long as the counts.
 * @param [per] Rate per this many of the base: 1000 (the default).
 * @param [level] Confidence level: 0.95 (the default) for 95%. Under 0.5 is refused (0.05 is not a level).
 * @param [which] "both" (the default: lower and upper), "lower" or "upper".
 * @returns Lower and upper limits, side by side, one row per count.
 */
export function RATECI(count: unknown[][], base: unknown[][], per?: number, level?: number, which?: string): number[][] {
  const a = argumentsOf(parameters.RATECI, [count, base, per, level, which]);
  const l = labelsOf(parameters.RATECI);
  // A row with wrong figures holds Excel's error, as Excel allows inside a spilled array.
  return pairedRows(a.count, a.base, l.count, l.base, a.which === "both" ? 2 : 1, (c, b) => mapResult(rateInterval(c, b, { per: a.per, level: a.level }), (e) => limits(e, a.which))) as number[][];
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
  const a = argumentsOf(parameters.PROPORTIONCI, [successes, n, level, designEffect, which]);
  const l = labelsOf(parameters.PROPORTIONCI);
  return pairedRows(a.successes, a.n, l.successes, l.n, a.which === "both" ? 2 : 1, (k, m) => mapResult(proportionInterval(k, m, { level: a.level, designEffect: a.designEffect }), (e) => limits(e, a.which))) as number[][];
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
  const a = argumentsOf(parameters.MSGPEERS, [force, msgTable, year]);
  const [group] = valueOrThrow(groupArgument(a.force, a.msgTable, a.year));
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
  const a = argumentsOf(parameters.MSGAVERAGE, [force, msgTable, forces, numerators, denominators, per, includeForce, year]);
  return eachForce(a.force, (f) =>
    andThen(groupArgument(f, a.msgTable, a.year), (groups) =>
      andThen(andThen(forceFigures(a.forces, a.numerators, a.denominators, memberSet(groups), a.per.direct), (read) => percentagesOnScale(read, a.per.statistic)), (figures) =>
        mapResult(msgAverage(f, groups, figures, { statistic: a.per.statistic, per: perFor(a.per), includeForce: a.includeForce }), (average) => average.value),
      ),
    ),
  ) as number[][];
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
  const a = argumentsOf(parameters.MSGRANK, [force, msgTable, forces, values, order, year]);
  const l = labelsOf(parameters.MSGRANK);
  return eachForce(a.force, (f) =>
    andThen(groupArgument(f, a.msgTable, a.year), (groups) =>
      andThen(forceValues(a.forces, a.values, l.values, memberSet(groups)), (pairs) => mapResult(msgRank(f, groups, pairs, a.order), (r) => r.rank)),
    ),
  ) as number[][];
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
  const a = argumentsOf(parameters.MSGPOSITION, [force, msgTable, forces, numerators, denominators, polarity, measure, designEffect, rules, year]);
  const chosen = a.polarity.dataSet ?? a.measure;
  const which = a.polarity.polarity ?? chosen.polarity ?? "neutral";
  // A gap given as its two groups (white and minority ethnic victims) is tested from both, as the assessment tests it.
  const [design, twoGroups] = valueOrThrow(
    andThen(designEffects(a.designEffect, a.forces, a.rules), (d) => mapResult(chosen.gap === true && twoWide(a.numerators) ? gapColumns(a.forces, a.numerators, a.denominators, d) : success(undefined), (g) => [d, g] as const)),
  );
  const [tops, bottoms] = twoGroups ? [twoGroups.figures, twoGroups.figures] : [a.numerators, a.denominators];
  let comparison: ReturnType<typeof comparisonOf> | undefined;
  const position = (f: string, groups: readonly MsgGroup[], figures: readonly ForceFigure[]): Result<string> => {
    const tested = twoGroups ? surveyGapPosition(twoGroups.gaps, f, groups, a.rules, which) : null;
    if (tested) return success(tested.label);
    comparison ??= comparisonOf(a.rules, chosen, { forces: a.forces, numerators: tops, denominators: bottoms, msgTable: a.msgTable, year: a.year }, design);
    const options = { statistic: chosen.statistic, polarity: which, per: perFor(chosen), level: a.rules.level, method: a.rules.method, designEffect: design(f), tolerance: a.rules.tolerance, includeForce: a.rules.includeForce, ...comparison };
    return mapResult(msgPosition(f, groups, figures, options), (p) => p.label);
  };
  return eachForce(a.force, (f) =>
    andThen(groupArgument(f, a.msgTable, a.year), (groups) =>
      andThen(andThen(forceFigures(a.forces, tops, bottoms, memberSet(groups), chosen.direct), (read) => percentagesOnScale(read, chosen.statistic)), (figures) => position(f, groups, figures)),
    ),
  ) as string[][];
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
 * @param [rules] The Rules table as it is (Rules): its confidence level and material gaps; no material gap when omitted.
 * @param [referenceNumerators] The reference's three years of numerators, oldest first (e.g. the sum over all forces): the force's change is set against this change. For "comparative-satisfaction" with both groups: the reference's mean gap in points each year.
 * @param [referenceDenominators] The reference's three years of denominators, in the same order.
 * @returns Improved, Stable or Deteriorated.
 */
export function DIRECTION(numerators: unknown[][], denominators: unknown[][], polarity?: unknown, measure?: string, designEffect?: number, rules?: unknown[][], referenceNumerators?: unknown[][], referenceDenominators?: unknown[][]): string {
  const a = argumentsOf(parameters.DIRECTION, [numerators, denominators, polarity, measure, designEffect, rules, referenceNumerators, referenceDenominators]);
  const chosen = a.polarity.dataSet ?? a.measure;
  const material = rules === null || rules === undefined ? {} : { materialRelative: a.rules.materialRelative, materialPoints: a.rules.materialPoints };
  const which = a.polarity.polarity ?? chosen.polarity ?? "neutral";
  return valueOrThrow(
    andThen(designEffectArgument(a.designEffect, a.rules), (design) => {
      if (chosen.gap === true && twoGroupsByYear(a.numerators)) {
        // A gap given as its two groups, year by year: tested from both, as the assessment tests it.
        return mapResult(all([gapSeries(a.numerators, a.denominators, design), gapReference(a.referenceNumerators)] as const), ([gaps, reference]) => gapDirection(gaps, reference, { level: a.rules.level, polarity: which, ...material }).label);
      }
      return andThen(yearFigures(a.numerators, a.denominators, chosen.direct), (series) =>
        andThen(percentagesOnScale(series.map((y, i) => ({ force: `year ${i + 1}`, numerator: y.numerator })), chosen.statistic), () =>
          andThen(referenceArgument(a.referenceNumerators, a.referenceDenominators, chosen.statistic, chosen.direct ?? false), (reference) => {
            const options = { statistic: chosen.statistic, polarity: which, per: perFor(chosen), level: a.rules.level, method: a.rules.method, designEffect: design, tolerance: a.rules.tolerance, reference, ...material };
            return mapResult(directionOfTravel(series, options), (d) => d.label);
          }),
        ),
      );
    }),
  );
}

/**
 * A group of similar forces derived from socio-demographic variables (standardised, nearest by distance), spilled down a column. Derived, not the official Most Similar Group.
 * @customfunction SIMILARFORCES
 * @helpurl https://addin-url.invalid/help/functions.html#similarforces
 * @param force Force name, e.g. "Kent".
 * @param forces Force names, one per row.
 * @param variables One row per force and one column per variable (e.g. density, hard-pressed households).
 * @param [k] How many similar forces: 7 (the default).
 * @returns The k most similar forces, nearest first.
 */
export function SIMILARFORCES(force: string, forces: unknown[][], variables: unknown[][], k?: number): string[][] {
  const a = argumentsOf(parameters.SIMILARFORCES, [force, forces, variables, k]);
  const l = labelsOf(parameters.SIMILARFORCES);
  const labelled = andThen(sameLength(a.forces, a.variables, l.forces, "The rows of variables"), () => all(a.forces.map((n, i) => mapResult(name(n, "A force"), (forceName) => ({ force: forceName, values: a.variables[i] ?? [] })))));
  return valueOrThrow(andThen(labelled, (rows) => mapResult(similarForces(a.force, rows, a.k), (found) => found.nearest.map((n) => [n.force]))));
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
  const a = argumentsOf(parameters.GRADE, [positions, directions, rules, evidence, force]);
  const l = labelsOf(parameters.GRADE);
  const items = a.positions.flatMap((position, i) => (position === null || a.directions[i] === null || a.directions[i] === undefined ? [] : [{ position, direction: a.directions[i] ?? null }]));
  const rows = a.evidence;
  const pairs: readonly (readonly InputValue[])[] = rows.length > 0 && rows.every((r) => r.length === 2) ? rows : rows.flatMap((r) => r.map((kind) => [kind]));
  const found = pairs.flatMap(([kind, judgement]) => (typeof kind === "string" ? [{ kind, judgement: typeof judgement === "string" ? judgement : "", detail: "", source: "" }] : []));
  return valueOrThrow(
    andThen(sameLength(a.positions, a.directions, l.positions, l.directions), () => {
      const graded = gradeDomain(items, found, a.rules, a.force !== undefined && isWelshForce(a.force));
      return graded.issues.length > 0 || graded.grade === null ? failure(graded.issues.length > 0 ? graded.issues : [issue("nothing-to-grade")]) : success(graded.grade);
    }),
  );
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
  const a = argumentsOf(parameters.MSGCOMPARE, [force, dataSet, year, figures, forcesTable, msgTable, rules, headers]);
  const inputs = valueOrThrow(assessmentTables(a.dataSet, a.figures, a.forcesTable, a.msgTable));
  const rows = a.force.map((f) => comparisonRow(assessOneDataSet(inputs, a.rules, f, a.dataSet, yearText(a.year))));
  return a.headers ? [[...comparisonHeadings], ...rows] : rows;
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
  const a = argumentsOf(parameters.FIGURES, [dataSet, year, figures, forcesTable]);
  const when = yearText(a.year);
  return valueOrThrow(
    andThen(assessmentTables(a.dataSet, a.figures, a.forcesTable, [[""]]), (inputs) => {
      const found = figuresFor(inputs, a.dataSet, when).figures;
      if (found.length === 0) return failure(issue("no-data", {}, { force: "any force", what: `${a.dataSet.name.toLowerCase()} figures for ${when}` }));
      // A gap between two survey groups also spills each group's percentage and sample size, for MSGPOSITION and DIRECTION to test it.
      const groups = isSurveyGap(a.dataSet) ? surveyGapRowsFor(inputs, a.dataSet, when) : undefined;
      const both = (force: string) => (groups?.get(normaliseForceName(force)) ?? []).slice(0, 4);
      return success(found.map((f): unknown[] => [f.force, shown(f.numerator), shown("denominator" in f ? f.denominator : null), ...(groups ? [0, 1, 2, 3].map((i) => shown(both(f.force)[i])) : [])]));
    }),
  );
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
  const a = argumentsOf(parameters.EWAVERAGE, [numerators, denominators, per]);
  const l = labelsOf(parameters.EWAVERAGE);
  const blank = (v: unknown) => v === null || v === undefined || v === 0;
  const rows = a.numerators.flatMap((numerator, i) => (blank(numerator) && blank(a.denominators[i]) ? [] : [{ force: `row ${i + 1}`, numerator, denominator: a.denominators[i] ?? null }]));
  const checked = andThen(sameLength(a.numerators, a.denominators, l.numerators, l.denominators), () => andThen(percentagesOnScale(rows, a.per.statistic), (read) => all(read.map((r, i) => checkFigure(r, a.per.statistic, { row: i + 1 })))));
  return valueOrThrow(andThen(checked, (figures) => (figures.length === 0 ? failure(issue("no-data", {}, { force: "any force", what: "figures" })) : success(weightedAverage(figures, [], perFor(a.per)).value))));
}

/**
 * Funnel-plot limits around a target, one row per base (lower, upper; n x 2): a force whose figure lies outside is further from the target than chance (and the spread between forces, if allowed for) would take it, at the confidence level. Spiegelhalter's normal limits, target +/- z x standard error: sqrt(variance / base) for chance alone, times sqrt(phi) (multiplicative), or with the between-force variance tau^2 added under the root (additive, the assessment's default). Give the Rules table (or "additive") and each base's count to estimate the spread as the assessment does. E.g. =RA.FUNNELLIMITS(G2,INDEX(f,,3),"robbery",,Rules,INDEX(f,,2)) with f from FIGURES and G2 from EWAVERAGE.
 * @customfunction FUNNELLIMITS
 * @helpurl https://addin-url.invalid/help/functions.html#funnellimits
 * @param target The target on the measure's scale, e.g. the England and Wales rate per 1,000 (EWAVERAGE) or a survey's 60 (%).
 * @param bases Populations (or households), offences for a detection rate, or sample sizes: one or a column.
 * @param [per] A data set id such as "robbery" or "satisfaction" (recommended), or a rate multiplier: 1000 (the default).
 * @param [level] Confidence level: 0.95 (the default) or 0.998 for the outer funnel. Under 0.5 is refused.
 * @param [overdispersion] The spread between forces: a factor phi: 1 (the default: chance alone), or above 1 to widen the limits by its square root; "additive" or "multiplicative", estimated from counts; "none"; or the Rules table (its overdispersion row, additive by default, and winsorising).
 * @param [counts] Each base's count (offences, detections, or a survey's percentage 0-100), in the same order: needed when the spread is estimated (overdispersion "additive", "multiplicative" or Rules).
 * @returns Lower and upper limits, side by side, one row per base, in the target's unit.
 */
export function FUNNELLIMITS(target: number, bases: unknown[][], per?: unknown, level?: number, overdispersion?: unknown[][], counts?: unknown[][]): number[][] {
  const a = argumentsOf(parameters.FUNNELLIMITS, [target, bases, per, level, overdispersion, counts]);
  const l = labelsOf(parameters.FUNNELLIMITS);
  const countsNeeded = !("given" in a.overdispersion) && (counts === null || counts === undefined);
  const t = valueOrThrow(andThen(targetArgument(a.target, a.per), (v) => (countsNeeded ? failure(issue("blank-value", { argument: l.counts }, { label: l.counts, expected: "each base's count (or survey percentage), from which the spread between forces is estimated" })) : success(v))));
  const spread = spreadFor(a.overdispersion, readableRows(counts, bases, a.per), t, a.per);
  return rowsOf([[bases, l.bases]], 2, ([base = null]) =>
    mapResult(baseArgument(base, l.bases), (n) => {
      const limits = funnelLimits(t, n, a.per.kind, { per: a.per.per, level: a.level, spread });
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
 * @param [overdispersion] The spread between forces: a factor phi: 1 (the default: chance alone), or above 1 to divide the z-score by its square root; "additive" or "multiplicative", estimated from the counts given as the assessment estimates it; "none"; or the Rules table (its overdispersion row, additive by default).
 * @returns The z-score: positive when the figure is above the target; one row per count.
 */
export function ZSCORE(count: unknown[][], base: unknown[][], target: number, per?: unknown, overdispersion?: unknown[][]): number[][] {
  const a = argumentsOf(parameters.ZSCORE, [count, base, target, per, overdispersion]);
  const l = labelsOf(parameters.ZSCORE);
  const t = valueOrThrow(targetArgument(a.target, a.per));
  const spread = spreadFor(a.overdispersion, readableRows(count, base, a.per), t, a.per);
  return rowsOf([[count, l.count], [base, l.base]], 1, ([c = null, b = null]) =>
    andThen(successesOf(c, b, l.count, l.base, a.per.survey), ([k, n]) => mapResult(zScore(k, n, t, a.per.kind, { per: a.per.per, spread }), (z) => [z])),
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
  const a = argumentsOf(parameters.RATERATIO, [count1, base1, count2, base2, level, which]);
  const l = labelsOf(parameters.RATERATIO);
  const ranges = [[count1, l.count1], [base1, l.base1], [count2, l.count2], [base2, l.base2]] as const;
  return rowsOf(ranges, a.which === "all" ? 3 : 1, ([x1 = null, n1 = null, x2 = null, n2 = null]) =>
    andThen(
      all([countArgument(x1, l.count1), baseArgument(n1, l.base1), countArgument(x2, l.count2), baseArgument(n2, l.base2)] as const),
      ([c1, b1, c2, b2]) => mapResult(rateRatio(c1, b1, c2, b2, a.level), (e) => parts(e, a.which)),
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
  const a = argumentsOf(parameters.POINTSGAP, [successes1, n1, successes2, n2, measure, level, designEffect, which]);
  const l = labelsOf(parameters.POINTSGAP);
  const survey = a.measure.statistic === "survey";
  const ranges = [[successes1, l.successes1], [n1, l.n1], [successes2, l.successes2], [n2, l.n2]] as const;
  return rowsOf(ranges, a.which === "all" ? 3 : 1, ([s1 = null, m = null, s2 = null, n = null]) =>
    mapResult(all([successesOf(s1, m, l.successes1, l.n1, survey), successesOf(s2, n, l.successes2, l.n2, survey)] as const), ([[x, xn], [y, yn]]) =>
      parts(pointsGap(x, xn, y, yn, a.level, [a.designEffect, a.designEffect]), a.which),
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
  const a = argumentsOf(parameters.DATASETS, [domain]);
  return dataSets.filter((d) => a.domain === undefined || d.domain === a.domain.id).map((d) => [d.id]);
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
  const a = argumentsOf(parameters.DATASET, [id, field]);
  const d = a.id;
  const fields = { name: d.name, domain: d.domain, measure: d.measure, unit: d.unit, polarity: d.polarity, statistic: d.statistic, multiplier: d.multiplier };
  return fields[a.field];
}
