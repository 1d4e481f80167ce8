import { faceText } from "../../src/engine/messages/faceText";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { applyPlanIn } from "./applyPlan";
import { readSnapshotIn } from "./readSnapshot";
import { insertSheetsIn, readRangesIn, readSelectionIn, selectCellIn } from "./selection";

/** Where the national sample is served from, beside the task pane page. */
export const SAMPLE_URL = "assets/national-sample.xlsx";

/**
 * The workbook open in Excel, through office.js: each method is one Excel.run. Applying a plan that
 * carries charts (an assessment's) also draws them (see ./charts), in the same run and final sync.
 * Only this adapter draws charts: ExcelJS, which the .xlsx path (`ra assess`, the preview) writes
 * with, cannot, so workbooks written there have no Charts sheet.
 */
export function officeWorkbook(): WorkbookPort {
  return {
    kind: "excel",
    drawsCharts: true,
    readSnapshot: () => Excel.run((context) => readSnapshotIn(context)),
    applyPlan: async (plan) => {
      await Excel.run((context) => applyPlanIn(context, plan));
    },
    showCell: (sheet, cell) => Excel.run((context) => selectCellIn(context, sheet, cell)),
    readSelection: (references) => Excel.run((context) => readSelectionIn(context, references)),
    readRanges: (references) => Excel.run((context) => readRangesIn(context, references)),
    insertSample: async () => {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(faceText.pane.sampleNotLoaded(response.status));
      const bytes = new Uint8Array(await response.arrayBuffer());
      await Excel.run((context) => insertSheetsIn(context, bytes));
    },
  };
}
