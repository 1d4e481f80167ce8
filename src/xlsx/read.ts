import type ExcelJS from "exceljs";
import { buildSnapshot, type CellValue, type GridTable, type SheetGrid, type WorkbookSnapshot } from "../engine/workbook";
import { cellDetailOf, toCellValue } from "./cellValues";

function excelTables(ws: ExcelJS.Worksheet): GridTable[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  return Object.values(tables).flatMap((t) => {
    const ref = t.table?.tableRef ?? t.table?.ref;
    return t.table?.name && ref ? [{ name: t.table.name, ref }] : [];
  });
}

/** A worksheet's values as the engine's grid from A1: ExcelJS's sheet values start at row 1 and column 1 (index 0 is empty). */
function cellsOf(ws: ExcelJS.Worksheet): (CellValue[] | undefined)[] {
  const values = ws.getSheetValues() as readonly (readonly ExcelJS.CellValue[] | undefined)[];
  const cells: (CellValue[] | undefined)[] = new Array(Math.max(0, values.length - 1));
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const out: CellValue[] = [];
    for (let c = 1; c < row.length; c++) out.push(toCellValue(row[c]));
    cells[r - 1] = out;
  }
  return cells;
}

/** What the engine's snapshot builder needs of a worksheet: its values from A1, tables with their ranges, hidden state, merges and cell details. */
function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  return {
    cells: cellsOf(ws),
    origin: { row: 1, column: 1 },
    tables: excelTables(ws),
    ...(ws.state === "hidden" ? { hidden: "hidden" as const } : ws.state === "veryHidden" ? { hidden: "very hidden" as const } : {}),
    mergedRanges: (ws.model as { merges?: string[] }).merges ?? [],
    detail: cellDetailOf(ws),
  };
}

/** The snapshot of a loaded ExcelJS workbook: the engine's builder (buildSnapshot) over its worksheets. */
export function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets = wb.worksheets.map((ws) => ws.name);
  return buildSnapshot({
    sheets,
    tables: wb.worksheets.flatMap((ws) => excelTables(ws).map((t) => ({ name: t.name, sheet: ws.name }))),
    grid: (sheet) => {
      const ws = wb.worksheets.find((w) => w.name === sheet);
      return ws ? gridOf(ws) : undefined;
    },
  });
}
