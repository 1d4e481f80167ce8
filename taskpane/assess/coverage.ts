import type { DataSetAssessment, DomainAssessment } from "../../src/engine/assessment";
import { describeIssue } from "../../src/engine/messages/describe";

export interface Coverage {
  readonly used: number;
  readonly total: number;
  /** The data sets the grade leaves out, each with the engine's reason. */
  readonly notUsed: readonly { readonly name: string; readonly why: string }[];
}

/** Why a data set gave the grade nothing, from what the engine returned for it. */
function whyNotUsed(s: DataSetAssessment): string {
  const first = s.issues[0];
  if (first) return describeIssue(first);
  if (!s.figure) return `No figure for ${s.year}.`;
  if (!s.position) return "No comparison with similar forces.";
  return "No direction of travel (three years needed).";
}

/** How many of a graded domain's data sets the recommended grade rests on (those in the engine's trace), and why the others are left out. */
export function coverageOf(domain: DomainAssessment): Coverage {
  const used = new Set((domain.dataRecommendation?.trace ?? []).map((t) => t.dataSet));
  const notUsed = domain.dataSets.filter((s) => !used.has(s.dataSet.name)).map((s) => ({ name: s.dataSet.name, why: whyNotUsed(s) }));
  return { used: domain.dataSets.length - notUsed.length, total: domain.dataSets.length, notUsed };
}

/** "Based on 4 of 7 data sets; not used: Robbery, Vehicle crime." */
export function describeCoverage(c: Coverage): string {
  const base = `Based on ${c.used} of ${c.total} data set${c.total === 1 ? "" : "s"}`;
  return c.notUsed.length === 0 ? `${base}: all of them.` : `${base}; not used: ${c.notUsed.map((n) => n.name).join(", ")}.`;
}

/** True when a data set has no figure for the assessment year. */
export const figureMissing = (s: DataSetAssessment): boolean => s.figure === null;
