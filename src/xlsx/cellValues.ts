import type ExcelJS from "exceljs";
import type { CellDetail, CellValue } from "../engine/workbook";

/** An ExcelJS cell value as the engine's plain cell value: formulas give their result, dates ISO text. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : toCellValue(result);
    }
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

/** The engine's plain cell value as an ExcelJS value. */
export function fromCellValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === "object" && value !== null) return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/**
 * What a worksheet says of a cell besides its value (for the engine's cell notes): its number format,
 * and its formula when it was saved with no result. Undefined for an empty cell.
 */
export function cellDetailOf(ws: ExcelJS.Worksheet): (row: number, column: number) => CellDetail | undefined {
  return (row, column) => {
    const cell = ws.findCell(row, column);
    if (!cell) return undefined;
    const value = cell.value;
    const formula = typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value) ? (value as { formula?: string; sharedFormula?: string; result?: unknown }) : undefined;
    const unsaved = formula !== undefined && (formula.result === undefined || formula.result === null);
    return { numberFormat: cell.numFmt ?? null, ...(unsaved ? { formulaWithoutResult: `=${formula.formula ?? formula.sharedFormula ?? ""}` } : {}) };
  };
}
