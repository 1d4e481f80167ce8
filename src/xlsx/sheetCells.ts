import type { CellDetail, CellValue } from "../engine/workbook";
import type { NumberFormats } from "./numberFormats";
import { parseXml, PartError } from "./saxParts";
import { shiftFormula } from "./sharedFormula";
import { StringItem } from "./sharedStrings";

/** What reading a worksheet's cells needs from the rest of the package. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly formats: NumberFormats;
  readonly date1904: boolean;
}

/** A worksheet's cells: values from A1 (rows without holes), its merged ranges and each cell's detail. */
export interface SheetCells {
  readonly cells: (CellValue[] | undefined)[];
  readonly mergedRanges: string[];
  detail(row: number, column: number): CellDetail | undefined;
}

const MAX_COLUMNS = 16_384;
const key = (row: number, column: number): number => (row - 1) * MAX_COLUMNS + (column - 1);

/** Row and column of an A1 reference ("$" allowed), or undefined when it is not one. */
function position(ref: string): { row: number; column: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20;
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (ref.charCodeAt(i) !== 36) break;
  }
  const digits = ref.charCodeAt(i) === 36 ? ref.slice(i + 1) : ref.slice(i);
  const row = Number(digits);
  return column > 0 && digits !== "" && Number.isInteger(row) && row > 0 ? { row, column } : undefined;
}

/**
 * A serial date as ISO yyyy-mm-dd text, or undefined when it is no date. In the 1900 date system
 * serial 25569 is 1 January 1970, from 1 March 1900 (serial 61) on; Excel counts a 29 February 1900
 * (serial 60) that never was, so serials 1 to 59 are a day later than that count. The 1904 system
 * starts 1462 days later, with no such day.
 */
