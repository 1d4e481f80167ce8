import { domains } from "../catalogue/domains";
import { normaliseForceName, sameForce } from "../forces/names";
import { issue, warning, type Issue } from "../result";
import { outputTableSpec, type ReportStatus } from "../workbook/outputTemplate";
import { cellOf, findTable, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import { fitCellLimit } from "../workbook/cellLimit";
import type { TableCreate, WritePlan } from "../workbook/writePlan";
import { cellText, decisionKey, domainStatus, openComments, overrideWithoutReason, readDecisions, reportStatusOf, type Decision } from "./decisions";
import { caveatTraceRows, notGradedReason, peersCountedWords } from "./caveats";
import { chartsSheetOf } from "./charts";
import { roundFigure } from "./round";
import type { DataSetAssessment, ForceAssessment } from "./types";

/** A force's report text, as the narrative writes it. */
export interface ReportText {
  readonly force: string;
  readonly domains: readonly { readonly domain: string; readonly answers: readonly { readonly question: string; readonly text: string }[] }[];
}

function rowsFor(table: TableSnapshot | undefined, keep: (force: string) => boolean): (readonly CellValue[])[] {
  if (!table) return [];
  return table.rows.filter((r) => {
    const force = cellText(cellOf(table, r, "Force"));
    return force !== "" && keep(force);
  }).map((r) => (outputTableSpec(table.table)?.columns ?? []).map((c) => cellOf(table, r, c.name) ?? null));
}

const round = roundFigure;

/**
 * A change as the Profile shows it, in words so that no cell begins with a sign a spreadsheet would
 * read as a formula: "Fall of 12.3%" for a relative change, "Rise of 1.2 points" otherwise, "No change".
 */
function changeText(change: number, unit: "relative" | "points"): string {
  if (!Number.isFinite(change)) return change > 0 ? "Rise from 0" : "No change";
  const value = unit === "relative" ? change * 100 : change;
  const shown = Math.abs(value).toFixed(1);
  if (Number(shown) === 0) return "No change";
  return `${value > 0 ? "Rise" : "Fall"} of ${shown}${unit === "relative" ? "%" : " points"}`;
}

/** The test behind a direction, as the Profile and Trace say it: "Exact conditional binomial, p = 0.0654". */
function directionTestText(d: NonNullable<DataSetAssessment["direction"]>): string {
  if (d.pValue === null) return "Not tested: a figure with no sampling error";
  const name = d.test === "exact conditional binomial" ? "Exact conditional binomial" : "Difference of two proportions";
  return `${name}, p ${d.pValue < 0.0001 ? "< 0.0001" : `= ${d.pValue.toFixed(4)}`}`;
}

/** A data set's direction in one sentence for the Trace: the force's change, the reference's and the test. */
export function directionDetail(s: DataSetAssessment): string {
  const d = s.direction;
  if (!d) return "";
  const lower = (t: string) => t.replace(/^./, (c) => c.toLowerCase());
  const reference = d.reference ? ` against ${lower(changeText(d.reference.change, d.changeUnit))} for ${d.reference.name}` : " (not set against any other change)";
  const material = d.material ? "" : "; the difference is smaller than the material gap";
  return `Direction: ${lower(changeText(d.change, d.changeUnit))}${reference}; ${directionTestText(d)}${material}.`;
}

/** One row of the Profile sheet (its columns in order): a data set of a force, figures rounded to 4 decimals. */
export function profileRow(force: string, domain: string, s: DataSetAssessment): CellValue[] {
  const d = s.direction;
  return [
    force, domain, s.dataSet.name, s.year, round(s.figure?.estimate), s.dataSet.unit, round(s.figure?.lower), round(s.figure?.upper),
    round(s.msgAverage), round(s.allForcesAverage), s.position?.label ?? "No comparison", s.direction?.label ?? "No direction", s.rank?.rank ?? null, s.rank?.of ?? null,
    s.peersCompared ? `${s.peersCompared.counted} of ${s.peersCompared.of} similar forces` : null,
    d ? changeText(d.change, d.changeUnit) : null,
    d?.reference ? `${changeText(d.reference.change, d.changeUnit)} (${d.reference.name})` : null,
    d ? directionTestText(d) : null,
  ];
}

function table(name: string, rows: readonly (readonly CellValue[])[], widths: readonly number[]): TableCreate {
  const spec = outputTableSpec(name);
  if (!spec) throw new Error(`No output table ${name}`);
  return { sheet: spec.sheet, name: spec.name, topLeft: "A1", columns: spec.columns.map((c) => c.name), rows, widths };
}

/**
 * The write plan of an assessment: the Assessment, Report, Profile and Trace sheets written afresh,
 * and Comments created when missing (then left to people). Rows of forces not assessed in this run
 * are kept as they were; for assessed forces the final grade, override reason, assessor, date and
 * status people wrote are kept. A status of Final with an unanswered comment stays Shared for comment
 * (`final-with-open-comment`); a final grade that differs from the recommendation without a reason is
 * reported (`override-without-reason`). Text longer than a cell holds is split over rows
 * (`text-split`, see fitCellLimit). When one force is assessed, the plan carries its charts against
 * its similar forces as data (`charts`, see chartsSheetOf), built from the assessment's numbers, for
 * an adapter that draws them. Input sheets are never in the plan. Same input, same plan.
 * `decisions` are those to keep: by default the Assessment sheet's; a face passes its own decisions
 * laid over them (see withDecisionsMade).
 */
export function assessmentPlan(
  snapshot: WorkbookSnapshot,
  assessments: readonly ForceAssessment[],
  reports: readonly ReportText[],
  readingEase: (text: string) => number,
  decisions: ReadonlyMap<string, Decision> = readDecisions(snapshot),
): { plan: WritePlan; findings: Issue[] } {
  const assessed = (force: string) => assessments.some((a) => sameForce(a.force, force));
  const notAssessed = (force: string) => !assessed(force);
  const existing = (name: string) => findTable(snapshot, name);
  const comments = existing("Comments");
  const findings: Issue[] = [];

  const assessmentRows = [...rowsFor(existing("Assessment"), notAssessed)];
  const reportRows = [...rowsFor(existing("Report"), notAssessed)];
  const profileRows = [...rowsFor(existing("Profile"), notAssessed)];
  const traceRows = [...rowsFor(existing("Trace"), notAssessed)];

  for (const a of assessments) {
    for (const d of a.domains) {
      const name = d.domain.name;
      for (const s of d.dataSets) profileRows.push(profileRow(a.force, name, s));
      if (!d.domain.graded) continue;
      const recommended = d.recommendedGrade ?? "Not enough data";
      const kept = decisions.get(decisionKey(a.force, name));
      const written = reportStatusOf(kept?.status ?? "");
      if (kept?.status && !written) findings.push(warning("unknown-status", { sheet: "Assessment", force: a.force }, { force: a.force, domain: name, value: kept.status }));
      const open = openComments(comments, a.force, name);
      const counted = domainStatus(kept, open);
      const status: ReportStatus = counted === "Not assessed" ? "Draft" : counted;
      if (written === "Final" && status !== "Final") findings.push(warning("final-with-open-comment", { sheet: "Assessment", force: a.force }, { force: a.force, domain: name, count: open }));
      if (kept && overrideWithoutReason(kept.finalGrade, recommended, kept.reason)) {
        findings.push(issue("override-without-reason", { sheet: "Assessment", force: a.force }, { force: a.force, domain: name, final: kept.finalGrade, recommended }, "warning"));
      }
      const keptText = (v: string | undefined): CellValue => (v ? v : null);
      assessmentRows.push([a.force, name, recommended, keptText(kept?.finalGrade), keptText(kept?.reason), keptText(kept?.assessor), keptText(kept?.date), status]);
      for (const [step, what] of caveatTraceRows(a)) traceRows.push([a.force, name, step, what, null]);
      for (const t of d.dataRecommendation?.trace ?? []) {
        const found = d.dataSets.find((x) => x.dataSet.name === t.dataSet);
        const detail = found ? directionDetail(found) : "";
        const fewer = found ? peersCountedWords(found) : null;
        const reason = fewer ? `${t.reason}; group average over ${fewer} (no figure for ${found?.peersCompared?.missing.join(", ")})` : t.reason;
        traceRows.push([a.force, name, t.dataSet ?? "", detail ? `${reason}. ${detail}` : reason, t.points]);
      }
      for (const s of d.dataSets.filter((x) => !d.dataRecommendation?.trace.some((t) => t.dataSet === x.dataSet.name))) {
        traceRows.push([a.force, name, s.dataSet.name, notGradedReason(s), null]);
      }
      if (d.dataRecommendation) traceRows.push([a.force, name, "Rule", d.dataRecommendation.rule, round(d.dataRecommendation.score, 3)]);
      for (const adj of d.adjustments) traceRows.push([a.force, name, "Evidence", `${adj.reason} ${adj.from} becomes ${adj.to}.`, null]);
    }
  }
  for (const r of reports) {
    for (const d of r.domains) {
      for (const q of d.answers) reportRows.push([r.force, d.domain, q.question, q.text, round(readingEase(q.text), 1)]);
    }
  }
  const forceIndex = new Map<string, number>();
  assessments.forEach((a, i) => {
    const key = normaliseForceName(a.force);
    if (!forceIndex.has(key)) forceIndex.set(key, i);
  });
  const order = (rows: (readonly CellValue[])[]) =>
    rows
      .map((r, i) => ({ r, i, force: forceIndex.get(normaliseForceName(cellText(r[0] ?? null))) ?? -1, domain: domains.findIndex((d) => d.name === cellText(r[1])) }))
      .sort((x, y) => (x.force !== y.force ? x.force - y.force : x.domain !== y.domain ? x.domain - y.domain : x.i - y.i))
      .map((x) => x.r);
  const tables: TableCreate[] = [
    table("Assessment", order(assessmentRows), [24, 34, 20, 16, 40, 18, 12, 20]),
    table("Report", order(reportRows), [24, 34, 38, 100, 12]),
    table("Profile", order(profileRows), [24, 34, 40, 10, 12, 22, 12, 12, 12, 12, 40, 16, 8, 6, 22, 12, 30, 40]),
    table("Trace", order(traceRows), [24, 34, 40, 90, 8]),
  ];
  const replaceSheets = tables.map((t) => t.sheet);
  if (!comments) tables.push(table("Comments", [], [24, 34, 20, 14, 60, 60]));
  const fitted = fitCellLimit({ replaceSheets, createSheets: [], tables, writes: [] });
  const only = assessments.length === 1 ? assessments[0] : undefined;
  return { plan: only ? { ...fitted.plan, charts: chartsSheetOf(only) } : fitted.plan, findings: [...findings, ...fitted.findings] };
}
