import { normaliseForceName } from "../../forces/names";
import type { IssuePath } from "../../result";
import type { TableSpec } from "../schema";
import { a1, cellAddress, columnIndex, sheetRow, type CellNote, type CellValue, type TableSnapshot } from "../snapshot";

/** A template table found in the workbook, with its spec and where each spec column is (-1: missing). */
export interface LocatedTable {
  readonly spec: TableSpec;
  readonly table: TableSnapshot;
  readonly columnAt: ReadonlyMap<string, number>;
  /** The reader's notes on cells, by "row:column" (0-based data row and column index). */
  readonly notes: ReadonlyMap<string, CellNote>;
}

/** What the cell checks and cross-checks share. */
export interface CheckContext {
  readonly tables: ReadonlyMap<string, LocatedTable>;
  /** Force names of the Forces table, by normalised name; empty when the table is missing or empty. */
  readonly knownForces: ReadonlyMap<string, string>;
  readonly assessmentYear: string | undefined;
  readonly grades: readonly string[];
}

/** Locates a table's spec columns among the columns found. */
export function locate(spec: TableSpec, table: TableSnapshot): LocatedTable {
  return {
    spec,
    table,
    columnAt: new Map(spec.columns.map((c) => [c.name, columnIndex(table, c.name)])),
    notes: new Map((table.notes ?? []).map((n) => [`${n.row}:${n.column}`, n])),
  };
}

/** The reader's note on a cell of a spec column, if any. */
export function noteAt(loc: LocatedTable, rowIndex: number, column: string): CellNote | undefined {
  if (loc.notes.size === 0) return undefined;
  return loc.notes.get(`${rowIndex}:${loc.columnAt.get(column) ?? -1}`);
}

/** The value in a spec column of a row, or undefined when the column is missing. */
export function valueAt(loc: LocatedTable, row: readonly CellValue[], column: string): CellValue | undefined {
  const i = loc.columnAt.get(column) ?? -1;
  return i < 0 ? undefined : (row[i] ?? null);
}

/** Where a cell is, as an issue path. */
export function cellPath(loc: LocatedTable, rowIndex: number, column: string): IssuePath {
  return {
    sheet: loc.table.sheet,
    table: loc.spec.name,
    row: sheetRow(loc.table, rowIndex),
    column,
    cell: cellAddress(loc.table, rowIndex, column) ?? a1(loc.table.headerRow, loc.table.firstColumn),
  };
}

/** Where a column's header is, as an issue path (for findings about missing rows). */
export function headerPath(loc: LocatedTable, column: string): IssuePath {
  return {
    sheet: loc.table.sheet,
    table: loc.spec.name,
    row: loc.table.headerRow,
    column,
    cell: cellAddress(loc.table, -1, column) ?? a1(loc.table.headerRow, loc.table.firstColumn),
  };
}

/** The known name of a force as written anywhere, or undefined when it is not in Forces. */
export function knownForce(ctx: CheckContext, value: CellValue | undefined): string | undefined {
  return typeof value === "string" ? ctx.knownForces.get(normaliseForceName(value)) : undefined;
}

/** Text of a cell, trimmed, or undefined when it is not text or is blank. */
export function textOf(value: CellValue | undefined): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}

/** True when every cell of a row is blank (such rows are skipped: Excel tables often end with one). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === "string" && v.trim() === ""));
}