function serialDate(serial: number, date1904: boolean): string | undefined {
  const epoch = date1904 ? 25569 - 1462 : serial < 60 ? 25568 : 25569;
  const date = new Date(Math.round((serial - epoch) * 86_400_000));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** The value of a number written in a cell: a date as ISO text when the cell's format shows a date; text that is not a number stays text. */
function numberValue(text: string, style: number, context: CellContext): CellValue {
  const n = Number(text);
  if (text.trim() === "" || Number.isNaN(n)) return text;
  if (style >= 0 && context.formats.isDate(style)) return serialDate(n, context.date1904) ?? n;
  return n;
}

/** The value a cell of type `t` holds with `<v>` text `v` (a formula's result when the cell has a formula). */
function valueOf(t: string | undefined, v: string, style: number, context: CellContext): CellValue {
  switch (t) {
    case "s": {
      const s = context.sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return !(Number(v) === 0 || v === "false");
    case "e":
      return { error: v };
    case "d":
      return /^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : v;
    default:
      return numberValue(v, style, context);
  }
}

const enum Into {
  Nothing,
  Value,
  Formula,
  Inline,
}

/**
 * A worksheet part's cells: every cell type (shared, inline and formula strings, booleans, errors,
 * numbers, ISO dates; numbers in a date format as ISO dates, as ExcelJS reads them), formulas by
 * their saved result (a formula saved with no result is blank, its text kept in the detail; a shared
 * formula's text shifted to each cell), rows and cells with or without their r attribute, and merged
 * ranges, whose every cell reads as the range's first cell (as ExcelJS reads them).
 */
export function readSheetCells(part: string, xml: string, context: CellContext): SheetCells {
  const cells: (CellValue[] | undefined)[] = [];
  const styles: (number[] | undefined)[] = [];
  const unsaved = new Map<number, string>();
  const mergedRanges: string[] = [];
  const shared = new Map<string, { formula: string; row: number; column: number }>();
  const inline = new StringItem();

  let row = 0;
  let column = 0;
  let inCell = false;
  let into = Into.Nothing;
  let t: string | undefined;
  let style = -1;
  let v: string | undefined;
  let f: string | undefined;
  let sharedIndex: string | undefined;
  let sharedMaster = false;
  let inlineText: string | undefined;

  const put = (r: number, c: number, value: CellValue): void => {
    let cellsOfRow = cells[r - 1];
    if (!cellsOfRow) cellsOfRow = cells[r - 1] = [];
    while (cellsOfRow.length < c - 1) cellsOfRow.push(null);
    cellsOfRow[c - 1] = value;
  };

  const endCell = (): void => {
    if (style >= 0 && context.formats.formatOf(style) !== undefined) (styles[row - 1] ??= [])[column - 1] = style;
    if (f !== undefined || sharedIndex !== undefined) {
      let formula = f ?? "";
      if (sharedIndex !== undefined) {
        const master = shared.get(sharedIndex);
        if (sharedMaster && formula !== "") shared.set(sharedIndex, { formula, row, column });
        else if (master && formula === "") formula = shiftFormula(master.formula, row - master.row, column - master.column);
      }
      const saved = v !== undefined && (v !== "" || t === "str");
      if (saved) put(row, column, valueOf(t, v as string, style, context));
      else unsaved.set(key(row, column), `=${formula}`);
      return;
    }
    if (t === "inlineStr") {
      if (inlineText) put(row, column, inlineText);
    } else if (v !== undefined && v !== "") put(row, column, valueOf(t, v, style, context));
  };

  parseXml(part, xml, {
    open(local, a) {
      if (inCell) {
        if (into === Into.Inline) inline.open(local);
        else if (local === "v") {
          into = Into.Value;
          v = "";
        } else if (local === "f") {
          into = Into.Formula;
          f = "";
          if (a.t === "shared") {
            sharedIndex = a.si ?? "";
            sharedMaster = a.ref !== undefined;
          }
        } else if (local === "is") into = Into.Inline;
        return;
      }
      if (local === "c") {
        const at = a.r === undefined ? undefined : position(a.r);
        if (a.r !== undefined && !at) throw new PartError(`${part}: a cell at "${a.r}"`);
        if (at) {
          row = at.row;
          column = at.column;
        } else column++;
        if (row === 0) row = 1;
        inCell = true;
        t = a.t;
        style = a.s === undefined ? -1 : Number(a.s);
        v = f = sharedIndex = inlineText = undefined;
        sharedMaster = false;
      } else if (local === "row") {
        row = a.r === undefined ? row + 1 : Number(a.r);
        if (!Number.isInteger(row) || row < 1) throw new PartError(`${part}: a row numbered "${a.r ?? ""}"`);
        column = 0;
      } else if (local === "mergeCell" && a.ref) mergedRanges.push(a.ref);
    },
    close(local) {
      if (!inCell) return;
      if (into === Into.Inline) {
        if (local === "is") {
          inlineText = inline.take();
          into = Into.Nothing;
        } else inline.close(local);
      } else if (local === "v" || local === "f") into = Into.Nothing;
      else if (local === "c") {
        endCell();
        inCell = false;
      }
    },
    text(text) {
      if (into === Into.Value) v += text;
      else if (into === Into.Formula) f += text;
      else if (into === Into.Inline) inline.text(text);
    },
  });

  for (const range of mergedRanges) fillMerged(range, cells, styles, unsaved, put);
  return {
    cells,
    mergedRanges,
    detail(r, c) {
      const s = styles[r - 1]?.[c - 1];
      const formula = unsaved.get(key(r, c));
      if (s === undefined && formula === undefined) return undefined;
      const format = s === undefined ? undefined : context.formats.formatOf(s);
      return { numberFormat: format ?? null, ...(formula !== undefined ? { formulaWithoutResult: formula } : {}) };
    },
  };
}

/** Every cell of a merged range but the first takes the first cell's value, style and formula (as ExcelJS reads merged cells). */
function fillMerged(range: string, cells: (CellValue[] | undefined)[], styles: (number[] | undefined)[], unsaved: Map<number, string>, put: (r: number, c: number, value: CellValue) => void): void {
  const [from, to] = range.split(":");
  const a = position(from ?? "");
  const b = position(to ?? from ?? "");
  if (!a || !b) return;
  const value = cells[a.row - 1]?.[a.column - 1] ?? null;
  const style = styles[a.row - 1]?.[a.column - 1];
  const formula = unsaved.get(key(a.row, a.column));
  const bottom = value === null && style === undefined && formula === undefined ? Math.min(b.row, cells.length) : b.row;
  for (let r = a.row; r <= bottom; r++) {
    for (let c = a.column; c <= b.column; c++) {
      if (r === a.row && c === a.column) continue;
      if (value !== null || (cells[r - 1]?.[c - 1] ?? null) !== null) put(r, c, value);
      const rowStyles = styles[r - 1];
      if (style !== undefined) (styles[r - 1] ??= [])[c - 1] = style;
      else if (rowStyles) delete rowStyles[c - 1];
      if (formula !== undefined) unsaved.set(key(r, c), formula);
      else unsaved.delete(key(r, c));
    }
  }
}
