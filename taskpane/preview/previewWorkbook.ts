/**
 * The preview's workbook: the national sample loaded in the browser through ExcelJS (the same .xlsx
 * library and adapter as the `ra` command), read and written with the engine's plans. This module and
 * ExcelJS are loaded only by the preview, never by the Office page.
 */
import ExcelJS from "exceljs";
import { assertOutputOnly, inputSheets, outputSheets, parseAddress, type CellValue } from "../../src/engine/workbook";
import { faceText } from "../../src/engine/messages/faceText";
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
  /**
   * Deletes the rows of an input sheet whose cells equal every value given by column heading, as a
   * person would in Excel, to try the pane on a workbook with gaps. Returns how many were deleted.
   */
  deleteRows(sheet: string, match: Readonly<Record<string, string>>): number;
  /** Types a value into a cell, as a person would in Excel. */
  setCell(sheet: string, address: string, value: string | number | null): void;
}

/** The preview opens the national sample, or an empty workbook with `?workbook=empty`. */
export type PreviewStart = "sample" | "empty";

async function loadSample(): Promise<ExcelJS.Workbook> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(faceText.pane.sampleNotLoaded(response.status));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  return wb;
}

function emptyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  return wb;
}

const hasInputSheets = (wb: ExcelJS.Workbook) => wb.worksheets.some((ws) => inputSheets.includes(ws.name));

function deleteMatching(wb: ExcelJS.Workbook, sheet: string, match: Readonly<Record<string, string>>): number {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return 0;
  const headings = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const wanted = Object.entries(match).map(([heading, value]) => ({ column: headings.indexOf(heading), value }));
  if (wanted.some((w) => w.column < 1)) return 0;
  let deleted = 0;
  for (let row = ws.rowCount; row >= 2; row--) {
    if (wanted.every((w) => String(ws.getRow(row).getCell(w.column).value ?? "") === w.value)) {
      ws.spliceRows(row, 1);
      deleted++;
    }
  }
  // The table below the deleted rows ends that many rows higher.
  const shrink = (ref: string | undefined) => {
    const to = ref?.split(":")[1];
    return ref && to ? ref.replace(/\d+$/, String(parseAddress(to).row - deleted)) : ref;
  };
  for (const table of Object.values((ws as unknown as { tables?: Record<string, { table?: { ref?: string; tableRef?: string } }> }).tables ?? {})) {
    if (!table.table) continue;
    const ref = shrink(table.table.ref);
    const tableRef = shrink(table.table.tableRef);
    if (ref) table.table.ref = ref;
    if (tableRef) table.table.tableRef = tableRef;
  }
  return deleted;
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

/** Loads the national sample (or an empty workbook) into an in-browser workbook and gives the task pane's port to it. */
export async function loadPreviewWorkbook(start: PreviewStart = "sample"): Promise<{ port: WorkbookPort; hook: PreviewTestHook }> {
  let wb = start === "empty" ? emptyWorkbook() : await loadSample();
  let highlighted: { sheet: string; cell: string | null } | null = null;
  const port: WorkbookPort = {
    kind: "preview",
    drawsCharts: false,
    readSnapshot: async () => snapshotOf(wb),
    applyPlan: async (plan) => {
      // Input sheets are written only into a workbook that has none (the template); otherwise only output sheets.
      applyPlan(wb, hasInputSheets(wb) ? assertOutputOnly(plan) : plan);
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
      if (hasInputSheets(wb)) throw new Error("The preview's workbook already has input sheets.");
      wb = await loadSample();
    },
  };
  const hook: PreviewTestHook = {
    sheetNames: () => wb.worksheets.map((ws) => ws.name),
    rows: (sheet) => (outputSheets.includes(sheet) || wb.getWorksheet(sheet) ? rowsOf(wb, sheet) : []),
    highlighted: () => highlighted,
    deleteRows: (sheet, match) => deleteMatching(wb, sheet, match),
    setCell: (sheet, address, value) => {
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`There is no sheet ${sheet}`);
      ws.getCell(address).value = value;
    },
  };
  return { port, hook };
}
