import type { CellNote, CellValue, TableSnapshot } from "./snapshot";

/** What a reader knows of one cell besides its value. */
export interface CellDetail {
  /** The cell's number format as written in the workbook ("0.0%", "General"), when known. */
  readonly numberFormat?: string | null;
  /** The formula of a cell saved with no result, when it is one. */
  readonly formulaWithoutResult?: string;
}

/**
 * True when a number format shows numbers as percentages: a % outside quoted text and outside
 * [brackets] ("0.0%", "0%;[Red]-0%"), not a literal "%" in quotes or escaped with a backslash.
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return bare.includes("%");
}

/**
 * The notes of a table's data cells, from what the reader knows of each (`detail`, given the 1-based
 * sheet row and column; undefined when nothing): a number shown as a percentage, or a formula saved
 * with no result. Both readers (.xlsx and Office) use it, so both note the same cells.
 */
export function cellNotesOf(table: TableSnapshot, detail: (row: number, column: number) => CellDetail | undefined): CellNote[] {
  const notes: CellNote[] = [];
  table.rows.forEach((values: readonly CellValue[], r) => {
    for (let c = 0; c < table.columns.length; c++) {
      const d = detail(table.headerRow + 1 + r, table.firstColumn + c);
      if (!d) continue;
      const percentFormat = typeof values[c] === "number" && isPercentFormat(d.numberFormat);
      if (percentFormat || d.formulaWithoutResult !== undefined) {
        notes.push({ row: r, column: c, ...(percentFormat ? { percentFormat } : {}), ...(d.formulaWithoutResult !== undefined ? { formulaWithoutResult: d.formulaWithoutResult } : {}) });
      }
    }
  });
  return notes;
}

/** The table with its notes, when there are any (a table without notes is returned as it is). */
export function withNotes(table: TableSnapshot, notes: readonly CellNote[]): TableSnapshot {
  return notes.length > 0 ? { ...table, notes } : table;
}
