import type { DomainAssessment, GradeAdjustment } from "../assessment/types";
import type { Writer } from "./dataSetText";
import { subjectOf } from "./evidence";
import { caaName } from "./glossary";
import { asSentence } from "./text";

/** An evidence rule that changed the grade, in words. */
function adjustmentSentences(a: GradeAdjustment, w: Writer): string[] {
  if (a.rule === "adverse-judgement-caps-grade-at" && a.evidence) {
    return [`${subjectOf(a.evidence.kind).subject} judged the force ${a.evidence.judgement.trim()}${a.evidence.detail.trim() ? ` (${a.evidence.detail.trim()})` : ""}, so we recommend no better than ${a.to}.`];
  }
  const about = `${a.rule} ${a.reason}`.toLowerCase();
  if (/\bred\b/.test(about)) {
    const caa = caaName(w.glossary);
    return [`A red flag from ${caa.name} caps the grade at ${a.to}.`, ...(caa.explain ? [caa.explain] : [])];
  }
  if (/\bgreen\b/.test(about)) {
    const caa = caaName(w.glossary);
    return [`A green flag from ${caa.name} raises the grade to ${a.to}.`, ...(caa.explain ? [caa.explain] : [])];
  }
  const reason = a.reason.trim() === "" ? [] : [asSentence(a.reason)];
  return [`An evidence rule changed the grade from ${a.from} to ${a.to}.`, ...reason];
}

/**
 * The grade sentences of a graded domain: what the figures alone point to when evidence changed it,
 * each change in words, then "We recommend the grade Good. A person decides the final grade." With no
 * grade, it says why plainly.
 */
export function gradeSentences(domain: DomainAssessment, w: Writer): string[] {
  const grade = domain.recommendedGrade?.trim() ?? "";
  if (grade === "") return ["We could not recommend a grade, as there were no figures to grade.", "A person decides the grade."];
  const changes = domain.adjustments.filter((a) => a.from !== a.to);
  const start = domain.dataRecommendation?.grade ?? changes[0]?.from;
  const before = changes.length > 0 && start ? [`The figures alone point to the grade ${start}.`] : [];
  return [...before, ...changes.flatMap((a) => adjustmentSentences(a, w)), `We recommend the grade ${grade}.`, "A person decides the final grade."];
}
