import ExcelJS from "exceljs";
import { aboutFrom, cellNotesOf, columnNumber, coverageSpec, firstStrayCell, outputTemplate, renamedSheetOf, sameHeader, template, type CellValue, type TableSnapshot, type TableSpec, type WorkbookSnapshot, withNotes } from "../engine/workbook";
import { cellDetailOf, toCellValue } from "./cellValues";

type SheetValues = readonly (readonly ExcelJS.CellValue[] | undefined)[];

interface LoadedTable {
  name: string;
  ref: string;
}

function excelTables(ws: ExcelJS.Worksheet): LoadedTable[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  return Object.values(tables).flatMap((t) => {
    const ref = t.table?.tableRef ?? t.table?.ref;
    return t.table?.name && ref ? [{ name: t.table.name, ref }] : [];
  });
}

function cellAt(values: SheetValues, row: number, column: number): CellValue {
  return toCellValue(values[row]?.[column]);
}

function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to] = ref.split(":");
  const p = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a);
    return m ? { column: columnNumber(m[1] as string), row: Number(m[2]) } : { column: 1, row: 1 };
  };
  const a = p(from ?? "A1");
  const b = p(to ?? from ?? "A1");
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function readRows(values: SheetValues, top: number, left: number, width: number, bottom: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) row[c] = cellAt(values, r, left + c);
    rows.push(row);
  }
  return rows;
}

/** Reads a table from its Excel table definition. */
function fromExcelTable(sheet: string, values: SheetValues, t: LoadedTable): TableSnapshot {
  const { top, left, bottom, right } = rangeOf(t.ref);
  const columns: string[] = [];
  for (let c = left; c <= right; c++) columns.push(String(cellAt(values, top, c) ?? ""));
  return { sheet, table: t.name, isExcelTable: true, headerRow: top, firstColumn: left, columns, rows: readRows(values, top + 1, left, columns.length, bottom) };
}

/**
 * Reads a table with no Excel table definition by its header row: of the first 20 rows, the one with
 * the most of the spec's headings (at least half of them); the table runs right to the first blank
 * heading and down to the last row with anything in it.
 */
function fromHeaderRow(sheet: string, values: SheetValues, spec: TableSpec): TableSnapshot | undefined {
  let best = { row: 0, matches: 0 };
  for (let r = 1; r <= Math.min(20, values.length - 1); r++) {
    const cells = (values[r] ?? []).map((v) => toCellValue(v));
    const matches = spec.columns.filter((c) => cells.some((v) => typeof v === "string" && sameHeader(v, c.name))).length;
    if (matches > best.matches) best = { row: r, matches };
  }
  if (best.matches === 0 || best.matches < spec.columns.length / 2) return undefined;
  const header = values[best.row] ?? [];
  let left = 1;
  while (left < header.length && toCellValue(header[left]) === null) left++;
  const columns: string[] = [];
  for (let c = left; toCellValue(header[c]) !== null && c < header.length; c++) columns.push(String(toCellValue(header[c])));
  let bottom = best.row;
  for (let r = best.row + 1; r < values.length; r++) {
    const row = values[r];
    if (row && columns.some((_, i) => toCellValue(row[left + i]) !== null)) bottom = r;
  }
  return { sheet, table: sheet, isExcelTable: false, headerRow: best.row, firstColumn: left, columns, rows: readRows(values, best.row + 1, left, columns.length, bottom) };
}

/** The snapshot of a loaded ExcelJS workbook: each template and output table found, by Excel table or by header row. */
export function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets = wb.worksheets.map((ws) => ws.name);
  const tables: TableSnapshot[] = [];
  const mergedRanges: { sheet: string; range: string }[] = [];
  const hiddenSheets: { sheet: string; state: "hidden" | "very hidden" }[] = [];
  const strayCells: { sheet: string; cell: string }[] = [];
  const renamedSheets: { sheet: string; foundOn: string }[] = [];
  const sheetTables = wb.worksheets.flatMap((ws) => excelTables(ws).map((t) => ({ name: t.name, sheet: ws.name })));
  for (const spec of [...template, coverageSpec, ...outputTemplate]) {
    let ws = wb.getWorksheet(spec.sheet);
    const foundOn = renamedSheetOf(spec, sheets, sheetTables);
    if (!ws && foundOn) {
      ws = wb.getWorksheet(foundOn);
      renamedSheets.push({ sheet: spec.sheet, foundOn });
    }
    if (!ws) continue;
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) mergedRanges.push({ sheet: spec.sheet, range });
    if (ws.state === "hidden" || ws.state === "veryHidden") hiddenSheets.push({ sheet: spec.sheet, state: ws.state === "hidden" ? "hidden" : "very hidden" });
    const values = ws.getSheetValues() as SheetValues;
    const defined = excelTables(ws);
    const chosen = defined.find((t) => t.name === spec.name) ?? (defined.length === 1 ? defined[0] : undefined);
    const found = chosen ? fromExcelTable(spec.sheet, values, chosen) : fromHeaderRow(spec.sheet, values, spec);
    if (found) {
      const table = withNotes(found, cellNotesOf(found, cellDetailOf(ws)));
      tables.push(table);
      const stray = firstStrayCell(values, { row: 0, column: 0 }, table, toCellValue);
      if (stray) strayCells.push({ sheet: spec.sheet, cell: stray });
    }
  }
  return {
    sheets,
    tables,
    about: aboutFrom(tables),
    ...(mergedRanges.length > 0 ? { mergedRanges } : {}),
    ...(hiddenSheets.length > 0 ? { hiddenSheets } : {}),
    ...(strayCells.length > 0 ? { strayCells } : {}),
    ...(renamedSheets.length > 0 ? { renamedSheets } : {}),
  };
}
