import { parseXml } from "./saxParts";

/** Excel's built-in number formats by id (ECMA-376 Part 1, 18.8.30), those with a fixed format code. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Built-in ids whose format code depends on the locale and shows a date (the East Asian date formats). */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * True when a format code shows a number as a date or time: a y, m, d, h, s or b (Buddhist year)
 * outside quoted text and [brackets] (so "[Red]0.0" and '0 "days"' are not dates), as ExcelJS decides.
 */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Each cell style's number format (by the cell's s index) and whether it shows a date. */
export interface NumberFormats {
  /** The number format code of cell style `s` (undefined for General or a style that is not there). */
  formatOf(s: number): string | undefined;
  isDate(s: number): boolean;
}

/** The cell styles (cellXfs) of a styles part with their number formats: the part's own numFmts first, then the built-in ids. */
export function readNumberFormats(part: string | undefined, xml: string | undefined): NumberFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  if (part !== undefined && xml !== undefined) {
    let inCellXfs = false;
    parseXml(part, xml, {
      open(local, a) {
        if (local === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
        else if (local === "cellXfs") inCellXfs = true;
        else if (local === "xf" && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
      },
      close(local) {
        if (local === "cellXfs") inCellXfs = false;
      },
    });
  }
  const formats = ids.map((id) => (id === 0 ? undefined : (custom.get(id) ?? BUILT_IN[id])));
  const dates = ids.map((id, i) => (custom.has(id) || !LOCALE_DATE_IDS.has(id) ? formats[i] !== undefined && isDateFormat(formats[i] as string) : true));
  return { formatOf: (s) => formats[s], isDate: (s) => dates[s] === true };
}
