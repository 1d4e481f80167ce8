import { faceText } from "../../src/engine/messages/faceText";
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
  if (!s.figure) return faceText.pane.noFigure(s.year);
  if (!s.position) return faceText.pane.noComparison;
  return faceText.pane.noDirection;
}

/** How many of a graded domain's data sets the recommended grade rests on (those in the engine's trace), and why the others are left out. */
export function coverageOf(domain: DomainAssessment): Coverage {
  const used = new Set((domain.dataRecommendation?.trace ?? []).map((t) => t.dataSet));
  const notUsed = domain.dataSets.filter((s) => !used.has(s.dataSet.name)).map((s) => ({ name: s.dataSet.name, why: whyNotUsed(s) }));
  return { used: domain.dataSets.length - notUsed.length, total: domain.dataSets.length, notUsed };
}

/** "Based on 4 of 7 data sets; not used: Robbery, Vehicle crime." */
export function describeCoverage(c: Coverage): string {
  return faceText.pane.basedOn(c.used, c.total, c.notUsed.map((n) => n.name));
}

/** True when a data set has no figure for the assessment year. */
export const figureMissing = (s: DataSetAssessment): boolean => s.figure === null;
