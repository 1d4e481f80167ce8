import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { parseAddress, type WritePlan } from "../engine/workbook";
import { fromCellValue } from "./cellValues";

function sheetFor(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.getWorksheet(name) ?? wb.addWorksheet(name);
}

/**
 * Empties a sheet that a plan rewrites, keeping the sheet itself (its name, id and place), as the
 * Office adapter does: its tables are removed and its rows deleted, so formulas elsewhere that refer
 * to the sheet still point at it.
 */
function clearInPlace(ws: ExcelJS.Worksheet): void {
  const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
  for (const name of Object.keys(tables)) ws.removeTable(name);
  if (ws.rowCount > 0) ws.spliceRows(1, ws.rowCount);
}

/**
 * Applies a write plan to an ExcelJS workbook: sheets the plan replaces are emptied in place (never
 * deleted), then sheets and tables are created and block writes made.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const name of plan.replaceSheets ?? []) {
    const existing = wb.getWorksheet(name);
    if (existing) clearInPlace(existing);
  }
  for (const name of plan.createSheets) sheetFor(wb, name);
  for (const t of plan.tables) {
    const ws = sheetFor(wb, t.sheet);
    const { row, column } = parseAddress(t.topLeft);
    ws.addTable({
      name: t.name,
      ref: t.topLeft,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows: t.rows.map((r) => r.map(fromCellValue)),
    });
    t.numberFormats?.forEach((fmt, i) => {
      if (!fmt) return;
      for (let r = 0; r < t.rows.length; r++) ws.getCell(row + 1 + r, column + i).numFmt = fmt;
    });
    t.widths?.forEach((w, i) => {
      ws.getColumn(column + i).width = w;
    });
    ws.views = [{ state: "frozen", ySplit: row, xSplit: 0 }];
  }
  for (const w of plan.writes) {
    const ws = sheetFor(wb, w.sheet);
    const { row, column } = parseAddress(w.topLeft);
    w.values.forEach((values, r) =>
      values.forEach((v, c) => {
        const cell = ws.getCell(row + r, column + c);
        cell.value = fromCellValue(v);
        const fmt = w.numberFormats?.[c];
        if (fmt) cell.numFmt = fmt;
      }),
    );
  }
}

/**
 * Writes bytes to `path` safely: to a temporary file beside it, then renamed over, so a failed run
 * never leaves a half-written file.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The bytes of a new workbook written from a plan. */
export async function newWorkbookBytes(plan: WritePlan): Promise<Uint8Array> {
  // Loaded when a workbook is made (ra template, ra sample): reading and patching a workbook never needs it.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  wb.creator = "Rounded Assessment";
  wb.created = new Date(Date.UTC(2009, 3, 1));
  wb.modified = wb.created;
  applyPlan(wb, plan);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Writes a new workbook from a plan to `path` (atomically). */
export async function writeNewWorkbook(plan: WritePlan, path: string): Promise<void> {
  await writeFileAtomically(path, await newWorkbookBytes(plan));
}
