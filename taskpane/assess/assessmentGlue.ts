/**
 * The task pane's side of an assessment: the decisions made in the wizard written into the snapshot
 * (as if typed into the Assessment sheet), then the engine's plan, as `ra assess` writes it.
 */
import { assessForce, planAssessments, readInputs, readSettings, type ForceAssessment } from "../../src/engine/assessment";
import type { Issue, Result } from "../../src/engine/result";
import { outputTableSpec, sameHeader, type CellValue, type TableSnapshot, type WorkbookSnapshot, type WritePlan } from "../../src/engine/workbook";

/** What a person decided for one graded domain. Blank final grade: the recommendation stands. */
export interface Decision {
  readonly domain: string;
  readonly finalGrade: string;
  readonly reason: string;
  readonly status?: string;
}

/** The assessment of one force, from a snapshot. */
export function assessOne(snapshot: WorkbookSnapshot, force: string): Result<ForceAssessment> {
  const inputs = readInputs(snapshot);
  return assessForce(inputs, readSettings(inputs), force);
}

/** The grade labels of the workbook's Scale, best first. */
export function gradesOf(snapshot: WorkbookSnapshot): readonly string[] {
  return readSettings(readInputs(snapshot)).scale;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

/**
 * The snapshot with decisions written into its Assessment rows (final grade, override reason, status),
 * as if a person had typed them there: the engine's plan then keeps them. Creates the Assessment table
 * in the snapshot when the workbook has none yet. Only the snapshot changes, never the workbook.
 */
export function withDecisions(snapshot: WorkbookSnapshot, force: string, recommended: ReadonlyMap<string, string>, decisions: readonly Decision[]): WorkbookSnapshot {
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

/** The plan that writes one force's assessment with the decisions made in the task pane, and the engine's notes on it. */
export function planFor(snapshot: WorkbookSnapshot, assessment: ForceAssessment, decisions: readonly Decision[]): { plan: WritePlan; findings: Issue[] } {
  const recommended = new Map(assessment.domains.filter((d) => d.domain.graded).map((d) => [d.domain.name, d.recommendedGrade ?? "Not enough data"]));
  const decided = withDecisions(snapshot, assessment.force, recommended, decisions);
  return planAssessments(decided, [assessment]);
}

/** The sheets a plan writes, in order: replaced or created. */
export function sheetsWritten(plan: WritePlan): readonly string[] {
  return [...new Set([...(plan.replaceSheets ?? []), ...plan.createSheets, ...plan.tables.map((t) => t.sheet), ...plan.writes.map((w) => w.sheet)])];
}
