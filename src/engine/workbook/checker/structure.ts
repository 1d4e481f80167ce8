import { issue, warning, type Issue } from "../../result";
import { a1, type WorkbookSnapshot } from "../snapshot";
import { template } from "../template";
import { addedAfter, workbookVersion } from "./about";
import { locate, type LocatedTable } from "./context";

/**
 * Finds each template table: a missing sheet gives `missing-sheet`, a sheet with no table
 * `missing-table`, a table renamed by hand `table-renamed` and a sheet renamed by hand whose table still
 * has the template's name `sheet-renamed` (warnings: both are still read), each missing required
 * column `missing-column` (at the header cell where it would go, right of the last heading). A table or
 * column added in a template version later than the workbook's (About) may be missing: it reads as
 * blank, and the About check says what changed (`template-version-readable`).
 */
export function locateTables(snapshot: WorkbookSnapshot, issues: Issue[]): Map<string, LocatedTable> {
  const found = new Map<string, LocatedTable>();
  let version: string | undefined;
  for (const spec of template) {
    if (addedAfter(spec.since, version) && !snapshot.sheets.includes(spec.sheet)) continue;
    const renamed = snapshot.renamedSheets?.find((r) => r.sheet === spec.sheet);
    if (renamed) issues.push(warning("sheet-renamed", { sheet: renamed.foundOn, table: spec.name, cell: "A1" }, { sheet: spec.sheet, table: spec.name, found: renamed.foundOn }));
    else if (!snapshot.sheets.includes(spec.sheet)) {
      issues.push(issue("missing-sheet", { sheet: spec.sheet, table: spec.name }, { sheet: spec.sheet }));
      continue;
    }
    const table = snapshot.tables.find((t) => t.sheet === spec.sheet);
    if (!table) {
      issues.push(issue("missing-table", { sheet: spec.sheet, table: spec.name, cell: "A1" }, { sheet: spec.sheet, table: spec.name, columns: spec.columns.map((c) => c.name).join(", ") }));
      continue;
    }
    const topLeft = a1(table.headerRow, table.firstColumn);
    if (table.isExcelTable && table.table !== spec.name) {
      issues.push(warning("table-renamed", { sheet: spec.sheet, table: spec.name, cell: topLeft }, { sheet: spec.sheet, table: spec.name, found: table.table }));
    }
    const loc = locate(spec, table);
    const after = a1(table.headerRow, table.firstColumn + table.columns.length);
    if (spec.name === "About") version = workbookVersion(loc);
    for (const column of spec.columns) {
      if ((loc.columnAt.get(column.name) ?? -1) < 0 && column.required && !addedAfter(column.since, version)) {
        issues.push(issue("missing-column", { sheet: spec.sheet, table: spec.name, column: column.name, cell: after }, { table: spec.name, column: column.name }));
      }
    }
    found.set(spec.name, loc);
  }
  return found;
}
