import type { EvidenceItem } from "../assessment/types";
import { adverseJudgementsOf } from "../workbook/template";
import type { Leaning, Writer } from "./dataSetText";
import { caaName, explanation } from "./glossary";
import { asSentence, capitalise } from "./text";

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

const filler = new Set(["inspection", "judgement", "judgment", "of", "the", "management", "work", "on", "and", "a", "an", "by", "how", "force", "manages"]);
const words = (t: string): string[] => lower(t).replace(/[^a-z0-9 ]+/g, " ").split(" ").filter((x) => x !== "" && !filler.has(x));

/**
 * The finding to quote from a piece of evidence's Detail, or "" when the Detail only names the kind of
 * evidence ("Neighbourhood policing inspection" under the kind Neighbourhood Policing judgement): such a
 * Detail is never quoted as "It found: ...".
 */
export function findingOf(item: EvidenceItem): string {
  const detail = item.detail.trim();
  if (detail === "") return "";
  const named = new Set([...words(item.kind), ...words(subjectOf(item.kind).subject)]);
  const onlyAName = /^[\w\s'-]{0,60}\b(inspection|judgement|assessment|review)$/i.test(detail) && detail.split(/\s+/).length <= 5;
  return onlyAName || words(detail).every((x) => named.has(x)) ? "" : detail;
}

/** The year an inspection's Detail or Source gives ("2008" or "2008/09"), as " 2008", or "". */
export function yearOf(item: EvidenceItem): string {
  const found = `${item.detail} ${item.source}`.match(/\b(19|20)\d\d(\/\d\d)?\b/);
  return found ? found[0] : "";
}

/** "the 2008 inspection of neighbourhood policing" (the year when the evidence gives one), lower case. */
export function inspectionPhrase(item: EvidenceItem): string {
  const subject = subjectOf(item.kind).subject.replace(/^The /, "");
  const year = yearOf(item);
  return `the ${year ? `${year} ` : ""}${subject}`;
}

/**
 * One piece of evidence in words, quoting the inspection's judgement rather than adding praise or
 * blame: 'The inspection of neighbourhood policing judged the force "Good".' CAA flags say what a flag
 * means; the CAA is named in full and explained the first time. Evidence whose Source begins
 * "Illustrative" (as the sample's does) is said to be illustrative, so it is never read as a real finding.
 */
export function evidenceSentences(item: EvidenceItem, w: Writer): string[] {
  const sentences = quotedEvidence(item, w);
  return isIllustrativeEvidence(item) ? [...sentences, "This finding is illustrative, not a real one."] : sentences;
}

/** Evidence whose Source begins "Illustrative" (as the sample's generated findings do): never to be read as a real finding. */
export function isIllustrativeEvidence(item: EvidenceItem): boolean {
  return /^\s*illustrative\b/i.test(item.source);
}

function quotedEvidence(item: EvidenceItem, w: Writer): string[] {
  const kind = lower(item.kind);
  const finding = findingOf(item);
  const detail = finding === "" ? [] : [`It found: ${asSentence(finding).replace(/^./, (c) => c.toLowerCase())}`];
  const flag = kind.includes("red flag") ? "red" : kind.includes("green flag") ? "green" : null;
  if (flag) {
    const caa = caaName(w.glossary);
    const means = flag === "red" ? "which marks a concern" : "which marks work that others can learn from";
    const name = caa.name.charAt(0).toUpperCase() + caa.name.slice(1);
    return [`${name} gave the force a ${flag} flag, ${means}.`, ...(caa.explain ? [caa.explain] : []), ...detail];
  }
  const { term } = subjectOf(item.kind);
  const explain = term && w.glossary.first(term) ? [explanation(term)] : [];
  const judgement = item.judgement.trim();
  const subject = capitalise(inspectionPhrase(item));
  if (judgement === "") return [...explain, ...(finding === "" ? [`${subject} is recorded without a judgement.`] : [`${subject} gave no overall judgement.`, ...detail])];
  return [...explain, `${subject} judged the force "${judgement}".`, ...detail];
}
