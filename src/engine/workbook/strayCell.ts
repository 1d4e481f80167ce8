import { a1, isBlank, type CellValue, type TableSnapshot } from "./snapshot";

/**
 * The first cell with a value (not blank, nor spaces only) outside a table, below it, above it or
 * beside it, in sheet order (row by row), as an A1 address; undefined when there is none. `grid` is
 * part of the sheet whose first cell is at 1-based row `origin.row` and column `origin.column` (an
 * office.js used range; for ExcelJS's sheet values, which start at index 1, the origin is row 0,
 * column 0). `read` turns a grid entry into a cell value. Both adapters use it, so both say
 * `cell-outside-table` for the same cell.
 */
export function firstStrayCell<T>(
  grid: readonly (readonly T[] | undefined)[],
  origin: { readonly row: number; readonly column: number },
  table: TableSnapshot,
  read: (value: T) => CellValue,
): string | undefined {
  const bottom = table.headerRow + table.rows.length;
  const right = table.firstColumn + table.columns.length - 1;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    if (!row) continue;
    const r = origin.row + i;
    for (let j = 0; j < row.length; j++) {
      const c = origin.column + j;
      if (r >= table.headerRow && r <= bottom && c >= table.firstColumn && c <= right) continue;
      const value = row[j];
      if (value !== undefined && !isBlank(read(value))) return a1(r, c);
    }
  }
  return undefined;
}
