import { failure, issue, success, type IssuePath, type Result } from "./result";

/**
 * A value as it may arrive from a cell or a caller: a number, text, a true/false, or nothing (blank).
 * Faces pass what they read; the engine decides, in one place, what is acceptable.
 */
export type InputValue = number | string | boolean | null | undefined;

/** What a value stands for, in the user's words ("Offences"), and where it came from. */
export interface InputName {
  readonly label: string;
  readonly path?: IssuePath;
}

function at(name: InputName): IssuePath {
  return name.path ?? { argument: name.label };
}

/**
 * A finite number, or an issue: blank gives `blank-value` (a blank is never read as 0), text or
 * true/false or NaN or an infinity gives `not-a-number`.
 */
export function readNumber(value: InputValue, name: InputName, expected = "a number"): Result<number> {
  if (value === null || value === undefined || value === "") {
    return failure(issue("blank-value", at(name), { label: name.label, expected }));
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return failure(issue("not-a-number", at(name), { label: name.label, value: String(value), expected }));
  }
  return success(value);
}

/** A count (offences, detections, casualties, people): a whole number, 0 or more. */
export function readCount(value: InputValue, name: InputName): Result<number> {
  const n = readNumber(value, name, "a whole number");
  if (!n.ok) return n;
  if (n.value < 0) return failure(issue("negative-count", at(name), { label: name.label, value: n.value }));
  if (!Number.isInteger(n.value)) return failure(issue("fractional-count", at(name), { label: name.label, value: n.value }));
  return n;
}

/** An amount (pounds, full-time equivalents): a number of 0 or more, fractions allowed. */
export function readAmount(value: InputValue, name: InputName): Result<number> {
  const n = readNumber(value, name);
  if (!n.ok) return n;
  if (n.value < 0) return failure(issue("negative-value", at(name), { label: name.label, value: n.value }));
  return n;
}

/**
 * Something to divide by (a population, FTE, a tax base): more than 0. Zero gives `zero-denominator`,
 * naming the measure that could not be worked out.
 */
export function readDivisor(value: InputValue, name: InputName, measure: string): Result<number> {
  const n = readAmount(value, name);
  if (!n.ok) return n;
  if (n.value === 0) return failure(issue("zero-denominator", at(name), { label: name.label, measure }));
  return n;
}

/** A count to divide by (offences behind a detection rate): a whole number more than 0. */
export function readCountDivisor(value: InputValue, name: InputName, measure: string): Result<number> {
  const n = readCount(value, name);
  if (!n.ok) return n;
  if (n.value === 0) return failure(issue("zero-denominator", at(name), { label: name.label, measure }));
  return n;
}

/** A confidence level strictly between 0 and 1 (0.95 for 95%). */
export function readLevel(value: InputValue, name: InputName = { label: "The confidence level" }): Result<number> {
  const n = readNumber(value, name, "a level such as 0.95");
  if (!n.ok) return n;
  if (!(n.value > 0 && n.value < 1)) {
    return failure(issue("out-of-range", at(name), { label: name.label, value: n.value, range: "between 0 and 1, such as 0.95 for 95%" }));
  }
  return n;
}

/** A multiplier ("per 1,000"), a design effect or any factor that must be more than 0. */
export function readPositive(value: InputValue, name: InputName, range = "more than 0"): Result<number> {
  const n = readNumber(value, name);
  if (!n.ok) return n;
  if (!(n.value > 0)) return failure(issue("out-of-range", at(name), { label: name.label, value: n.value, range }));
  return n;
}

/**
 * numerator / denominator x multiplier, or `result-too-large` when the answer overflows (a divisor
 * so near 0 that no real figure could give it). Inputs must already be read and checked.
 */
export function ratio(numerator: number, denominator: number, multiplier: number, measure: string): Result<number> {
  const value = (numerator / denominator) * multiplier;
  return Number.isFinite(value) ? success(value) : failure(issue("result-too-large", {}, { measure }));
}
