import { readCount, readDivisor, readNumber, type InputValue } from "../src/engine/input";
import { all, andThen, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import type { Estimate } from "../src/engine/stats/interval";
import { estimateOverdispersion, noOverdispersion, pointAgainstTarget, type Overdispersion, type OverdispersionModel } from "../src/engine/stats/funnel";
import { cell, cellsOf, optionalNumber, type MeasureChoice } from "./arguments";
import { optionalText } from "./shapes";
import { perFor, perOrDataSet, settingsArgument } from "./choices";

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

/**
 * The `overdispersion` argument of FUNNELLIMITS and ZSCORE: how the spread between forces beyond
 * chance is allowed for. A number is the multiplicative factor phi (1, chance alone, when omitted; less
 * than 1 is refused); "none"; "multiplicative" or "additive", the spread then estimated from the
 * figures given, with the Rules' default winsorising; or the Rules table as it is, its `overdispersion`
 * model (additive by default) and `winsorising`.
 */
export type SpreadChoice = { readonly given: Overdispersion } | { readonly model: OverdispersionModel; readonly winsorising: number };

const models: readonly OverdispersionModel[] = ["additive", "multiplicative", "none"];

export function spreadArgument(value: unknown): Result<SpreadChoice> {
  const single = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? (value[0] as unknown[])[0] : value;
  if (Array.isArray(single)) return mapResult(settingsArgument(single), (settings) => ({ model: settings.overdispersion, winsorising: settings.winsorising }));
  if (typeof single === "string" && single.trim() !== "") {
    const model = models.find((m) => m === single.trim().toLowerCase());
    if (!model) return failure(issue("unknown-option", { argument: "The overdispersion" }, { label: "The overdispersion", value: single, choices: "a factor phi of 1 or more, additive, multiplicative, none, or the Rules table" }));
    return mapResult(settingsArgument(null), (settings) => (model === "none" ? { given: noOverdispersion } : { model, winsorising: settings.winsorising }));
  }
  return andThen(optionalNumber(single, 1, "The overdispersion"), (phi) =>
    phi >= 1
      ? success({ given: phi === 1 ? noOverdispersion : { model: "multiplicative", phi, tau2: 0, forces: 0 } })
      : failure(issue("out-of-range", { argument: "The overdispersion" }, { label: "The overdispersion", value: phi, range: "1 or more (1 is chance alone)" })),
  );
}

/**
 * The spread to allow for: as given, or estimated from every row whose count and base can be read
 * (others are left out) against the target, by the assessment's estimator (Spiegelhalter 2005:
 * winsorised z-scores, then phi, or tau^2 solved so that they average 1). Fewer than three usable rows
 * give no adjustment.
 */
export function spreadFor(choice: SpreadChoice, rows: readonly (readonly [number, number])[], target: number, how: FunnelMeasure): Overdispersion {
  if ("given" in choice) return choice.given;
  const t = target / how.per;
  return estimateOverdispersion(rows.map(([count, base]) => pointAgainstTarget(count, base, t, how.kind)), choice.model, choice.winsorising);
}

/** The rows of counts and bases that can be read, as successes and bases (survey percentages turned into successes). */
export function readableRows(counts: unknown, bases: unknown, how: FunnelMeasure): (readonly [number, number])[] {
  const read = all([counts === null || counts === undefined ? success([]) : cellsOf(counts, "The counts"), cellsOf(bases, "The bases")] as const);
  if (!read.ok) return [];
  const [tops, bottoms] = read.value;
  return tops.flatMap((c, i) => {
    const [count, base] = [cell(c, "The count"), cell(bottoms[i], "The base")];
    if (!count.ok || !base.ok || count.value === null) return [];
    const pair = successesOf(count.value, base.value, "The count", "The base", how.survey);
    return pair.ok ? [pair.value] : [];
  });
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
