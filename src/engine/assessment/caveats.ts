import type { DataSetAssessment, ForceAssessment } from "./types";

/**
 * The edge cases of one force's assessment, each in plain words, as the Trace, the report and the
 * published page state them: rates per resident profiled, not graded (Rules:
 * resident-rates-profiled-not-graded); no force much like it (Rules: no-force-much-like-it).
 */
export function forceCaveatSentences(assessment: Pick<ForceAssessment, "force" | "caveats">): string[] {
  const out: string[] = [];
  const name = /^(city of london|metropolitan police)/i.test(assessment.force) ? `the ${assessment.force}` : assessment.force;
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  if (assessment.caveats?.residentRatesProfiled) {
    out.push(
      `${Name} has few residents but many more people working in or visiting it each day. So its figures per head of population or households are shown but not graded.`,
    );
  }
  if (assessment.caveats?.noForceMuchLikeIt) {
    out.push(`No force is much like ${name}. So its comparison with other forces should be read with care.`);
  }
  return out;
}

/** The Trace's rows for a force's edge cases: [step, what] with the Rules row that set each. */
export function caveatTraceRows(assessment: Pick<ForceAssessment, "force" | "caveats">): [string, string][] {
  const rows: [string, string][] = [];
  if (assessment.caveats?.residentRatesProfiled) {
    rows.push(["Edge case", `${forceCaveatSentences({ force: assessment.force, caveats: { residentRatesProfiled: true, noForceMuchLikeIt: false } }).join(" ")} (Rules: resident-rates-profiled-not-graded)`]);
  }
  if (assessment.caveats?.noForceMuchLikeIt) {
    rows.push(["Edge case", `${forceCaveatSentences({ force: assessment.force, caveats: { residentRatesProfiled: false, noForceMuchLikeIt: true } }).join(" ")} (Rules: no-force-much-like-it)`]);
  }
  return rows;
}

/** "6 of 7 similar forces" when a peer had no usable figure; null when every peer was counted or there was no comparison. */
export function peersCountedWords(ds: Pick<DataSetAssessment, "peersCompared">): string | null {
  const p = ds.peersCompared;
  return p && p.counted < p.of ? `${p.counted} of ${p.of} similar forces` : null;
}

/** Why a data set is not in the grade, for the Trace: "Not graded: ...". */
export function notGradedReason(ds: DataSetAssessment): string {
  if (ds.profiledOnly) return "Not graded: a figure per head of population or households, shown but not graded for this force (Rules: resident-rates-profiled-not-graded)";
  if (!ds.position) return "Not graded: no comparison with similar forces";
  return "Not graded";
}
