import { outputTemplate } from "./outputTemplate";
import type { TableSpec } from "./schema";
import { template } from "./template";

/** An Excel table of a workbook and the sheet it is on. */
export interface SheetTable {
  readonly name: string;
  readonly sheet: string;
}

const templateSheets = new Set([...template, ...outputTemplate].map((t) => t.sheet));

/**
 * The sheet a template table is read from when its own sheet is missing because someone renamed it:
 * a sheet whose name the template does not use, holding an Excel table with the spec's name.
 * Undefined when there is none, or when the template's sheet is there (`sheets`). Every reader (the
 * .xlsx file, Excel through Office) applies this one rule, and the checker warns `sheet-renamed`.
 */
export function renamedSheetOf(spec: TableSpec, sheets: readonly string[], tables: readonly SheetTable[]): string | undefined {
  if (sheets.includes(spec.sheet) || !template.includes(spec)) return undefined;
  return tables.find((t) => !templateSheets.has(t.sheet) && t.name === spec.name)?.sheet;
}
