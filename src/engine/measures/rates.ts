import { ratio, readAmount, readCount, readDivisor, readPositive, type InputValue } from "../input";
import { all, andThen, type Result } from "../result";

/** What the inputs of a rate are called in messages. */
export interface RateLabels {
  readonly numerator?: string;
  readonly base?: string;
}

const perName = { label: "The rate multiplier (per)" };

/**
 * A crime rate: offences / base x per, in offences per `per` of the base (per 1,000 population by
 * default; pass 1,000,000 for homicide, 100,000 for gun and knife crime, households as the base for
 * burglary). Offences are a whole-number count.
 *
 * 0 offences give 0. A blank gives `blank-value` (never read as 0), a base of 0 gives
 * `zero-denominator`, a negative or fractional count `negative-count` or `fractional-count`, text or
 * NaN `not-a-number`, and `per` of 0 or less `out-of-range`. Labels default to "Offences" and
 * "Population".
 */
export function crimeRate(offences: InputValue, base: InputValue, per: InputValue = 1000, labels: RateLabels = {}): Result<number> {
  const checked = all([
    readCount(offences, { label: labels.numerator ?? "Offences" }),
    readDivisor(base, { label: labels.base ?? "Population" }, "crime rate"),
    readPositive(per, perName),
  ] as const);
  return andThen(checked, ([x, n, multiplier]) => ratio(x, n, multiplier, "crime rate"));
}

/**
 * An amount of money per `per` of the population: amount / population x per, in pounds per 1,000
 * population by default (asset recovery: the value of confiscation and forfeiture orders). The amount
 * may have pence.
 *
 * An amount of 0 gives 0. A blank gives `blank-value` (never read as 0), a population of 0 gives
 * `zero-denominator`, a negative amount `negative-value`, and `per` of 0 or less `out-of-range`.
 * Labels default to "Amount (£)" and "Population".
 */
export function amountPerPopulation(amount: InputValue, population: InputValue, per: InputValue = 1000, labels: RateLabels = {}): Result<number> {
  const checked = all([
    readAmount(amount, { label: labels.numerator ?? "Amount (£)" }),
    readDivisor(population, { label: labels.base ?? "Population" }, "amount per head of population"),
    readPositive(per, perName),
  ] as const);
  return andThen(checked, ([value, n, multiplier]) => ratio(value, n, multiplier, "amount per head of population"));
}
