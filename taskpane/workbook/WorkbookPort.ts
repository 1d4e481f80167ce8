import type { CellValue, WorkbookSnapshot, WritePlan } from "../../src/engine/workbook";

/** The cell the user has selected, with its formula (or its value when it holds none). */
export interface SelectedCell {
  readonly sheet: string;
  /** A1 address, without the sheet. */
  readonly address: string;
  /** The formula as written ("=RA.CRIMERATE(B2,C2)"), or "" when the cell holds a plain value. */
  readonly formula: string;
  readonly value: CellValue;
}

/** A reference inside a formula: a sheet (or the selected cell's sheet) and an A1 cell or range. */
export interface CellReference {
  readonly sheet: string;
  readonly address: string;
}

/**
 * What the task pane needs of a workbook, whichever holds it: Excel through office.js, or the
 * preview's in-browser workbook. Each method is one user action (one Excel.run in Office).
 */
export interface WorkbookPort {
  readonly kind: "excel" | "preview";
  /** Whether applyPlan draws a plan's charts (Excel does; the preview's workbook cannot hold charts). */
  readonly drawsCharts: boolean;
  /** The template and output tables as the engine reads them. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Applies a write plan (sheets, tables, values). */
  applyPlan(plan: WritePlan): Promise<void>;
  /** Shows a cell to the user: selects it in Excel, highlights it in the preview. A null cell shows the sheet. */
  showCell(sheet: string, cell: string | null): Promise<void>;
  /** The selected cell and, in the same action, the values of the references its formula names. */
  readSelection(references: (selected: SelectedCell) => readonly CellReference[]): Promise<{ selected: SelectedCell; values: readonly (readonly CellValue[])[][] } | null>;
  /** The values of some cells or ranges (a formula's references), in one action. */
  readRanges(references: readonly CellReference[]): Promise<CellValue[][][]>;
  /** Adds the national sample's sheets to the workbook (only into a workbook with no input sheets). */
  insertSample(): Promise<void>;
}
