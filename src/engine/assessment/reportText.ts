import { domainById } from "../catalogue/domains";
import { readability } from "../narrative/readability";
import { writeForceReport } from "../narrative/report";
import type { Issue } from "../result";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { readCoverage, type CoverageRow } from "../workbook/coverage";
import type { WritePlan } from "../workbook/writePlan";
import { assessmentPlan, type ReportText } from "./output";
import type { Decision } from "./decisions";
import type { ForceAssessment } from "./types";

/**
 * The report text of an assessment as the Report sheet holds it: per domain, the summary (the grade,
 * or the value-for-money profile), the answers to the three key questions, and the other findings
 * (similar figures, missing figures) so that nothing is dropped silently. With the workbook's Coverage
 * rows, each answer marks the figures that are illustrative.
 */
export function reportTextOf(assessment: ForceAssessment, coverage: readonly CoverageRow[] = []): ReportText {
  const report = writeForceReport(assessment, coverage);
  return {
    force: assessment.force,
    domains: report.domains.map((d) => ({
      domain: domainById(d.domain).name,
      answers: [
        ...(d.summary ? [{ question: "Summary", text: d.summary }] : []),
        ...d.answers,
        ...(d.otherFindings ? [{ question: "Other findings", text: d.otherFindings }] : []),
      ],
    })),
  };
}

/**
 * The write plan of assessed forces, with their report text and its reading ease: what `ra assess` and
 * the task pane write. `decisions` are the decisions kept in the Assessment sheet: by default those
 * already written there.
 */
export function planAssessments(snapshot: WorkbookSnapshot, assessments: readonly ForceAssessment[], decisions?: ReadonlyMap<string, Decision>): { plan: WritePlan; findings: Issue[] } {
  const coverage = readCoverage(snapshot);
  return assessmentPlan(snapshot, assessments, assessments.map((a) => reportTextOf(a, coverage)), (text) => readability(text).fleschReadingEase, decisions);
}
