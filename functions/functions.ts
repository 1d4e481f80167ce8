import { dataSetById } from "../src/engine/catalogue/dataSets";
import { directionOfTravel, groupMembers, msgAverage, msgPosition, msgRank, similarForces } from "../src/engine/compare";
import { recommendGrade, rulesFromTable, defaultGradingRules } from "../src/engine/grading";
import { costPerBandD, costPerHead, costPerOfficer, costPerPcso, costPerStaff, crimeRate, amountPerPopulation, detectionRate } from "../src/engine/measures";
import { andThen, all, failure, issue, mapResult, success } from "../src/engine/result";
import { proportionInterval, rateInterval } from "../src/engine/stats";
import { cell, measure, name, optionalBoolean, optionalNumber, polarity, sameLength, table, wordList } from "./arguments";
import { forceFigures, forceValues, groupArgument, yearFigures } from "./assemble";
import { valueOrThrow } from "./errors";

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
 * Confidence interval of a rate, exact (Garwood) Poisson limits: spills the lower and upper limits, in the rate's unit (per `per` of the base).
 * @customfunction RATECI
 * @helpurl https://addin-url.invalid/help/functions.html#rateci
 * @param count Offences or other events (a whole number).
 * @param base Population, or households.
 * @param [per] Rate per this many of the base: 1000 by default.
 * @param [level] Confidence level: 0.95 (the default) for 95%.
 * @returns Lower and upper limits, side by side.
 */
export function RATECI(count: number, base: number, per?: number, level?: number): number[][] {
  const options = valueOrThrow(all([optionalNumber(per, 1000, "The rate multiplier (per)"), optionalNumber(level, 0.95, "The confidence level")] as const));
  const estimate = valueOrThrow(rateInterval(scalar(count, "Count"), scalar(base, "Population"), { per: options[0], level: options[1] }));
  return [[estimate.lower, estimate.upper]];
}

/**
 * Confidence interval of a proportion (Wilson score), for detection rates and survey results: spills the lower and upper limits as proportions (format as %). A design effect above 1 widens it for complex surveys.
 * @customfunction PROPORTIONCI
 * @helpurl https://addin-url.invalid/help/functions.html#proportionci
 * @param successes Detections, or people who agreed (a whole number).
 * @param n Offences, or the number surveyed.
 * @param [level] Confidence level: 0.95 (the default) for 95%.
 * @param [designEffect] Survey design effect: 1 (the default) for a simple random sample.
 * @returns Lower and upper limits, side by side.
 */
export function PROPORTIONCI(successes: number, n: number, level?: number, designEffect?: number): number[][] {
  const options = valueOrThrow(all([optionalNumber(level, 0.95, "The confidence level"), optionalNumber(designEffect, 1, "The design effect")] as const));
  const estimate = valueOrThrow(proportionInterval(scalar(successes, "Successes"), scalar(n, "Sample size"), { level: options[0], designEffect: options[1] }));
  return [[estimate.lower, estimate.upper]];
}

/**
 * The peers of a force in its Most Similar Group, spilled down a column.
 * @customfunction MSGPEERS
 * @helpurl https://addin-url.invalid/help/functions.html#msgpeers
 * @param force Force name, e.g. "Kent".
 * @param msgTable The MSG table: force in the first column, peers in the columns after it (one row per force and peer, or one row per force).
 * @returns The peers, one per row.
 */
export function MSGPEERS(force: string, msgTable: unknown[][]): string[][] {
  const [group] = valueOrThrow(andThen(name(force, "The force"), (f) => groupArgument(f, msgTable)));
  return group ? groupMembers(group, false).map((peer) => [peer]) : [];
}

/**
 * Most Similar Group average, weighted: the sum of the group's numerators divided by the sum of its denominators, times per (not the mean of the members' rates). The force is included unless includeForce is FALSE.
 * @customfunction MSGAVERAGE
 * @helpurl https://addin-url.invalid/help/functions.html#msgaverage
 * @param force Force name, e.g. "Kent".
 * @param msgTable The MSG table: force in the first column, peers after it.
 * @param forces Force names, one per row (e.g. Data[Force]).
 * @param numerators Numerators in the same order (offences, detections, pounds).
 * @param denominators Denominators in the same order (population, offences, FTE).
 * @param [per] Multiplier: 1000 (the default) for per 1,000; 1 for a proportion such as a detection rate.
 * @param [includeForce] TRUE (the default) to count the force in its own group's average.
 * @returns The group's weighted average, in the unit of the measure.
 */
export function MSGAVERAGE(force: string, msgTable: unknown[][], forces: unknown[][], numerators: unknown[][], denominators: unknown[][], per?: number, includeForce?: boolean): number {
  const f = valueOrThrow(name(force, "The force"));
  const [groups, figures, multiplier, include] = valueOrThrow(
    all([groupArgument(f, msgTable), forceFigures(forces, numerators, denominators), optionalNumber(per, 1000, "The multiplier (per)"), optionalBoolean(includeForce, true, "Include the force")] as const),
  );
  return valueOrThrow(mapResult(msgAverage(f, groups, figures, { statistic: "figure", per: multiplier, includeForce: include }), (a) => a.value));
}

