import type { CellValue } from "../../src/engine/workbook";
import type { CellReference, SelectedCell } from "../workbook/WorkbookPort";
import { fromExcelValue } from "./cellValues";

/** True when this Excel can select several ranges at once (RangeAreas.select, ExcelApi 1.18). */
export function canSelectRangeAreas(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true;
  } catch {
    return false;
  }
}

/**
 * Selects a cell or range (or the sheet's A1 when there is none) and shows its sheet: one sync. An
 * address of several areas ("A3:F3,A5:F6", the rows of a force and domain) selects them all where
 * Excel can (ExcelApi 1.18); elsewhere it selects the first area.
 */
export async function selectCellIn(context: Excel.RequestContext, sheet: string, cell: string | null, severalAreas = canSelectRangeAreas()): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  const areas = (cell ?? "A1").split(",").map((a) => a.trim()).filter(Boolean);
  if (areas.length > 1 && severalAreas) ws.getRanges(areas.join(",")).select();
  else ws.getRange(areas[0] ?? "A1").select();
  await context.sync();
}

/**
 * The active cell with its formula, then the values of the references that formula names: two syncs,
 * the second only when there is something to read. Null when the active cell cannot be read.
 */
export async function readSelectionIn(
  context: Excel.RequestContext,
  references: (selected: SelectedCell) => readonly CellReference[],
): Promise<{ selected: SelectedCell; values: CellValue[][][] } | null> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas,values");
  cell.worksheet.load("name");
  await context.sync();
  const address = String(cell.address).replace(/^.*!/, "").replace(/\$/g, "");
  const formula = cell.formulas[0]?.[0];
  const selected: SelectedCell = {
    sheet: cell.worksheet.name,
    address,
    formula: typeof formula === "string" && formula.startsWith("=") ? formula : "",
    value: fromExcelValue(cell.values[0]?.[0]),
  };
  const wanted = references(selected);
  if (wanted.length === 0) return { selected, values: [] };
  const ranges = wanted.map((r) => {
    const range = context.workbook.worksheets.getItem(r.sheet).getRange(r.address);
    range.load("values");
    return range;
  });
  await context.sync();
  return { selected, values: ranges.map((r) => (r.values as unknown[][]).map((row) => row.map(fromExcelValue))) };
}

/** Base64 of bytes, in slices so a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Inserts every sheet of an .xlsx file (its bytes) into the open workbook, after the last sheet: one sync. */
export async function insertSheetsIn(context: Excel.RequestContext, bytes: Uint8Array): Promise<void> {
  context.workbook.insertWorksheetsFromBase64(toBase64(bytes), { positionType: Excel.WorksheetPositionType.end });
  await context.sync();
}

/** The values of cells or ranges: one sync. */
export async function readRangesIn(context: Excel.RequestContext, references: readonly CellReference[]): Promise<CellValue[][][]> {
  const ranges = references.map((r) => {
    const range = context.workbook.worksheets.getItem(r.sheet).getRange(r.address);
    range.load("values");
    return range;
  });
  await context.sync();
  return ranges.map((r) => (r.values as unknown[][]).map((row) => row.map(fromExcelValue)));
}
