import type { DataSetAssessment } from "../assessment/types";
import { explanation, similarForcesExplained, type Glossary } from "./glossary";
import { figureStyle, formatFigures, formatNumber } from "./numbers";
import { spreadEstimated } from "../stats/funnel";
import { capitalise, joinList } from "./text";
import { wordingFor } from "./wording";

/** Whether a finding counts towards "do well", "need to improve", or neither. */
export type Leaning = "good" | "bad" | "neutral";

/** What a report needs to know about the force while writing about its data sets. */
export interface Writer {
  readonly force: string;
  readonly year: string;
  readonly groupSource: "official" | "derived" | "unstated";
  readonly glossary: Glossary;
  /** What this answer has said already: "similar forces" is said once per answer, "the group" after. */
  readonly said?: Said;
  /** The ids of the data sets whose compared figures are at least partly illustrative (the workbook's Coverage). */
  readonly illustrative?: ReadonlySet<string>;
  /** The force's edge cases in words (City of London, Metropolitan Police), said in each graded domain's summary. */
  readonly caveats?: readonly string[];
}

/**
 * The note that marks figures resting on illustrative data, once per answer: "The figures for robbery
 * and burglary are partly illustrative, not official." Nothing when none of `shown` is.
 */
export function illustrativeNote(shown: readonly DataSetAssessment[], w: Writer): string[] {
  const topics = shown.filter((ds) => w.illustrative?.has(ds.dataSet.id)).map((ds) => wordingFor(ds.dataSet).topic);
  if (topics.length === 0) return [];
  return [`The figures for ${joinList(topics.slice(0, 3))}${topics.length > 3 ? " and others here" : ""} are partly illustrative, not official.`];
}

/** What one answer has said, so that it does not say it again. */
export class Said {
  private group = false;

  /** "similar forces" the first time in the answer, "the group" after. */
  similarForces(): string {
    if (this.group) return "the group";
    this.group = true;
    return "similar forces";
  }

  /** Whether "similar forces" has been said in this answer. */
  get groupNamed(): boolean {
    return this.group;
  }
}

/** The writer for one answer: the report's glossary, with a fresh record of what the answer has said. */
export function answerWriter(w: Writer): Writer {
  return { ...w, said: new Said() };
}

const groupWord = (w: Writer): string => (w.said ? w.said.similarForces() : "similar forces");

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

const noTest = "No test of chance was run on this figure.";

/** A change in words: "a fall of 12%", "a rise of 1.2 points", "no change". */
export function changeWords(change: number, unit: "relative" | "points"): string {
  if (!Number.isFinite(change)) return change > 0 ? "a rise from nothing" : "no change";
  const size = Math.abs(unit === "relative" ? change * 100 : change);
  const shown = size >= 10 || unit === "points" ? size.toFixed(unit === "points" ? 1 : 0) : size.toFixed(1);
  if (Number(shown) === 0) return "no change";
  return `a ${change > 0 ? "rise" : "fall"} of ${shown}${unit === "relative" ? "%" : " points"}`;
}

/** The explanations due before a data set's first figure sentence. */
function explanationsBefore(ds: DataSetAssessment, w: Writer): string[] {
  const term = wordingFor(ds.dataSet).term;
  return term && term !== "similar-forces" && term !== "caa" && w.glossary.first(term) ? [explanation(term)] : [];
}

/** Who the peers were: "similar forces", or "6 of 7 similar forces" when a peer had no figure. */
function comparedWith(ds: DataSetAssessment, w: Writer): string {
  const word = groupWord(w);
  const p = ds.peersCompared;
  if (!p || p.counted >= p.of) return word;
  return word === "similar forces" ? `${p.counted} of ${p.of} similar forces` : `${p.counted} of the ${p.of} forces in the group`;
}

/**
 * The figure in context, after any explanation it needs: "Kent had 0.60 robberies per 1,000 people in
 * 2008/09, against 0.66 for similar forces." The answer's first mention says "similar forces", later
 * ones "the group"; when a peer had no figure, "6 of 7 similar forces". With `allForces`, the average of
 * all forces too. With no figure for similar forces, it says so.
 */
export function figureSentences(ds: DataSetAssessment, w: Writer, allForces = false): string[] {
  const value = figureOf(ds);
  if (value === null) return [];
  const msg = finite(ds.msgAverage) ? ds.msgAverage : null;
  const all = allForces && finite(ds.allForcesAverage) ? ds.allForcesAverage : null;
  const values = [value, ...(msg === null ? [] : [msg]), ...(all === null ? [] : [all])];
  const [v = "", m = "", a = ""] = formatFigures(values, ds.dataSet, values.slice(0, 2)).map((t, i) => signedWords(values[i] ?? 0, t));
  const year = ds.year || w.year;
  const clause = capitalise(wordingFor(ds.dataSet).clause(w.force, v));
  const explainGroup = msg !== null && w.glossary.first("similar-forces");
  const against =
    msg !== null
      ? `, against ${m} for ${comparedWith(ds, w)}${all !== null ? ` and ${a} for all forces` : ""}`
      : all !== null
        ? `, against ${m} for all forces` // with no group figure, the second value is all forces
        : "";
  const sentences = [...explanationsBefore(ds, w), `${clause}${year ? ` in ${year}` : ""}${against}.`];
  if (explainGroup) sentences.push(similarForcesExplained(w.force, w.groupSource));
  if (msg === null) sentences.push(`There was no figure for ${groupWord(w)} to compare with.`);
  return sentences;
}

