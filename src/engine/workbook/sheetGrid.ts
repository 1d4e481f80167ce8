import type { CellDetail } from "./cellNotes";
import type { SheetTable } from "./renamedSheet";
import type { TableSpec } from "./schema";
import { columnNumber, sameHeader, type CellValue, type TableSnapshot } from "./snapshot";

/** An Excel table defined on a sheet: its name, and its range ("B3:D20") when the reader knows it. */
export interface GridTable {
  readonly name: string;
  /** The table's range, header row included, as an A1 range; absent when the reader cannot tell it cheaply (Excel through office.js). */
  readonly ref?: string;
}

/**
 * One sheet as a reader hands it to the engine: plain data, no spreadsheet library types. `cells[i][j]`
 * is the cell at 1-based sheet row `origin.row + i` and column `origin.column + j`; a missing or short
 * row is blank beyond its end, but a row has no holes (a blank cell inside it is null). An ExcelJS sheet starts at row 1, column 1 (origin 1, 1); an office.js used range at
 * its first used cell.
 */
export interface SheetGrid {
  readonly cells: readonly (readonly CellValue[] | undefined)[];
  readonly origin: { readonly row: number; readonly column: number };
  /** The Excel tables on the sheet. */
  readonly tables: readonly GridTable[];
  /** How the sheet is hidden, when it is. */
  readonly hidden?: "hidden" | "very hidden";
  /** Merged cells on the sheet, as A1 ranges ("D2:E3"), when the reader can see them. */
  readonly mergedRanges?: readonly string[];
  /** What the reader knows of a cell besides its value (number format, formula saved with no result), by 1-based sheet row and column. */
  readonly detail?: (row: number, column: number) => CellDetail | undefined;
}

/**
 * A workbook as a reader hands it to the engine: every sheet's name, every Excel table with its sheet,
 * and the grid of a sheet on demand (the engine asks only for the sheets it reads; undefined for a
 * sheet that is missing or has nothing in it).
 */
export interface WorkbookGrids {
  readonly sheets: readonly string[];
  readonly tables: readonly SheetTable[];
  grid(sheet: string): SheetGrid | undefined;
}

/** How many rows, from the first with a value, are searched for a header row. */
const HEADER_SEARCH_ROWS = 20;

const at = (grid: SheetGrid, row: number, column: number): CellValue => grid.cells[row - grid.origin.row]?.[column - grid.origin.column] ?? null;

function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to] = ref.replace(/^.*!/, "").split(":");
  const point = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a);
    return m ? { column: columnNumber(m[1] as string), row: Number(m[2]) } : { column: 1, row: 1 };
  };
  const a = point(from ?? "A1");
  const b = point(to ?? from ?? "A1");
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/**
 * The table's data rows from the grid. A grid row that is exactly the table's row is taken as it is
 * (not copied: both are read-only), which spares a copy of every cell of a large table.
 */
function rowsOf(grid: SheetGrid, top: number, bottom: number, left: number, width: number): (readonly CellValue[])[] {
  const rows: (readonly CellValue[])[] = [];
  const start = left - grid.origin.column;
  for (let r = top; r <= bottom; r++) {
    const source = grid.cells[r - grid.origin.row];
    if (start < 0) {
      const row: CellValue[] = [];
      for (let c = 0; c < width; c++) row.push(source?.[start + c] ?? null);
      rows.push(row);
      continue;
    }
    if (source && start === 0 && source.length === width) {
      rows.push(source);
      continue;
    }
    const row = source ? source.slice(start, start + width) : [];
    while (row.length < width) row.push(null);
    rows.push(row);
  }
  return rows;
}

/**
 * A table read from its Excel table definition: the header row is the range's first row (a blank
 * heading reads as ""), the data rows all the others, blank ones included. `sheet` is the template's
 * sheet name (the table may be on a renamed sheet).
 */
export function tableByRef(sheet: string, grid: SheetGrid, table: GridTable & { readonly ref: string }): TableSnapshot {
  const { top, left, bottom, right } = rangeOf(table.ref);
  const columns: string[] = [];
  for (let c = left; c <= right; c++) columns.push(String(at(grid, top, c) ?? ""));
  return { sheet, table: table.name, isExcelTable: true, headerRow: top, firstColumn: left, columns, rows: rowsOf(grid, top + 1, bottom, left, columns.length) };
}

/**
 * A table found by its header row: of the first 20 rows from the first that holds a value, the one
 * with the most of the spec's headings (matched as {@link sameHeader}; at least half of them, else
 * undefined). The table starts at the row's first heading, runs right to the first blank heading and
 * down to the last row with anything in its columns. `tableName` is the Excel table on the sheet, when
 * there is one whose range the reader did not give; else the table is named after the sheet.
 */
export function tableByHeaderRow(sheet: string, grid: SheetGrid, spec: TableSpec, tableName?: string): TableSnapshot | undefined {
  const first = grid.cells.findIndex((row) => row !== undefined && row.some((v) => v !== null && v !== undefined));
  if (first < 0) return undefined;
  let best = { index: -1, matches: 0 };
  for (let i = first; i < Math.min(first + HEADER_SEARCH_ROWS, grid.cells.length); i++) {
    const cells = grid.cells[i] ?? [];
    const matches = spec.columns.filter((c) => cells.some((v) => typeof v === "string" && sameHeader(v, c.name))).length;
    if (matches > best.matches) best = { index: i, matches };
  }
  if (best.index < 0 || best.matches < spec.columns.length / 2) return undefined;
  const header = grid.cells[best.index] ?? [];
  let left = 0;
  while (left < header.length && (header[left] ?? null) === null) left++;
  const columns: string[] = [];
  for (let c = left; c < header.length && (header[c] ?? null) !== null; c++) columns.push(String(header[c]));
  let bottom = best.index;
  for (let i = best.index + 1; i < grid.cells.length; i++) {
    const row = grid.cells[i];
    if (row && columns.some((_, k) => (row[left + k] ?? null) !== null)) bottom = i;
  }
  const headerRow = grid.origin.row + best.index;
  const firstColumn = grid.origin.column + left;
  return {
    sheet,
    table: tableName ?? sheet,
    isExcelTable: tableName !== undefined,
    headerRow,
    firstColumn,
    columns,
    rows: rowsOf(grid, headerRow + 1, grid.origin.row + bottom, firstColumn, columns.length),
  };
}
