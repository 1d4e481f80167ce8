import { remembered } from "../remember";
/** An Excel error shown in a cell, such as "#DIV/0!" or "#N/A". */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value as the engine sees it: plain data, no spreadsheet library types. Dates arrive as
 * text (ISO 8601); a formula arrives as its last calculated value.
 */
export type CellValue = number | string | boolean | null | CellError;

/**
 * What a reader saw of a cell besides its value. Only cells with something to say have a note, so a
 * table of a million cells carries a short list.
 */
export interface CellNote {
  /** The data row: a 0-based index into the table's `rows`. */
  readonly row: number;
  /** A 0-based index into the table's `columns`. */
  readonly column: number;
  /** The cell holds a number shown as a percentage (a number format with %): 40.1% typed is stored as 0.401. */
  readonly percentFormat?: boolean;
  /** The cell holds this formula saved with no result (as scripts such as openpyxl save them); its value is read as blank. */
  readonly formulaWithoutResult?: string;
}

/** One template table as found in a workbook. */
export interface TableSnapshot {
  readonly sheet: string;
  /** The Excel table's name as found (the template's name, unless renamed by hand); the sheet name when read by header row. */
  readonly table: string;
  /** Whether the table was read from an Excel table definition (true) or from a header row on the sheet (false). */
  readonly isExcelTable: boolean;
  /** Sheet row number (1-based) of the header row. */
  readonly headerRow: number;
  /** Sheet column number (1-based) of the table's first column. */
  readonly firstColumn: number;
  /** Column headers as found, in order. */
  readonly columns: readonly string[];
  /** Data rows, in sheet order, each as wide as `columns`. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Notes on cells of the data rows (number shown as a percentage, formula with no saved result), when the reader saw any. */
  readonly notes?: readonly CellNote[];
}

/** What the engine knows of a workbook: its sheets, the template tables found and the About values. */
export interface WorkbookSnapshot {
  readonly sheets: readonly string[];
  readonly tables: readonly TableSnapshot[];
  /** About's Item/Value pairs, keyed by item as written. */
  readonly about: Readonly<Record<string, CellValue>>;
  /** Merged cells on the input sheets, as A1 ranges ("D2:E3"): a merge makes one value look like many. */
  readonly mergedRanges?: readonly { readonly sheet: string; readonly range: string }[];
  /** Input sheets hidden from view ("hidden", or "very hidden": only a program can show those again). */
  readonly hiddenSheets?: readonly { readonly sheet: string; readonly state: "hidden" | "very hidden" }[];
  /** A cell with a value on an input sheet outside its table, where it is not read (the first of each sheet). */
  readonly strayCells?: readonly { readonly sheet: string; readonly cell: string }[];
  /** Template sheets found under another name, by their table's name: read as the template's sheet. */
  readonly renamedSheets?: readonly { readonly sheet: string; readonly foundOn: string }[];
}

/** True for an Excel error value. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** True for a blank cell: nothing, or text of spaces only. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The column letters of a 1-based column number: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of column letters: A is 1, AA is 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits an A1 address into its 1-based row and column. */
export function parseAddress(address: string): { row: number; column: number } {
  const m = /^([A-Za-z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  return { column: columnNumber(m[1] as string), row: Number(m[2]) };
}

/** The A1 address of a sheet row and column (both 1-based). */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

const headerForms = new Map<string, string>();

/** A header as matched: trimmed, single spaces, lower case. Headers repeat, so each is worked out once. */
function headerForm(header: string): string {
  const known = headerForms.get(header);
  if (known !== undefined) return known;
  const form = header.trim().replace(/\s+/g, " ").toLowerCase();
  if (headerForms.size > 10_000) headerForms.clear();
  headerForms.set(header, form);
  return form;
}

/** Header matching ignores case and surrounding or repeated spaces. */
export function sameHeader(a: string, b: string): boolean {
  return headerForm(a) === headerForm(b);
}

const columnIndexes = new WeakMap<TableSnapshot, Map<string, number>>();

/** The index of a column in a table as found, or -1. */
export function columnIndex(table: TableSnapshot, columnName: string): number {
  return remembered(columnIndexes, table, columnName, () => table.columns.findIndex((c) => sameHeader(c, columnName)));
}

/** The sheet row number of a data row (0-based index into `rows`). */
export function sheetRow(table: TableSnapshot, rowIndex: number): number {
  return table.headerRow + 1 + rowIndex;
}

/**
 * The A1 address of a cell of a table: data row `rowIndex` (0-based; -1 is the header row) in the
 * column named `columnName` (matched as {@link sameHeader}). Undefined when the table has no such column.
 */
export function cellAddress(table: TableSnapshot, rowIndex: number, columnName: string): string | undefined {
  const c = columnIndex(table, columnName);
  return c < 0 ? undefined : a1(sheetRow(table, rowIndex), table.firstColumn + c);
}

/** The table of the snapshot on this sheet, if found. */
export function findTable(snapshot: WorkbookSnapshot, sheet: string): TableSnapshot | undefined {
  return snapshot.tables.find((t) => t.sheet === sheet);
}

/** The value of a cell of a table by column name, or undefined when there is no such column. */
export function cellOf(table: TableSnapshot, row: readonly CellValue[], columnName: string): CellValue | undefined {
  const c = columnIndex(table, columnName);
  return c < 0 ? undefined : row[c];
}

/** About's Item/Value rows as a record (the snapshot's `about`). */
export function aboutFrom(tables: readonly TableSnapshot[]): Record<string, CellValue> {
  const about = tables.find((t) => t.sheet === "About");
  const out: Record<string, CellValue> = {};
  if (!about) return out;
  for (const row of about.rows) {
    const item = cellOf(about, row, "Item");
    if (typeof item === "string" && item.trim() !== "") out[item.trim()] = cellOf(about, row, "Value") ?? null;
  }
  return out;
}
