/**
 * Hidden input sheets, merged cells and values outside a table, as the Office adapter reads them:
 * in the snapshot, as findings of the checker, and still in one sync; the same as the .xlsx reader.
 */
import ExcelJS from "exceljs";
import { checkWorkbook, firstStrayCell, newWorkbookPlan, type WorkbookSnapshot } from "../../../../src/engine/workbook";
import { applyPlan } from "../../../../src/xlsx/write";
import { snapshotOf } from "../../../../src/xlsx/read";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { CELL_BUDGET } from "../../../../taskpane/office/chunks";
import { canReadMergedAreas, readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { hiddenState, rangesOfAreas } from "../../../../taskpane/office/sheetState";
import { validRows } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

const about = { assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true };
const plan = () => newWorkbookPlan(about, validRows());
const codes = ["sheet-hidden", "merged-cells", "cell-outside-table"];

async function templateInExcel(options = {}): Promise<FakeExcel> {
  const excel = new FakeExcel(options);
  await excel.run((context) => applyPlanIn(context, plan()));
  return excel;
}

/** A template with Forces hidden, Rules very hidden, two merges on Data, a value beside Data's table and one beside About's (after a cell of spaces); and a hidden sheet of the user's own, with the same, which is not the template's business. */
async function untidyInExcel(options = {}): Promise<FakeExcel> {
  const excel = await templateInExcel(options);
  const sheet = (name: string) => excel.sheet(name) ?? excel.addSheet(name);
  sheet("Forces").visibility = "Hidden";
  sheet("Rules").visibility = "VeryHidden";
  sheet("Data").merges.push("H2:I3", "K40:L40");
  excel.put("Data", "J5", [["a note"]]);
  excel.put("About", "D2", [["   "], ["checked by Jo"]]);
  const notes = sheet("My notes");
  notes.visibility = "Hidden";
  notes.merges.push("A1:B1");
  excel.put("My notes", "A1", [["x"]]);
  return excel;
}

const expected = {
  hiddenSheets: [{ sheet: "Forces", state: "hidden" }, { sheet: "Rules", state: "very hidden" }],
  mergedRanges: [{ sheet: "Data", range: "H2:I3" }, { sheet: "Data", range: "K40:L40" }],
  strayCells: [{ sheet: "About", cell: "D3" }, { sheet: "Data", cell: "J5" }],
};

const found = (snapshot: WorkbookSnapshot) => checkWorkbook(snapshot).filter((f) => codes.includes(f.code)).map((f) => [f.severity, f.code, f.sheet, f.cell]);

describe("Office adapter: hidden sheets, merged cells and values outside a table", () => {
  it("fills the snapshot and the checker's findings, reading in one sync", async () => {
    const excel = await untidyInExcel();
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context, CELL_BUDGET, true));
    expect(sync).toHaveBeenCalledTimes(1);
    expect({ hiddenSheets: snapshot.hiddenSheets, mergedRanges: snapshot.mergedRanges, strayCells: snapshot.strayCells }).toEqual(expected);
    expect(found(snapshot)).toEqual([
      ["warning", "cell-outside-table", "About", "D3"],
      ["warning", "sheet-hidden", "Forces", "A1"],
      ["error", "merged-cells", "Data", "H2"],
      ["warning", "cell-outside-table", "Data", "J5"],
      ["error", "merged-cells", "Data", "K40"],
      ["warning", "sheet-hidden", "Rules", "A1"],
    ]);
  });

  it("leaves the fields out of a tidy template's snapshot, and finds nothing", async () => {
    const excel = await templateInExcel();
    const snapshot = await excel.run((context) => readSnapshotIn(context, CELL_BUDGET, true));
    expect(snapshot).not.toHaveProperty("hiddenSheets");
    expect(snapshot).not.toHaveProperty("mergedRanges");
    expect(snapshot).not.toHaveProperty("strayCells");
    expect(found(snapshot)).toEqual([]);
  });

  it("says the same as the .xlsx reader of the same workbook", async () => {
    const excel = await untidyInExcel();
    const office = await excel.run((context) => readSnapshotIn(context, CELL_BUDGET, true));
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, plan());
    wb.getWorksheet("Forces")!.state = "hidden";
    wb.getWorksheet("Rules")!.state = "veryHidden";
    wb.getWorksheet("Data")!.mergeCells("H2:I3");
    wb.getWorksheet("Data")!.mergeCells("K40:L40");
    wb.getWorksheet("Data")!.getCell("J5").value = "a note";
    wb.getWorksheet("About")!.getCell("D2").value = "   ";
    wb.getWorksheet("About")!.getCell("D3").value = "checked by Jo";
    const xlsx = snapshotOf(wb);
    expect({ hiddenSheets: xlsx.hiddenSheets, mergedRanges: xlsx.mergedRanges, strayCells: xlsx.strayCells }).toEqual(expected);
    expect(found(office)).toEqual(found(xlsx));
  });

  it("skips merges where Excel cannot list them (before ExcelApi 1.13), still in one sync", async () => {
    const excel = await untidyInExcel();
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context, CELL_BUDGET, false));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(snapshot).not.toHaveProperty("mergedRanges");
    expect(snapshot.hiddenSheets).toEqual(expected.hiddenSheets);
    expect(snapshot.strayCells).toEqual(expected.strayCells);
  });

  it("asks Office whether ExcelApi 1.13 is there, and reads no merges when it cannot tell", async () => {
    const global = globalThis as { Office?: unknown };
    const asked: string[] = [];
    try {
      expect(canReadMergedAreas()).toBe(false);
      for (const supported of [true, false]) {
        global.Office = { context: { requirements: { isSetSupported: (set: string, version: string) => (asked.push(`${set} ${version}`), supported) } } };
        expect(canReadMergedAreas()).toBe(supported);
        const excel = await untidyInExcel();
        const snapshot = await excel.run((context) => readSnapshotIn(context));
        expect(snapshot.mergedRanges).toEqual(supported ? expected.mergedRanges : undefined);
      }
    } finally {
      delete global.Office;
    }
    expect(asked).toContain("ExcelApi 1.13");
  });

  it("reads them too when the sheets are read again in slices", async () => {
    const excel = await untidyInExcel({ maxCellsPerSync: 300 });
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context, 300, true));
    expect(sync.mock.calls.length).toBeGreaterThan(2);
    expect({ hiddenSheets: snapshot.hiddenSheets, mergedRanges: snapshot.mergedRanges, strayCells: snapshot.strayCells }).toEqual(expected);
  });
});

