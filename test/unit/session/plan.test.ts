/**
 * The wizard's written plan is the same as before the session layer: decisions passed to the engine as
 * an argument (`Session.plan`) give the plan that writing them into a copy of the snapshot as fake
 * Assessment rows gave (the task pane's old `withDecisions`, kept below verbatim as the reference), on
 * the national sample read from its .xlsx file, with and without an Assessment sheet already written.
 */
import type { ForceAssessment } from "../../../src/engine/assessment";
import { planAssessments } from "../../../src/engine/assessment";
import { openSession } from "../../../src/engine/session";
import { outputTableSpec, sameHeader, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { assessmentColumns, assessmentRows, sampleSnapshot, withTable } from "../publish/sampleSite";

interface OldDecision {
  readonly domain: string;
  readonly finalGrade: string;
  readonly reason: string;
  readonly status?: string;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

/** taskpane/assess/assessmentGlue.ts `withDecisions` as it was at 50db582, the reference for the plan. */
function withDecisions(snapshot: WorkbookSnapshot, force: string, recommended: ReadonlyMap<string, string>, decisions: readonly OldDecision[]): WorkbookSnapshot {
  const spec = outputTableSpec("Assessment");
  if (!spec) throw new Error("The output template has no Assessment table");
  const existing = snapshot.tables.find((t) => t.sheet === "Assessment");
  const table: TableSnapshot = existing ?? { sheet: "Assessment", table: "Assessment", isExcelTable: true, headerRow: 1, firstColumn: 1, columns: spec.columns.map((c) => c.name), rows: [] };
  const at = (name: string) => table.columns.findIndex((c) => sameHeader(c, name));
  const rows = table.rows.map((r) => [...r]);
  for (const d of decisions) {
    let row = rows.find((r) => text(r[at("Force")]).toLowerCase() === force.toLowerCase() && text(r[at("Domain")]).toLowerCase() === d.domain.toLowerCase());
    if (!row) {
      row = table.columns.map(() => null);
      rows.push(row);
      row[at("Force")] = force;
      row[at("Domain")] = d.domain;
      row[at("Recommended grade")] = recommended.get(d.domain) ?? "";
    }
    const set = (column: string, value: string) => {
      const i = at(column);
      if (i >= 0) row[i] = value;
    };
    set("Final grade", d.finalGrade);
    set("Override reason", d.reason);
    if (d.status !== undefined) set("Status", d.status);
  }
  const changed: TableSnapshot = { ...table, rows };
  const tables = existing ? snapshot.tables.map((t) => (t === existing ? changed : t)) : [...snapshot.tables, changed];
  return { ...snapshot, tables };
}

/** The old route: taskpane/assess/assessmentGlue.ts `planFor` at 50db582. */
function oldPlan(snapshot: WorkbookSnapshot, assessment: ForceAssessment, decisions: readonly OldDecision[]) {
  const recommended = new Map(assessment.domains.filter((d) => d.domain.graded).map((d) => [d.domain.name, d.recommendedGrade ?? "Not enough data"]));
  return planAssessments(withDecisions(snapshot, assessment.force, recommended, decisions), [assessment]);
}

const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const CS = "Confidence and Satisfaction";

describe("a plan with decisions as an argument", () => {
  let sample: WorkbookSnapshot;
  let assessed: WorkbookSnapshot;
  let kent: ForceAssessment;

  beforeAll(async () => {
    sample = await sampleSnapshot();
    const session = openSession(sample);
    const all = session.forces.map((f) => {
      const r = session.assess(f);
      if (!r.ok) throw new Error(`Cannot assess ${f}`);
      return r.value;
    });
    kent = all.find((a) => a.force === "Kent") as ForceAssessment;
    // Kent already written with an override and a reason, Surrey Final; comments on Kent, one open on the whole report.
    const rows = assessmentRows(all, ["Surrey"], { [`Kent|${PSH}`]: { grade: "Poor", reason: "Written before" } });
    const withComments = withTable(sample, "Assessment", assessmentColumns, rows);
    assessed = withTable(withComments, "Comments", ["Force", "Domain", "Who", "When", "Comment", "Response"], [
      ["Kent", "", "Chief constable", "2009-06-01", "The whole report is too short.", ""],
      ["Kent", LCP, "Police authority", "2009-06-02", "Burglary figure out of date.", "Checked: it is the latest."],
    ]);
  }, 60_000);

  const wizardSets: readonly (readonly OldDecision[])[] = [
    // Nothing overridden: every final grade blank.
    [{ domain: LCP, finalGrade: "", reason: "" }, { domain: PSH, finalGrade: "", reason: "" }, { domain: CS, finalGrade: "", reason: "" }],
    // An override with its reason, one with none (the engine notes it), and a final grade equal to the recommendation.
    [{ domain: LCP, finalGrade: "Poor", reason: "Inspection found failings" }, { domain: PSH, finalGrade: "Excellent", reason: "" }, { domain: CS, finalGrade: "Good", reason: "" }],
    // With statuses, as the Report view saves them.
    [{ domain: LCP, finalGrade: "", reason: "", status: "Final" }, { domain: PSH, finalGrade: "Poor", reason: "Written before", status: "Final" }, { domain: CS, finalGrade: "", reason: "", status: "Shared for comment" }],
  ];

  it.each(wizardSets.map((d, i) => [i, d] as const))("decision set %d gives the same plan and notes as fake Assessment rows did, with no Assessment sheet and with one", (_i, decisions) => {
    for (const snapshot of [sample, assessed]) {
      const made = decisions.map((d) => ({ force: kent.force, ...d }));
      const now = openSession(snapshot).plan([kent], made);
      expect(now).toEqual(oldPlan(snapshot, kent, decisions));
    }
  });

  it("keeps the sheet's final grade and reason when only the status is given (the Report view's save)", () => {
    const now = openSession(assessed).plan([kent], [LCP, PSH, CS].map((domain) => ({ force: "Kent", domain, status: "Final" })));
    const before = oldPlan(assessed, kent, [
      { domain: LCP, finalGrade: "", reason: "", status: "Final" },
      { domain: PSH, finalGrade: "Poor", reason: "Written before", status: "Final" },
      { domain: CS, finalGrade: "", reason: "", status: "Final" },
    ]);
    expect(now).toEqual(before);
    const table = now.plan.tables.find((t) => t.name === "Assessment");
    const kentRows = (table?.rows ?? []).filter((r) => r[0] === "Kent");
    // The open comment on the whole report keeps every domain Shared for comment.
    expect(kentRows.map((r) => [r[1], r[3], r[4], r[7]])).toEqual([
      [LCP, null, null, "Shared for comment"],
      [PSH, "Poor", "Written before", "Shared for comment"],
      [CS, null, null, "Shared for comment"],
    ]);
    expect(now.findings.filter((f) => f.code === "final-with-open-comment")).toHaveLength(3);
  });

  it("does not change the snapshot it plans from", () => {
    const before = JSON.stringify(assessed);
    openSession(assessed).plan([kent], [{ force: "Kent", domain: LCP, finalGrade: "Poor", reason: "x", status: "Final" }]);
    expect(JSON.stringify(assessed)).toBe(before);
  });
});
