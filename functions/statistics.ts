import { readCount, readDivisor, readNumber, type InputValue } from "../src/engine/input";
import { all, andThen, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import type { Estimate } from "../src/engine/stats/interval";
import { optionalNumber, type MeasureChoice } from "./arguments";
import { optionalText } from "./shapes";
import { perFor, perOrDataSet } from "./choices";

/** How a funnel statistic is read: a rate per `per` of a population, or a proportion (a survey's on 0-100). */
export interface FunnelMeasure {
  readonly kind: "rate" | "proportion";
  readonly per: number;
  readonly survey: boolean;
}

/**
 * The `per` argument of FUNNELLIMITS and ZSCORE: a multiplier (a rate per 1,000 by default), or a data
 * set id or measure word bringing its statistic and multiplier. Figures with no sampling error (costs)
 * have no funnel: refused.
 */
export function funnelMeasure(value: unknown): Result<FunnelMeasure> {
  return andThen(perOrDataSet(value, { statistic: "rate", per: 1000 }), (how: MeasureChoice) => {
    if (how.statistic === "figure") return failure(issue("unknown-option", { argument: "The measure (per)" }, { label: "The measure (per)", value: String(value), choices: "a rate, proportion or survey data set id, or a multiplier; costs have no sampling error, so no funnel" }));
    return success({ kind: how.statistic === "rate" ? "rate" : "proportion", per: perFor(how), survey: how.statistic === "survey" } as const);
  });
}

/** A multiplicative overdispersion phi: 1 (chance alone) when omitted; less than 1 is refused. */
export function phiArgument(value: unknown): Result<number> {
  return andThen(optionalNumber(value, 1, "The overdispersion"), (phi) =>
    phi >= 1 ? success(phi) : failure(issue("out-of-range", { argument: "The overdispersion" }, { label: "The overdispersion", value: phi, range: "1 or more (1 is chance alone)" })),
  );
}

/** A target on the measure's scale: 0 or more, and at most `per` for a proportion. */
export function targetArgument(value: InputValue, how: FunnelMeasure): Result<number> {
  return andThen(readNumber(value, { label: "The target" }), (t) =>
    t >= 0 && (how.kind === "rate" || t <= how.per) ? success(t) : failure(issue("out-of-range", { argument: "The target" }, { label: "The target", value: t, range: how.kind === "rate" ? "0 or more" : `from 0 to ${how.per}` })),
  );
}

/** A base: a population, a number of offences or a sample size, more than 0. */
export function baseArgument(value: InputValue, label: string): Result<number> {
  return readDivisor(value, { label }, "funnel limit");
}

/** A count for a rate ratio: a whole number of events, 0 or more. */
export function countArgument(value: InputValue, label: string): Result<number> {
  return readCount(value, { label });
}

type Part = "all" | "estimate" | "lower" | "upper";

/** The `which` argument of RATERATIO and POINTSGAP: all three (the default), or one of them for use inside a Table. */
export function partChoice(value: unknown, estimateWord: string): Result<Part> {
  const key = optionalText(value)?.toLowerCase() ?? "all";
  if (key === "all" || key === "lower" || key === "upper") return success(key);
  if (key === estimateWord || key === "estimate") return success("estimate");
  return failure(issue("unknown-option", { argument: "Which" }, { label: "Which", value: String(value), choices: `all, ${estimateWord}, lower, upper` }));
}

/** The parts asked for, as one row. */
export function parts(e: Estimate, which: Part): number[] {
  return which === "all" ? [e.estimate, e.lower, e.upper] : [e[which]];
}

/** Successes out of n for a gap between proportions: counts (detections of offences), or survey percentages 0-100 turned into successes. */
export function successesOf(value: InputValue, n: InputValue, label: string, nLabel: string, survey: boolean): Result<readonly [number, number]> {
  return andThen(all([readNumber(value, { label }), baseArgument(n, nLabel)] as const), ([v, size]) => {
    if (!survey) return mapResult(countArgument(v, label), (k) => [k, size] as const);
    if (v > 0 && v < 1) return failure(issue("percentage-as-fraction", { argument: label }, { label, value: v, suggestion: Math.round(v * 1e6) / 1e4 }));
    if (v < 0 || v > 100) return failure(issue("out-of-range", { argument: label }, { label, value: v, range: "from 0 to 100" }));
    return success([(v / 100) * size, size] as const);
  });
}
