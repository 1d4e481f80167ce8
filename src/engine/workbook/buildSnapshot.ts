import { cellNotesOf, withNotes } from "./cellNotes";
import { coverageSpec } from "./coverage";
import { outputTemplate } from "./outputTemplate";
import { renamedSheetOf } from "./renamedSheet";
import type { TableSpec } from "./schema";
import { tableByHeaderRow, tableByRef, type SheetGrid } from "./sheetGrid";
import type { WorkbookGrids } from "./sheetGrid";
import { aboutFrom, type TableSnapshot, type WorkbookSnapshot } from "./snapshot";
import { firstStrayCell } from "./strayCell";
import { template } from "./template";

/** Every table the snapshot may hold: the template's input tables, the optional Coverage table and the add-in's output tables. */
const specs: readonly TableSpec[] = [...template, coverageSpec, ...outputTemplate];

/**
 * The template table on a sheet: from the Excel table named as the spec (or the sheet's only Excel
 * table) by its range when the reader gave one, else by the header row (see {@link tableByHeaderRow}).
 */
function tableOn(spec: TableSpec, grid: SheetGrid): TableSnapshot | undefined {
  const chosen = grid.tables.find((t) => t.name === spec.name) ?? (grid.tables.length === 1 ? grid.tables[0] : undefined);
  if (chosen?.ref !== undefined) return tableByRef(spec.sheet, grid, { ...chosen, ref: chosen.ref });
  return tableByHeaderRow(spec.sheet, grid, spec, chosen?.name);
}

/**
 * The engine's snapshot of a workbook, from what a reader (the .xlsx file, Excel through office.js)
 * hands over: each template, Coverage and output table found (by its Excel table, or by its header
 * row), on its own sheet or, for an input table, on the sheet it was renamed to ({@link renamedSheetOf});
 * each table's cell notes (numbers shown as percentages, formulas saved with no result); and the About
 * values. For input sheets only (the sheets people fill in; the add-in's output sheets are its own),
 * also which are hidden, their merged cells and the first value outside each one's table. Every
 * reader goes through here, so they find the same tables and say the same things of the same workbook.
 */
export function buildSnapshot(book: WorkbookGrids): WorkbookSnapshot {
  const tables: TableSnapshot[] = [];
  const mergedRanges: { sheet: string; range: string }[] = [];
  const hiddenSheets: { sheet: string; state: "hidden" | "very hidden" }[] = [];
  const strayCells: { sheet: string; cell: string }[] = [];
  const renamedSheets: { sheet: string; foundOn: string }[] = [];
  for (const spec of specs) {
    const foundOn = renamedSheetOf(spec, book.sheets, book.tables);
    if (foundOn) renamedSheets.push({ sheet: spec.sheet, foundOn });
    const grid = book.sheets.includes(spec.sheet) || foundOn ? book.grid(foundOn ?? spec.sheet) : undefined;
    if (!grid) continue;
    const input = template.includes(spec);
    if (input && grid.hidden) hiddenSheets.push({ sheet: spec.sheet, state: grid.hidden });
    if (input) for (const range of grid.mergedRanges ?? []) mergedRanges.push({ sheet: spec.sheet, range });
    const found = tableOn(spec, grid);
    if (!found) continue;
    const table = grid.detail ? withNotes(found, cellNotesOf(found, grid.detail)) : found;
    tables.push(table);
    const stray = input ? firstStrayCell(grid.cells, grid.origin, table) : undefined;
    if (stray) strayCells.push({ sheet: spec.sheet, cell: stray });
  }
  return {
    sheets: book.sheets,
    tables,
    about: aboutFrom(tables),
    ...(mergedRanges.length > 0 ? { mergedRanges } : {}),
    ...(hiddenSheets.length > 0 ? { hiddenSheets } : {}),
    ...(strayCells.length > 0 ? { strayCells } : {}),
    ...(renamedSheets.length > 0 ? { renamedSheets } : {}),
  };
}
