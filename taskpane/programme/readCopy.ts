/**
 * Reads a workbook file the user chose in the pane (its bytes, in the browser) into the engine's
 * snapshot, through ExcelJS and the .xlsx adapter's reader: Office itself can only read the open
 * workbook. Loaded on demand, so ExcelJS is never part of the pane's first load.
 */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { snapshotOf } from "../../src/xlsx/read";

/** The snapshot of a workbook's bytes; throws when they are not a workbook ExcelJS can read. */
export async function snapshotOfBytes(bytes: ArrayBuffer): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return snapshotOf(wb);
}
