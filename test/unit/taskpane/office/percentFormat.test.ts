/**
 * A percentage typed the Excel way (40.1% is stored as 0.401 with a % number format), as the Office
 * adapter reads it: the number format is loaded with the values in the same single sync, becomes a
 * note in the snapshot, and gives the same finding as the .xlsx reader does for the same cell.
 */
import ExcelJS from "exceljs";
import { checkWorkbook, isPercentFormat, newWorkbookPlan, type WorkbookSnapshot } from "../../../../src/engine/workbook";
import { snapshotOf } from "../../../../src/xlsx/read";
import { applyPlan } from "../../../../src/xlsx/write";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { CELL_BUDGET } from "../../../../taskpane/office/chunks";
import { readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { validRows } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

const about = { assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true };
const percentFindings = (s: WorkbookSnapshot) => checkWorkbook(s).filter((f) => f.code === "percent-as-fraction").map((f) => [f.sheet, f.cell, f.params.suggestion]);

describe("a number shown as a percentage", () => {
  // Survey row 3 is Kent 2007/08 satisfaction (builders.ts); every year is made 0.825 so that only
  // the format can tell that 82.5 was meant.
  const rows = () => {
    const r = validRows();
    for (const i of [0, 1, 2]) (r.Survey as (string | number | null)[][])[i]![3] = 0.825;
    return r;
  };

  it("the Office adapter notes it from the number format, in one sync", async () => {
    const excel = new FakeExcel();
    await excel.run((context) => applyPlanIn(context, newWorkbookPlan(about, rows())));
    excel.sheet("Survey")!.formats.set("3,4", "0.0%");
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context, CELL_BUDGET, true));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(snapshot.tables.find((t) => t.sheet === "Survey")?.notes).toEqual([{ row: 1, column: 3, percentFormat: true }]);
    expect(percentFindings(snapshot)).toEqual([["Survey", "D3", 82.5]]);
  });

  it("the .xlsx reader notes the same cell", () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, newWorkbookPlan(about, rows()));
    wb.getWorksheet("Survey")!.getCell("D3").numFmt = "0.0%";
    expect(percentFindings(snapshotOf(wb))).toEqual([["Survey", "D3", 82.5]]);
  });

  it.each([
    ["0.0%", true],
    ["0%;[Red]-0%", true],
    ['0.0" %"', false],
    ["0.0\\%", false],
    ["[$%-809]0.0", false],
    ["General", false],
    ["#,##0.0", false],
  ])("reads the number format %s as a percentage: %s", (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
  });
});
