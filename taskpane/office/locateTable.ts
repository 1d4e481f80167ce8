import { sameHeader, type CellValue, type TableSnapshot, type TableSpec } from "../../src/engine/workbook";
import { fromExcelValue } from "./cellValues";

/** A sheet's used range as read: its values and the sheet position (0-based) of its top-left cell. */
export interface UsedRange {
  readonly values: readonly (readonly unknown[])[];
  /** The cells' number formats (`Range.numberFormat`), when loaded: they show which numbers are percentages. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/**
 * Finds a template table in a sheet's used range by its header row, as the .xlsx adapter does for a
 * sheet with no Excel table: of the first 20 rows, the one with the most of the spec's headings (at
 * least half of them); the table runs right to the first blank heading and down to the last row with
 * anything in it. `tableName` is the Excel table's name when the sheet has one.
 */
export function locateTable(sheet: string, used: UsedRange, spec: TableSpec, tableName: string | null): TableSnapshot | undefined {
  const grid: CellValue[][] = used.values.map((row) => row.map(fromExcelValue));
  let best = { row: -1, matches: 0 };
  for (let r = 0; r < Math.min(20, grid.length); r++) {
    const cells = grid[r] ?? [];
    const matches = spec.columns.filter((c) => cells.some((v) => typeof v === "string" && sameHeader(v, c.name))).length;
    if (matches > best.matches) best = { row: r, matches };
  }
  if (best.row < 0 || best.matches < spec.columns.length / 2) return undefined;
  const header = grid[best.row] ?? [];
  let left = 0;
  while (left < header.length && header[left] === null) left++;
  const columns: string[] = [];
  for (let c = left; c < header.length && header[c] !== null; c++) columns.push(String(header[c]));
  let bottom = best.row;
  for (let r = best.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (columns.some((_, i) => (row[left + i] ?? null) !== null)) bottom = r;
  }
  const rows: CellValue[][] = [];
  for (let r = best.row + 1; r <= bottom; r++) rows.push(columns.map((_, i) => grid[r]?.[left + i] ?? null));
  return {
    sheet,
    table: tableName ?? sheet,
    isExcelTable: tableName !== null,
    headerRow: used.rowIndex + best.row + 1,
    firstColumn: used.columnIndex + left + 1,
    columns,
    rows,
  };
}