/** A figure that may be below nought written without a minus sign: a gap the other way says so in words. */
function signedWords(value: number, text: string): string {
  return value < 0 && text.startsWith("-") ? `${text.slice(1)} the other way` : text;
}

/**
 * The gap between the force's figure and the group's in words, never as a negative number: "2.2
 * points higher" for percentages and points, "38% lower" for rates and money. Null when either is
 * missing or the group's figure is nought.
 */
export function gapWords(ds: DataSetAssessment): string | null {
  const value = figureOf(ds);
  const msg = ds.msgAverage;
  if (value === null || !finite(msg) || value === msg) return null;
  const direction = value > msg ? "higher" : "lower";
  const style = figureStyle(ds.dataSet);
  if (style === "percent" || style === "points") {
    const gap = Math.abs(value - msg);
    const text = formatNumber(gap, gap < 0.1 ? 2 : 1);
    return `${text} ${text === "1.0" ? "point" : "points"} ${direction}`;
  }
  if (msg === 0) return null;
  const relative = Math.abs((value - msg) / msg) * 100;
  return `${formatNumber(relative, relative < 1 ? 1 : 0)}% ${direction}`;
}

/**
 * What the comparison with similar forces shows, in the words of the test that was run: a call beyond
 * chance (tested and significant, and material under the funnel method), a gap within chance (tested,
 * not significant), a gap beyond chance too small to matter, or no test (figures with no sampling error).
 */
export function positionSentences(ds: DataSetAssessment): string[] {
  const position = ds.position;
  if (!position) return [];
  const gap = gapWords(ds);
  const judged = position.kind === "better" || position.kind === "worse" ? `, which is ${position.kind}` : "";
  const differs = (kind: string) => (gap ? `That is ${gap} than the group's figure${judged}.` : `That is ${kind} than the group's figure.`);
  if (!position.tested) {
    return position.kind === "similar" ? ["That is close to the group's figure.", noTest] : [differs(position.kind), noTest];
  }
  if (position.kind !== "similar") return [differs(position.kind), "The gap is too big to put down to chance."];
  if (position.test?.significant && !position.test.material) return [`The gap from the group's figure is more than chance would explain, but too small to count.`];
  const o = position.test?.overdispersion;
  return [o !== undefined && spreadEstimated(o) ? "The gap from the group's figure is within the usual spread between forces, allowing for chance." : "The gap from the group's figure is within what chance would explain."];
}

/** The last year of a series, as " in the three years to 2008/09", or "" when not known. */
function yearsOf(ds: DataSetAssessment): string {
  const series = ds.direction?.series ?? [];
  const last = series[series.length - 1]?.year ?? ds.direction?.to;
  return last ? ` in the ${series.length === 3 ? "three " : ""}years to ${last}` : "";
}

/**
 * The direction of travel: every year's figure (never only two points), with the decimals needed to
 * show that different figures differ, then what the change means in the words of the test run:
 * "For robbery, the figure went from 0.71 to 0.65 to 0.60 per 1,000 people in the three years to
 * 2008/09. That is better than before. The change is too big to put down to chance." Right after the
 * figure sentence of the same data set (`afterFigure`), it says "It went from ..." without the unit.
 */
export function directionSentences(ds: DataSetAssessment, afterFigure = false): string[] {
  const direction = ds.direction;
  if (!direction) return [];
  const wording = wordingFor(ds.dataSet);
  const values = direction.series.map((p) => p.value).filter(finite);
  const reference = direction.reference;
  const what = reference ? "difference" : "change";
  const referenceName = reference?.name === "England and Wales" ? "England and Wales" : "similar forces";
  const against = reference ? [`${capitalise(referenceName)} saw ${changeWords(reference.change, direction.changeUnit)} over the same years.`] : [];
  const context = [figureOf(ds), ds.msgAverage].filter(finite);
  const texts = formatFigures([...values, ...context], ds.dataSet).slice(0, values.length).map((t, i) => signedWords(values[i] ?? 0, t));
  const went = `went from ${texts.join(" to ")}`;
  const series =
    values.length < 2
      ? `For ${wording.topic}, there was not a full series of figures.`
      : afterFigure
        ? `It ${went}${yearsOf(ds)}.`
        : `For ${wording.topic}, the figure ${went}${wording.per}${yearsOf(ds)}.`;
  const saidNoTest = afterFigure && ds.position !== null && !ds.position.tested;
  const chance = !direction.tested ? (saidNoTest ? [] : [noTest]) : direction.significant ? [`The ${what} is too big to put down to chance.`] : [`The ${what} is within what chance would explain.`];
  const than = reference ? `than the change for ${referenceName}` : "than before";
  switch (direction.kind) {
    case "improved":
      return [series, ...against, `That is better ${than}.`, ...chance];
    case "deteriorated":
      return [series, ...against, `That is worse ${than}.`, ...chance];
    case "increased":
      return [series, ...against, reference ? `That is higher ${than}.` : "That is a rise.", ...chance];
    case "decreased":
      return [series, ...against, reference ? `That is lower ${than}.` : "That is a fall.", ...chance];
    case "stable":
      return [
        series,
        ...against,
        !direction.tested ? `The ${what} is small.` : direction.beyondChance && !direction.material ? `The ${what} is too small to count.` : `The ${what} is within what chance would explain.`,
      ];
  }
}
