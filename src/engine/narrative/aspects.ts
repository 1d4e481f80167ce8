import type { DataSetAssessment } from "../assessment/types";
import { directionLeaning, directionSentences, figureOf, figureSentences, positionLeaning, positionSentences, type Leaning, type Writer } from "./dataSetText";
import { joinList } from "./text";
import { wordingFor } from "./wording";

/**
 * What to say of a data set under one answer. Each side of it (the comparison with similar forces,
 * the direction of travel) is told under the answer it belongs to: "good" under "do well", "bad"
 * under "need to improve". A side that leans neither way is told with the data set's first
 * appearance, as context. The figure in context goes with the comparison.
 */
export function dataSetParagraph(ds: DataSetAssessment, answer: Leaning, first: boolean, w: Writer): string[] {
  const position = positionLeaning(ds);
  const direction = directionLeaning(ds);
  const other: Leaning | null = answer === "good" ? "bad" : answer === "bad" ? "good" : null;
  const showFigure = position === answer || ((other === null || position !== other) && first);
  const out = showFigure ? [...figureSentences(ds, w), ...positionSentences(ds)] : [];
  if (direction === answer || (direction === "neutral" && first)) out.push(...directionSentences(ds, showFigure));
  else if (direction === null && first) {
    const topic = showFigure ? "" : ` for ${wordingFor(ds.dataSet).topic}`;
    out.push(`There were not three years of figures${topic}, so no trend is shown.`);
  }
  return out;
}

/**
 * The data sets without a figure, said plainly: "There were no figures for knife crime." Long lists
 * are cut into sentences of three; a domain with no figures at all says so in one sentence.
 */
export function missingFigures(dataSets: readonly DataSetAssessment[]): string[] {
  const topics = dataSets.filter((ds) => figureOf(ds) === null).map((ds) => wordingFor(ds.dataSet).topic);
  if (topics.length === 0) return [];
  if (topics.length === dataSets.length && topics.length > 1) return ["There were no figures for any data set in this area."];
  const out: string[] = [];
  for (let i = 0; i < topics.length; i += 3) {
    const list = joinList(topics.slice(i, i + 3));
    out.push(i === 0 ? `There were no figures for ${list}.` : `Nor were there figures for ${list}.`);
  }
  return out;
}
