import type { EvidenceItem } from "../assessment/types";
import { adverseJudgementsOf } from "../workbook/template";
import type { Leaning, Writer } from "./dataSetText";
import { caaName, explanation } from "./glossary";
import { asSentence } from "./text";

const goodJudgements = ["excellent", "outstanding", "good", "meeting the standard"];

const lower = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();

/** Whether a piece of evidence counts towards "do well" (green flag, good judgement), "need to improve" (red flag, poor judgement), or neither. */
export function evidenceLeaning(item: EvidenceItem): Leaning {
  const kind = lower(item.kind);
  if (kind.includes("red flag")) return "bad";
  if (kind.includes("green flag")) return "good";
  const judgement = lower(item.judgement);
  if (adverseJudgementsOf(undefined).includes(judgement)) return "bad";
  if (goodJudgements.includes(judgement)) return "good";
  return "neutral";
}

/** Who made the finding, in everyday words, and any term to explain first. */
export function subjectOf(kind: string): { readonly subject: string; readonly term?: "policing-pledge" | "protective-services" } {
  switch (lower(kind)) {
    case "neighbourhood policing judgement":
      return { subject: "The inspection of neighbourhood policing" };
    case "protective services":
      return { subject: "The inspection of protective services", term: "protective-services" };
    case "major crime":
      return { subject: "The inspection of major crime work" };
    case "counter-terrorism":
      return { subject: "The inspection of counter-terrorism work" };
    case "serious and organised crime":
      return { subject: "The inspection of work against serious and organised crime" };
    case "registered sex offenders":
      return { subject: "The inspection of how the force manages registered sex offenders" };
    case "policing pledge":
      return { subject: "The inspection of the Policing Pledge", term: "policing-pledge" };
    default:
      return { subject: `The evidence on ${kind.trim() === "" ? "this area" : lower(kind)}` };
  }
}

/**
 * One piece of evidence in words, quoting the inspection's judgement rather than adding praise or
 * blame: 'The inspection of neighbourhood policing judged the force "Good".' CAA flags say what a flag
 * means; the CAA is named in full and explained the first time.
 */
export function evidenceSentences(item: EvidenceItem, w: Writer): string[] {
  const kind = lower(item.kind);
  const detail = item.detail.trim() === "" ? [] : [`It found: ${asSentence(item.detail).replace(/^./, (c) => c.toLowerCase())}`];
  const flag = kind.includes("red flag") ? "red" : kind.includes("green flag") ? "green" : null;
  if (flag) {
    const caa = caaName(w.glossary);
    const means = flag === "red" ? "which marks a concern" : "which marks work that others can learn from";
    const name = caa.name.charAt(0).toUpperCase() + caa.name.slice(1);
    return [`${name} gave the force a ${flag} flag, ${means}.`, ...(caa.explain ? [caa.explain] : []), ...detail];
  }
  const { subject, term } = subjectOf(item.kind);
  const explain = term && w.glossary.first(term) ? [explanation(term)] : [];
  const judgement = item.judgement.trim();
  const found = judgement === "" ? `${subject} made a finding.` : `${subject} judged the force "${judgement}".`;
  return [...explain, found, ...detail];
}
