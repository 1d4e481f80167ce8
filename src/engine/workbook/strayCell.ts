import { a1, isBlank, type CellValue, type TableSnapshot } from "./snapshot";

/**
 * The first cell with a value (not blank, nor spaces only) outside a table, below it, above it or
 * beside it, in sheet order (row by row), as an A1 address; undefined when there is none. `grid` is
 * part of the sheet whose first cell is at 1-based row `origin.row` and column `origin.column` (as a
 * SheetGrid's cells). The snapshot builder uses it for every reader, so all say `cell-outside-table`
 * for the same cell.
 */
export function firstStrayCell(grid: readonly (readonly CellValue[] | undefined)[], origin: { readonly row: number; readonly column: number }, table: TableSnapshot): string | undefined {
  const bottom = table.headerRow + table.rows.length;
  const right = table.firstColumn + table.columns.length - 1;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    if (!row) continue;
    const r = origin.row + i;
    const inRows = r >= table.headerRow && r <= bottom;
    for (let j = 0; j < row.length; j++) {
      const c = origin.column + j;
      if (inRows && c >= table.firstColumn && c <= right) continue;
      if (!isBlank(row[j])) return a1(r, c);
    }
  }
  return undefined;
}
