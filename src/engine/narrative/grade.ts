import type { DomainAssessment, GradeAdjustment } from "../assessment/types";
import type { TraceLine } from "../grading/recommend";
import type { Writer } from "./dataSetText";
import { findingOf, inspectionPhrase, isIllustrativeEvidence } from "./evidence";
import { caaName } from "./glossary";
import { asSentence, capitalise, joinList } from "./text";
import { wordingFor } from "./wording";

/** An evidence rule that changed the grade, as the sentence that reconciles it with the figures. */
function adjustmentSentences(a: GradeAdjustment, w: Writer, fromFigures: boolean): string[] {
  const lead = `The figures point to ${a.from}, but`;
  if (a.rule === "adverse-judgement-caps-grade-at" && a.evidence) {
    const finding = findingOf(a.evidence);
    const who = `${inspectionPhrase(a.evidence)} judged the force ${a.evidence.judgement.trim()}${finding ? ` (${finding})` : ""}`;
    const illustrative = isIllustrativeEvidence(a.evidence) ? ["That finding is illustrative, not a real one."] : [];
    return [fromFigures ? `${lead} ${who}, so we recommend ${a.to}.` : `${capitalise(who)}, so we recommend no better than ${a.to}.`, ...illustrative];
  }
  const about = `${a.rule} ${a.reason}`.toLowerCase();
  if (/\bred\b/.test(about)) {
    const caa = caaName(w.glossary);
    const sentence = fromFigures ? `${lead} a red flag from ${caa.name} marks a concern, so we recommend ${a.to}.` : `A red flag from ${caa.name} caps the grade at ${a.to}.`;
    return [sentence, ...(caa.explain ? [caa.explain] : [])];
  }
  if (/\bgreen\b/.test(about)) {
    const caa = caaName(w.glossary);
    const sentence = fromFigures ? `The figures point to ${a.from}, and a green flag from ${caa.name} marks work others can learn from, so we recommend ${a.to}.` : `A green flag from ${caa.name} raises the grade to ${a.to}.`;
    return [sentence, ...(caa.explain ? [caa.explain] : [])];
  }
  const reason = a.reason.trim() === "" ? [] : [asSentence(a.reason)];
  return [`An evidence rule changed the grade from ${a.from} to ${a.to}.`, ...reason];
}

/** The topic of a trace line's data set, in the report's words. */
function topicOf(domain: DomainAssessment, line: TraceLine): string {
  const ds = domain.dataSets.find((d) => d.dataSet.name === line.dataSet);
  return ds ? wordingFor(ds.dataSet).topic : (line.dataSet ?? "").toLowerCase();
}

/**
 * The two or three data sets that weighed most in the grade, in words: "Compared with similar forces,
 * burglary was better. Over three years, robbery improved." When none scored, it says the figures were
 * close to similar forces and steady.
 */
export function mainReasons(domain: DomainAssessment): string[] {
  const trace = domain.dataRecommendation?.trace ?? [];
  if (trace.length === 0) return [];
  const weighed = [...trace].filter((t) => t.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, 3);
  if (weighed.length === 0) return [`No data set was clearly better or worse than similar forces, or clearly changed over three years.`];
  const better = weighed.filter((t) => t.position === "better").map((t) => topicOf(domain, t));
  const worse = weighed.filter((t) => t.position === "worse").map((t) => topicOf(domain, t));
  const improved = weighed.filter((t) => t.position === "similar" && t.direction === "improved").map((t) => topicOf(domain, t));
  const deteriorated = weighed.filter((t) => t.position === "similar" && t.direction === "deteriorated").map((t) => topicOf(domain, t));
  const compared = [...(better.length ? [`${joinList(better)} ${better.length === 1 ? "was" : "were"} better`] : []), ...(worse.length ? [`${joinList(worse)} ${worse.length === 1 ? "was" : "were"} worse`] : [])];
  const reference = domain.dataSets.find((d) => d.direction?.reference)?.direction?.reference?.name;
  const than = reference === undefined ? "" : reference === "England and Wales" ? " than in England and Wales" : " than in similar forces";
  const moved = [...(improved.length ? [`${joinList(improved)} improved${than ? ` more${than}` : ""}`] : []), ...(deteriorated.length ? [`${joinList(deteriorated)} ${than ? `did worse${than}` : "got worse"}`] : [])];
  return [
    ...(compared.length ? [`Compared with similar forces, ${compared.join(", and ")}.`] : []),
    ...(moved.length ? [`Over three years, ${moved.join(", and ")}.`] : []),
  ];
}

/**
 * The grade sentences of a graded domain: the grade and its main reasons, any evidence that changed
 * it reconciled with the figures ("The figures point to Good, but the inspection of neighbourhood
 * policing judged the force Poor, so we recommend Fair."), then "A person decides the final grade."
 * With no grade, it says why plainly.
 */
export function gradeSentences(domain: DomainAssessment, w: Writer): string[] {
  const grade = domain.recommendedGrade?.trim() ?? "";
  if (grade === "") return ["We could not recommend a grade, as there were no figures to grade.", "A person decides the grade."];
  const reasons = mainReasons(domain);
  const changes = domain.adjustments.filter((a) => a.from !== a.to);
  if (changes.length === 0) return [`We recommend the grade ${grade}.`, ...reasons, "A person decides the final grade."];
  return [...changes.flatMap((a, i) => adjustmentSentences(a, w, i === 0)), ...reasons, "A person decides the final grade."];
}
