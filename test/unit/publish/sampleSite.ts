/**
 * Shared by the publish tests: the national sample read once, every force assessed once, and ways to
 * add the output tables people fill in (Assessment statuses, Report edits) or hostile text to a snapshot.
 */
import { join } from "node:path";
import type { ForceAssessment } from "../../../src/engine/assessment";
import { openSession } from "../../../src/engine/session";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../../src/engine/workbook";
import { siteModel, type SiteModel } from "../../../src/publish";
import { readSnapshot } from "../../../src/xlsx";

export const samplePath = join(__dirname, "..", "..", "..", "assets", "national-sample.xlsx");

/** Strings that would break out of HTML if they were not escaped. */
export const hostile = {
  script: "<script>alert(1)</script>",
  attribute: '"><img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://evil.example/","click")',
  quote: "O'Brien & \"Partners\" <b>bold</b>",
} as const;

let cached: Promise<WorkbookSnapshot> | undefined;

/** The national sample's snapshot (read once per test file). */
export function sampleSnapshot(): Promise<WorkbookSnapshot> {
  cached ??= readSnapshot(samplePath).then((r) => {
    if (!r.ok) throw new Error(`Cannot read ${samplePath}`);
    return r.value;
  });
  return cached;
}

/** The snapshot with a table added or replaced. */
export function withTable(snapshot: WorkbookSnapshot, sheet: string, columns: readonly string[], rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
  const table: TableSnapshot = { sheet, table: sheet, isExcelTable: true, headerRow: 1, firstColumn: 1, columns, rows };
  return { ...snapshot, sheets: snapshot.sheets.includes(sheet) ? snapshot.sheets : [...snapshot.sheets, sheet], tables: [...snapshot.tables.filter((t) => t.sheet !== sheet), table] };
}

/** The snapshot with `change` applied to every row of one table. */
export function mapRows(snapshot: WorkbookSnapshot, sheet: string, change: (row: readonly CellValue[], column: (name: string) => number) => readonly CellValue[]): WorkbookSnapshot {
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => (t.sheet === sheet ? { ...t, rows: t.rows.map((r) => change(r, (name) => t.columns.indexOf(name))) } : t)),
  };
}

/** Every force of a snapshot assessed. */
export function assessAll(snapshot: WorkbookSnapshot): ForceAssessment[] {
  const session = openSession(snapshot);
  return session.forces.map((f) => {
    const r = session.assess(f);
    if (!r.ok) throw new Error(`Cannot assess ${f}`);
    return r.value;
  });
}

const gradedDomains = ["Local Crime and Policing", "Protection from Serious Harm", "Confidence and Satisfaction"];

/** An Assessment table marking these forces Final (with their recommended grades, or a final grade given). */
export function assessmentRows(assessments: readonly ForceAssessment[], final: readonly string[], decided: Readonly<Record<string, { grade: string; reason: string }>> = {}): CellValue[][] {
  return assessments.flatMap((a) =>
    gradedDomains.map((domain) => {
      const d = a.domains.find((x) => x.domain.name === domain);
      const own = decided[`${a.force}|${domain}`];
      return [a.force, domain, d?.recommendedGrade ?? "Not enough data", own?.grade ?? "", own?.reason ?? "", "", "", final.includes(a.force) ? "Final" : "Draft"];
    }),
  );
}

export const assessmentColumns = ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"];

/** The day the tests' sites say they were published (About gives no Publication date in the sample). */
export const publishedOn = "2009-07-01";

/** The site model of a snapshot, every force assessed. */
export function modelOf(snapshot: WorkbookSnapshot, drafts: boolean): SiteModel {
  return siteModel(openSession(snapshot), assessAll(snapshot), drafts, publishedOn);
}
