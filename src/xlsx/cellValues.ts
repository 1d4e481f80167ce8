import type ExcelJS from "exceljs";
import type { CellValue } from "../engine/workbook";

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
