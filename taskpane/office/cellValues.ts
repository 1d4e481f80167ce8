import { neutraliseFormula, type CellValue } from "../../src/engine/workbook";

const excelErrors = /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!|BUSY!|GETTING_DATA)$/;

/**
 * A value as office.js returns it (`Range.values`) as the engine's cell value: an empty cell ("") is
 * null; an error text such as "#DIV/0!" is an Excel error.
 */
export function fromExcelValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return excelErrors.test(value) ? { error: value } : value;
  return String(value);
}

/**
 * The engine's cell value as written to Excel. Text that begins with = + - @, a tab or a carriage
 * return is written with a leading apostrophe, so workbook text is never taken for a formula; a blank
 * is written as ""; an error value as its text.
 */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return typeof value === "string" ? neutraliseFormula(value) : value;
}
