import { dataSetById } from "../catalogue/dataSets";
import { ratio, readAmount, readDivisor, type InputValue } from "../input";
import { all, andThen, type Result } from "../result";

/** What a cost per unit is called in messages: its two inputs and the measure itself. */
export interface CostNames {
  readonly cost: string;
  readonly per: string;
  readonly measure: string;
}

/** The names of a value-for-money data set's two inputs, as its catalogue entry gives them, and of its measure. */
function namesOf(dataSetId: string, measure: string): CostNames {
  const dataSet = dataSetById(dataSetId);
  return { cost: dataSet?.numerator.label ?? "The cost", per: dataSet?.denominator?.label ?? "The units", measure };
}

/**
 * A cost per unit: cost / units, in pounds per unit. Both may have a fraction (pence, part-time
 * posts). A cost of 0 gives 0. Units of 0 give `zero-denominator` naming `names.measure`; a blank gives
 * `blank-value` (never read as 0); a negative figure `negative-value`; text or NaN `not-a-number`.
 */
export function costPerUnit(cost: InputValue, units: InputValue, names: CostNames): Result<number> {
  const checked = all([readAmount(cost, { label: names.cost }), readDivisor(units, { label: names.per }, names.measure)] as const);
  return andThen(checked, ([pounds, n]) => ratio(pounds, n, 1, names.measure));
}

/**
 * A cost per full-time equivalent post: cost / FTE, in pounds per FTE. The same rules as
 * {@link costPerUnit}: FTE of 0 gives `zero-denominator`, a blank `blank-value`.
 */
export function costPerFte(cost: InputValue, fte: InputValue, names: CostNames): Result<number> {
  return costPerUnit(cost, fte, names);
}

/**
 * Cost per police officer: officer pay and related costs (£) / officer FTE, in pounds. FTE of 0 gives
 * `zero-denominator` ("cost per officer"); a blank gives `blank-value`; a cost of 0 gives 0.
 */
export function costPerOfficer(cost: InputValue, fte: InputValue): Result<number> {
  return costPerFte(cost, fte, namesOf("cost-per-officer", "cost per officer"));
}

/**
 * Cost per PCSO: PCSO costs (£) / PCSO FTE, in pounds. FTE of 0 gives `zero-denominator`
 * ("cost per PCSO"); a blank gives `blank-value`; a cost of 0 gives 0.
 */
export function costPerPcso(cost: InputValue, fte: InputValue): Result<number> {
  return costPerFte(cost, fte, namesOf("cost-per-pcso", "cost per PCSO"));
}

/**
 * Cost per member of police staff: staff costs (£) / staff FTE, in pounds. FTE of 0 gives
 * `zero-denominator` ("cost per staff member"); a blank gives `blank-value`; a cost of 0 gives 0.
 */
export function costPerStaff(cost: InputValue, fte: InputValue): Result<number> {
  return costPerFte(cost, fte, namesOf("cost-per-staff", "cost per staff member"));
}

/**
 * Average cost per Band D property: police precept requirement (£) / council tax base in Band D
 * equivalents, in pounds (the Band D police precept, since precept = Band D x tax base). A tax base of
 * 0 gives `zero-denominator`; a blank gives `blank-value`; a precept of 0 gives 0.
 */
export function costPerBandD(precept: InputValue, taxBase: InputValue): Result<number> {
  return costPerUnit(precept, taxBase, namesOf("band-d", "average cost per Band D property"));
}

/**
 * Cost per head of population: net revenue expenditure (£) / population, in pounds per person. A
 * population of 0 gives `zero-denominator`; a blank gives `blank-value`; expenditure of 0 gives 0.
 */
export function costPerHead(netRevenueExpenditure: InputValue, population: InputValue): Result<number> {
  return costPerUnit(netRevenueExpenditure, population, namesOf("cost-per-head", "cost per head of population"));
}
