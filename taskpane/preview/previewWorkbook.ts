/**
 * The preview's workbook: the national sample loaded in the browser through ExcelJS (the same .xlsx
 * library and adapter as the `ra` command), read and written with the engine's plans. This module and
 * ExcelJS are loaded only by the preview, never by the Office page.
 */
import ExcelJS from "exceljs";
import { assertOutputOnly, outputSheets, parseAddress, type CellValue } from "../../src/engine/workbook";
import { toCellValue } from "../../src/xlsx/cellValues";
import { snapshotOf } from "../../src/xlsx/read";
import { applyPlan } from "../../src/xlsx/write";
import type { CellReference, WorkbookPort } from "../workbook/WorkbookPort";

export const SAMPLE_URL = "assets/national-sample.xlsx";

/** What the end-to-end tests may read of the preview's workbook (read-only). */
export interface PreviewTestHook {
  sheetNames(): string[];
  rows(sheet: string): CellValue[][];
  highlighted(): { sheet: string; cell: string | null } | null;
}

function rowsOf(wb: ExcelJS.Workbook, sheet: string): CellValue[][] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return [];
  const out: CellValue[][] = [];
  ws.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    out.push(values.map((v) => toCellValue(v)));
  });
  return out;
}

function blockOf(wb: ExcelJS.Workbook, r: CellReference): CellValue[][] {
  const target = wb.getWorksheet(r.sheet);
  if (!target) throw new Error(`There is no sheet ${r.sheet}`);
  const [from = "A1", to] = r.address.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to ?? from);
  const block: CellValue[][] = [];
  for (let row = a.row; row <= b.row; row++) {
    const line: CellValue[] = [];
    for (let column = a.column; column <= b.column; column++) line.push(toCellValue(target.getCell(row, column).value));
    block.push(line);
  }
  return block;
}

/** Loads the national sample into an in-browser workbook and gives the task pane's port to it. */
export async function loadPreviewWorkbook(): Promise<{ port: WorkbookPort; hook: PreviewTestHook }> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`The national sample could not be loaded from ${SAMPLE_URL} (${response.status}).`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  let highlighted: { sheet: string; cell: string | null } | null = null;
  const port: WorkbookPort = {
    kind: "preview",
    readSnapshot: async () => snapshotOf(wb),
    applyPlan: async (plan) => {
      // The sample already has every input sheet: only output sheets may be written here.
      applyPlan(wb, assertOutputOnly(plan));
    },
    showCell: async (sheet, cell) => {
      if (!wb.getWorksheet(sheet)) throw new Error(`There is no sheet ${sheet}`);
      highlighted = { sheet, cell };
    },
    readSelection: async (references) => {
      if (!highlighted?.cell) return null;
      const ws = wb.getWorksheet(highlighted.sheet);
      const cell = ws?.getCell(highlighted.cell);
      const formula = cell?.formula ? `=${cell.formula}` : "";
      const selected = { sheet: highlighted.sheet, address: highlighted.cell, formula, value: toCellValue(cell?.value) };
      return { selected, values: references(selected).map((r) => blockOf(wb, r)) };
    },
    readRanges: async (references) => references.map((r) => blockOf(wb, r)),
    insertSample: async () => {
      throw new Error("The preview's workbook already holds the national sample.");
    },
  };
  const hook: PreviewTestHook = {
    sheetNames: () => wb.worksheets.map((ws) => ws.name),
    rows: (sheet) => (outputSheets.includes(sheet) || wb.getWorksheet(sheet) ? rowsOf(wb, sheet) : []),
    highlighted: () => highlighted,
  };
  return { port, hook };
}
