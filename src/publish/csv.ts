import { neutraliseFormula, type CellValue } from "../engine/workbook";

/** The byte order mark that tells Excel a CSV file is UTF-8 (without it, Excel misreads £ and accents). */
export const BOM = "\uFEFF";

function field(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return field(value.error);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV file (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks in
 * double quotes) starting with a UTF-8 byte order mark. Numbers are written in full, blanks as empty
 * fields, and text that a spreadsheet would run as a formula (starting = + - @, tab or carriage
 * return) gets a leading apostrophe.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