describe("Office adapter: sheet state, pure parts", () => {
  it("reads office.js's visibility as the snapshot's hidden state", () => {
    expect([hiddenState("Visible"), hiddenState("Hidden"), hiddenState("VeryHidden"), hiddenState(undefined)]).toEqual([undefined, "hidden", "very hidden", undefined]);
  });

  it("splits a RangeAreas address into ranges without their sheet", () => {
    expect(rangesOfAreas("Data!A1:B2, 'My data, 2008'!$D$4:$E$5,Data!c7:d7")).toEqual(["A1:B2", "D4:E5", "C7:D7"]);
    expect(rangesOfAreas("")).toEqual([]);
  });

  it("finds the first value outside a table in a used range that does not start at A1", () => {
    const table = { sheet: "Data", table: "Data", isExcelTable: false, headerRow: 3, firstColumn: 2, columns: ["A", "B"], rows: [[1, 2]] };
    // The used range starts at B3: the table is B3:C4.
    expect(firstStrayCell([["A", "B"], [1, 2]], { row: 3, column: 2 }, table)).toBeUndefined();
    expect(firstStrayCell([["A", "B", null], [1, 2, " "], [null, null, "x"]], { row: 3, column: 2 }, table)).toBe("D5");
    expect(firstStrayCell([["A", "B", { error: "#N/A" }], [1, 2, null]], { row: 3, column: 2 }, table)).toBe("D3");
  });
});
