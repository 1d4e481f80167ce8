import type { DataSetAssessment } from "../assessment/types";
import { explanation, similarForcesExplained, type Glossary } from "./glossary";
import { formatFigures } from "./numbers";
import { capitalise } from "./text";
import { wordingFor } from "./wording";

/** Whether a finding counts towards "do well", "need to improve", or neither. */
export type Leaning = "good" | "bad" | "neutral";

/** What a report needs to know about the force while writing about its data sets. */
export interface Writer {
  readonly force: string;
  readonly year: string;
  readonly groupSource: "official" | "derived" | "unstated";
  readonly glossary: Glossary;
}

const finite = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);

/** The force's figure, if there is a usable one. */
export function figureOf(ds: DataSetAssessment): number | null {
  return finite(ds.figure?.estimate) ? (ds.figure?.estimate ?? null) : null;
}

/** The leaning of a data set's position against similar forces; null with no comparison. */
export function positionLeaning(ds: DataSetAssessment): Leaning | null {
  if (!ds.position) return null;
  return ds.position.kind === "better" ? "good" : ds.position.kind === "worse" ? "bad" : "neutral";
}

/** The leaning of a data set's direction of travel; null with no direction. */
export function directionLeaning(ds: DataSetAssessment): Leaning | null {
  if (!ds.direction) return null;
  return ds.direction.kind === "improved" ? "good" : ds.direction.kind === "deteriorated" ? "bad" : "neutral";
}

const notTested = "This figure has no sampling error, so no test of chance was run.";

/** A change in words: "a fall of 12%", "a rise of 1.2 points", "no change". */
export function changeWords(change: number, unit: "relative" | "points"): string {
  if (!Number.isFinite(change)) return change > 0 ? "a rise from nothing" : "no change";
  const size = Math.abs(unit === "relative" ? change * 100 : change);
  const shown = size >= 10 || unit === "points" ? size.toFixed(unit === "points" ? 1 : 0) : size.toFixed(1);
  if (Number(shown) === 0) return "no change";
  return `a ${change > 0 ? "rise" : "fall"} of ${shown}${unit === "relative" ? "%" : " points"}`;
}

/** The explanations due before a data set's first figure sentence. */
function explanationsBefore(ds: DataSetAssessment, w: Writer, withGroup: boolean): string[] {
  const out: string[] = [];
  const term = wordingFor(ds.dataSet).term;
  if (term && term !== "similar-forces" && term !== "caa" && w.glossary.first(term)) out.push(explanation(term));
  if (withGroup && w.glossary.first("similar-forces")) out.push(similarForcesExplained(w.force, w.groupSource));
  return out;
}

/**
 * The figure in context, after any explanation it needs: "Kent had 0.60 robberies per 1,000 people in
 * 2008/09, against 0.66 for similar forces." With `allForces`, the average of all forces too. With no
 * figure for similar forces, it says so.
 */
export function figureSentences(ds: DataSetAssessment, w: Writer, allForces = false): string[] {
  const value = figureOf(ds);
  if (value === null) return [];
  const msg = finite(ds.msgAverage) ? ds.msgAverage : null;
  const all = allForces && finite(ds.allForcesAverage) ? ds.allForcesAverage : null;
  const values = [value, ...(msg === null ? [] : [msg]), ...(all === null ? [] : [all])];
  const [v = "", m = "", a = ""] = formatFigures(values, ds.dataSet, values.slice(0, 2));
  const year = ds.year || w.year;
  const clause = capitalise(wordingFor(ds.dataSet).clause(w.force, v));
  const against =
    msg !== null
      ? `, against ${m} for similar forces${all !== null ? ` and ${a} for all forces` : ""}`
      : all !== null
        ? `, against ${m} for all forces` // with no group figure, the second value is all forces
        : "";
  const sentences = [...explanationsBefore(ds, w, msg !== null), `${clause}${year ? ` in ${year}` : ""}${against}.`];
  if (msg === null) sentences.push("There was no figure for similar forces to compare with.");
  return sentences;
}

/** What the comparison with similar forces shows, with the uncertainty said plainly. */
export function positionSentences(ds: DataSetAssessment): string[] {
  if (!ds.position) return [];
  const chance = ds.position.tested;
  switch (ds.position.kind) {
    case "better":
    case "worse":
    case "higher":
    case "lower":
      return [`That is ${ds.position.kind} than similar forces.`, chance ? "The gap is too big to put down to chance." : notTested];
    case "similar":
      return ["That is similar to similar forces.", chance ? "The gap is within what chance would explain." : notTested];
  }
}

/** The last year of a series, as " in the three years to 2008/09", or "" when not known. */
function yearsOf(ds: DataSetAssessment): string {
  const series = ds.direction?.series ?? [];
  const last = series[series.length - 1]?.year ?? ds.direction?.to;
  return last ? ` in the ${series.length === 3 ? "three " : ""}years to ${last}` : "";
}

/**
 * The direction of travel: every year's figure (never only two points), then what the change means:
 * "For robbery, the figure went from 0.71 to 0.65 to 0.60 per 1,000 people in the three years to
 * 2008/09. That is better than before. The change is too big to put down to chance." Right after the
 * figure sentence of the same data set (`afterFigure`), it says "It went from ..." without the unit.
 */
export function directionSentences(ds: DataSetAssessment, afterFigure = false): string[] {
  const direction = ds.direction;
  if (!direction) return [];
  const wording = wordingFor(ds.dataSet);
  const values = direction.series.map((p) => p.value).filter(finite);
  const chance = direction.tested;
  const reference = direction.reference;
  const against = reference ? ` ${reference.name === "England and Wales" ? "England and Wales" : "similar forces"} saw ${changeWords(reference.change, direction.changeUnit)} over the same years.` : "";
  const beyondChance = [...(against ? [against.trim()] : []), ...(chance ? [`The ${reference ? "difference" : "change"} is too big to put down to chance.`] : [])];
  const context = [figureOf(ds), ds.msgAverage].filter(finite);
  const texts = formatFigures([...values, ...context], ds.dataSet, context).slice(0, values.length);
  const went = `went from ${texts.join(" to ")}`;
  const series =
    values.length < 2
      ? `For ${wording.topic}, there was not a full series of figures.`
      : afterFigure
        ? `It ${went}${yearsOf(ds)}.`
        : `For ${wording.topic}, the figure ${went}${wording.per}${yearsOf(ds)}.`;
  switch (direction.kind) {
    case "improved":
      return [series, "That is better than before.", ...beyondChance];
    case "deteriorated":
      return [series, "That is worse than before.", ...beyondChance];
    case "increased":
      return [series, "That is a rise.", ...beyondChance];
    case "decreased":
      return [series, "That is a fall.", ...beyondChance];
    case "stable":
      return [
        series,
        ...(against ? [against.trim()] : []),
        !chance ? `The ${reference ? "difference" : "change"} is small.` : direction.beyondChance && !direction.material ? `The ${reference ? "difference" : "change"} is too small to count.` : `The ${reference ? "difference" : "change"} is within what chance would explain.`,
      ];
  }
}