/**
 * Rank of a force within its Most Similar Group (the force and its peers): 1 is best. Ties share a rank, as Excel's RANK.EQ.
 * @customfunction MSGRANK
 * @helpurl https://addin-url.invalid/help/functions.html#msgrank
 * @param force Force name, e.g. "Kent".
 * @param msgTable The MSG table: force in the first column, peers after it.
 * @param forces Force names, one per row.
 * @param values The measure for each force, in the same order (e.g. rates).
 * @param [higherIsBetter] TRUE (the default) if a higher value is better; FALSE if lower is better (e.g. crime rates).
 * @returns The rank: 1 is best.
 */
export function MSGRANK(force: string, msgTable: unknown[][], forces: unknown[][], values: unknown[][], higherIsBetter?: boolean): number {
  const f = valueOrThrow(name(force, "The force"));
  const [groups, pairs, higher] = valueOrThrow(
    all([groupArgument(f, msgTable), forceValues(forces, values, "The values"), optionalBoolean(higherIsBetter, true, "Higher is better")] as const),
  );
  return valueOrThrow(mapResult(msgRank(f, groups, pairs, higher ? "higher" : "lower"), (r) => r.rank));
}

/**
 * Where a force stands against its Most Similar Group, in plain English, e.g. "Significantly lower than similar forces": different when the force's 95% confidence interval excludes the group's weighted average.
 * @customfunction MSGPOSITION
 * @helpurl https://addin-url.invalid/help/functions.html#msgposition
 * @param force Force name, e.g. "Kent".
 * @param msgTable The MSG table: force in the first column, peers after it.
 * @param forces Force names, one per row.
 * @param numerators Numerators in the same order (offences, detections, survey percentages, pounds).
 * @param denominators Denominators in the same order (population, offences, sample sizes, FTE).
 * @param [polarity] Which way is better: "higher", "lower" or "neutral" (the default: says higher or lower).
 * @param [measure] "rate" (the default), "proportion", "survey", "figure" (costs: within 5% is similar), or a data set id such as "burglary".
 * @returns Better, similar or worse than similar forces (or higher, similar or lower).
 */
export function MSGPOSITION(force: string, msgTable: unknown[][], forces: unknown[][], numerators: unknown[][], denominators: unknown[][], polarity?: string, measure?: string): string {
  const f = valueOrThrow(name(force, "The force"));
  const [groups, figures, how, better] = valueOrThrow(
    all([groupArgument(f, msgTable), forceFigures(forces, numerators, denominators), readMeasure(measure), readPolarity(polarity)] as const),
  );
  return valueOrThrow(
    mapResult(msgPosition(f, groups, figures, { statistic: how.statistic, polarity: better ?? how.polarity ?? "neutral" }), (p) => p.label),
  );
}

/**
 * Direction of travel over three years, oldest first: "Improved", "Stable" or "Deteriorated" (for neutral polarity "Increased", "Stable" or "Decreased"), comparing the latest year with the year two before by a significance test.
 * @customfunction DIRECTION
 * @helpurl https://addin-url.invalid/help/functions.html#direction
 * @param numerators Three years of numerators, oldest first, in a row or column.
 * @param denominators The three years' denominators, in the same order.
 * @param [polarity] Which way is better: "higher", "lower" or "neutral" (the default).
 * @param [measure] "rate" (the default), "proportion", "survey", "figure", or a data set id such as "burglary".
 * @returns Improved, Stable or Deteriorated.
 */
export function DIRECTION(numerators: unknown[][], denominators: unknown[][], polarity?: string, measure?: string): string {
  const [series, how, better] = valueOrThrow(all([yearFigures(numerators, denominators), readMeasure(measure), readPolarity(polarity)] as const));
  return valueOrThrow(
    mapResult(directionOfTravel(series, { statistic: how.statistic, polarity: better ?? how.polarity ?? "neutral" }), (d) => d.label),
  );
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
 * The recommended grade for a domain (default rules: Excellent, Good, Fair, Poor), from each data set's position against similar forces and its direction of travel: the same answer as the task pane. A person decides the final grade.
 * @customfunction GRADE
 * @helpurl https://addin-url.invalid/help/functions.html#grade
 * @param positions Positions against similar forces, e.g. from MSGPOSITION ("Significantly better than similar forces", or Better, Similar, Worse).
 * @param directions Directions of travel in the same order: Improved, Stable or Deteriorated.
 * @param [rules] A two-column rules table (rule name, value), e.g. the Rules sheet; the defaults when omitted.
 * @returns The recommended grade.
 */
export function GRADE(positions: unknown[][], directions: unknown[][], rules?: unknown[][]): string {
  const [ps, ds] = valueOrThrow(all([wordList(positions, "The positions"), wordList(directions, "The directions")] as const));
  valueOrThrow(sameLength(ps, ds, "The positions", "The directions"));
  const chosen = rules === null || rules === undefined ? defaultGradingRules : valueOrThrow(andThen(table(rules, "The rules"), rulesFromTable));
  return valueOrThrow(mapResult(recommendGrade(ps.map((position, i) => ({ position, direction: ds[i] ?? null })), chosen), (g) => g.grade));
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

function readPolarity(value: unknown) {
  return value === null || value === undefined || value === "" ? success(undefined) : polarity(value, "neutral");
}

