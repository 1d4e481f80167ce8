import { readSettings, type AssessmentSettings } from "../src/engine/assessment/settings";
import { domains } from "../src/engine/catalogue/domains";
import type { Domain, Polarity } from "../src/engine/catalogue/types";
import type { ForceFigure } from "../src/engine/compare";
import { defaultPer } from "../src/engine/compare";
import { readLevel } from "../src/engine/input";
import { andThen, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import { normaliseWords } from "../src/engine/forces/names";
import { measure, optionalNumber, polarity, type MeasureChoice } from "./arguments";
import { inputsOf, rulesMap, templateRows } from "./tables";

const omitted = (value: unknown) => value === null || value === undefined || value === "";

/**
 * A confidence level: 0.95 when omitted. A level under 0.5 is refused rather than read as a narrow
 * interval: 0.05 is the habit of CONFIDENCE.NORM's alpha, and would silently give a 5% interval.
 */
export function confidenceLevel(value: unknown, fallback: number): Result<number> {
  return andThen(optionalNumber(value, fallback, "The confidence level"), (level) => {
    if (level > 0 && level < 0.5) {
      const suggestion = Math.round((1 - level) * 1e6) / 1e6;
      return failure(issue("level-looks-like-alpha", { argument: "The confidence level" }, { value: level, percent: level * 100, suggestion, suggestionPercent: suggestion * 100 }));
    }
    return readLevel(level);
  });
}

/**
 * An argument that is a number (a multiplier), a data set id ("cost-per-officer", bringing its
 * statistic, polarity and multiplier) or a measure word ("rate", "survey"). Omitted: `fallback`.
 */
export function perOrDataSet(value: unknown, fallback: MeasureChoice): Result<MeasureChoice> {
  if (omitted(value)) return success(fallback);
  if (typeof value === "number") return mapResult(optionalNumber(value, 1000, "The multiplier (per)"), (per) => ({ ...fallback, per }));
  return mapResult(measure(value, fallback.statistic), (m) => (m.per === undefined ? m : { ...m, per: m.statistic === "survey" ? 100 : m.per }));
}

/** The `polarity` argument of MSGPOSITION and DIRECTION: which way is better, or a data set id that says so. */
export function polarityOrDataSet(value: unknown): Result<{ polarity?: Polarity; dataSet?: MeasureChoice }> {
  if (omitted(value) || typeof value === "boolean") return mapResult(omitted(value) ? success(undefined) : polarity(value, "neutral"), (p) => (p ? { polarity: p } : {}));
  const asPolarity = polarity(value, "neutral");
  if (asPolarity.ok) return success({ polarity: asPolarity.value });
  return mapResult(measure(value, "rate", "The polarity or data set"), (m) => ({ dataSet: m }));
}

/**
 * MSGRANK's order: as RANK.EQ, 0 (the default) ranks the largest first and 1 the smallest first;
 * "higher" or "lower" say which way is better; a data set id brings its polarity. TRUE and FALSE are
 * refused, because the function once read TRUE as "higher is better", the opposite of RANK.EQ's 1.
 */
export function rankOrder(value: unknown): Result<Polarity> {
  if (omitted(value) || value === 0) return success("higher");
  if (value === 1) return success("lower");
  if (typeof value === "boolean") return failure(issue("order-is-boolean", { argument: "The order" }, { value: value ? "TRUE" : "FALSE" }));
  const asPolarity = polarity(value, "higher", "The order");
  if (asPolarity.ok) return success(asPolarity.value === "neutral" ? "higher" : asPolarity.value);
  return mapResult(measure(value, "rate", "The order"), (m) => (m.polarity === "lower" ? "lower" : "higher"));
}

/**
 * Survey percentages must be on the 0-100 scale: a figure between 0 and 1 (0.38) is refused with the
 * percentage it probably means, instead of being compared as 0.38%.
 */
export function percentagesOnScale(figures: readonly ForceFigure[], statistic: string): Result<readonly ForceFigure[]> {
  if (statistic !== "survey") return success(figures);
  const wrong = figures.find((f) => typeof f.numerator === "number" && f.numerator > 0 && f.numerator < 1);
  if (!wrong) return success(figures);
  const value = wrong.numerator as number;
  return failure(issue("percentage-as-fraction", { force: wrong.force }, { label: `The percentage for ${wrong.force}`, value, suggestion: Math.round(value * 1e6) / 1e4 }));
}

/** The assessment's settings from a Rules table passed whole (the defaults when omitted). */
export function settingsArgument(rules: unknown): Result<AssessmentSettings> {
  if (omitted(rules)) return success(readSettings(inputsOf({})));
  return mapResult(templateRows(rules, "Rules"), (rows) => readSettings(inputsOf({ rules: rulesMap(rows) })));
}

/** The multiplier a measure is shown with: given, or the data set's, or the statistic's default. */
export function perFor(choice: MeasureChoice): number {
  return choice.per ?? defaultPer[choice.statistic];
}

/** A design effect: the given one, or the Rules' default. */
export function designEffectArgument(value: unknown, settings: AssessmentSettings): Result<number> {
  return optionalNumber(value, settings.defaultDesignEffect, "The design effect");
}

/** One of a few words (`which`, a DATASET field), in any case: `fallback` when omitted or blank. */
export function oneOf<W extends string>(value: unknown, words: readonly W[], fallback: W, label: string): Result<W> {
  const key = value === null || value === undefined || String(value).trim() === "" ? fallback : String(value).trim().toLowerCase();
  const found = words.find((w) => w === key);
  return found ? success(found) : failure(issue("unknown-option", { argument: label }, { label, value: String(value), choices: words.join(", ") }));
}

/** A domain by its name or id ("Confidence and Satisfaction", "value-for-money"); undefined when omitted, for all of them. */
export function domainArgument(value: unknown): Result<Domain | undefined> {
  if (omitted(value)) return success(undefined);
  const key = normaliseWords(String(value));
  const found = domains.find((d) => d.id === key || normaliseWords(d.name) === key);
  return found ? success(found) : failure(issue("unknown-option", { argument: "The domain" }, { label: "The domain", value: String(value), choices: domains.map((d) => d.name).join(", ") }));
}

/** POINTSGAP's measure: "proportion" (the default) or "survey", or a proportion or survey data set id. */
export function proportionMeasure(value: unknown): Result<MeasureChoice> {
  return andThen(measure(value, "proportion"), (m) =>
    m.statistic === "proportion" || m.statistic === "survey" ? success(m) : failure(issue("unknown-option", { argument: "The measure" }, { label: "The measure", value: String(value), choices: "proportion, survey, or a proportion or survey data set id" })),
  );
}
