import { checkWorkbook, emptyTemplatePlan, newWorkbookPlan, TEMPLATE_VERSION } from "../../../../src/engine/workbook";
import { fromExcelValue, toExcelValue } from "../../../../taskpane/office/cellValues";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { batches, rowSlices } from "../../../../taskpane/office/chunks";
import { readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { readSelectionIn, selectCellIn } from "../../../../taskpane/office/selection";
import { validRows } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

const about = { assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true };

async function workbookWithTemplate(options = {}): Promise<FakeExcel> {
  const excel = new FakeExcel(options);
  await excel.run((context) => applyPlanIn(context, newWorkbookPlan(about, validRows())));
  return excel;
}

describe("Office adapter: values", () => {
  it("writes text Excel would take for a formula with a leading apostrophe", () => {
    for (const text of ["=SUM(A1)", "+44 1234", "-5 offences", "@home", "\tindent", "\rreturn"]) expect(toExcelValue(text)).toBe(`'${text}`);
    expect(toExcelValue("Kent")).toBe("Kent");
    expect(toExcelValue(-5)).toBe(-5);
    expect(toExcelValue(null)).toBe("");
    expect(toExcelValue({ error: "#N/A" })).toBe("#N/A");
  });

  it("reads empty cells as blanks and error texts as Excel errors", () => {
    expect(fromExcelValue("")).toBeNull();
    expect(fromExcelValue("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(fromExcelValue("# of officers")).toBe("# of officers");
    expect(fromExcelValue(3)).toBe(3);
  });

  it("splits work under the cell budget", () => {
    expect(rowSlices(10, 4, 12)).toEqual([{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 9 }, { start: 9, end: 10 }]);
    expect(rowSlices(3, 50_000, 10)).toHaveLength(3);
    expect(batches([5, 5, 5, 20, 1], (n) => n, 10)).toEqual([[5, 5], [5], [20], [1]]);
  });
});

describe("Office adapter: syncs", () => {
  it("reads a template workbook for a check in one sync", async () => {
    const excel = await workbookWithTemplate();
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(snapshot.tables.map((t) => t.table)).toEqual(["About", "Forces", "MSG", "Data", "Finance", "Survey", "Evidence", "Actions", "Rules", "Scale", "Responses"]);
    expect(snapshot.about["Template version"]).toBe(TEMPLATE_VERSION);
    expect(checkWorkbook(snapshot).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("writes a whole template in two syncs, with calculation suspended for the writes", async () => {
    const excel = new FakeExcel();
    const sync = jest.spyOn(excel.context, "sync");
    const syncs = await excel.run((context) => applyPlanIn(context, emptyTemplatePlan()));
    expect(syncs).toBe(2);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(excel.batches.filter((b) => b.wrote).every((b) => b.suspended)).toBe(true);
    expect(excel.tables.map((t) => `${t.sheet}!${t.address}`)).toContain("Rules!A1:C28");
  });

  it("sends a plan larger than the budget in batches under it", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 1000 }, (_, i) => ["Kent", "2008/09", "robbery", i, null, "test"]);
    const syncs = await excel.run((context) => applyPlanIn(context, newWorkbookPlan(about, { Data: rows }), 2_000));
    expect(syncs).toBeGreaterThan(3);
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    expect(snapshot.tables.find((t) => t.table === "Data")?.rows).toHaveLength(1000);
  });

  it("reads in slices, with more syncs, only when Excel refuses a response as too large", async () => {
    const excel = await workbookWithTemplate({ maxCellsPerSync: 300 });
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context, 300));
    expect(sync.mock.calls.length).toBeGreaterThan(2);
    expect(excel.batches.slice(-sync.mock.calls.length + 3).every((b) => b.cellsLoaded <= 300)).toBe(true);
    expect(snapshot.tables.find((t) => t.table === "Data")?.rows).toHaveLength(18);
  });

  it("finds a table by its header row when it was renamed, and reports nothing for missing sheets", async () => {
    const excel = new FakeExcel();
    excel.put("Scale", "B3", [["Grade", "Order"], ["Good", 1], ["Poor", 2]]);
    excel.tables.push({ name: "MyScale", sheet: "Scale", address: "B3:C5" });
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    expect(snapshot.tables).toEqual([{ sheet: "Scale", table: "MyScale", isExcelTable: true, headerRow: 3, firstColumn: 2, columns: ["Grade", "Order"], rows: [["Good", 1], ["Poor", 2]] }]);
  });

  it("reads a template table found by its name on a renamed sheet, with the checker's warning, in two syncs (issue 12)", async () => {
    const excel = await workbookWithTemplate();
    const data = excel.sheet("Data");
    if (!data) throw new Error("The template has no Data sheet");
    data.name = "Data 2008-09";
    for (const t of excel.tables) if (t.sheet === "Data") t.sheet = "Data 2008-09";
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(snapshot.renamedSheets).toEqual([{ sheet: "Data", foundOn: "Data 2008-09" }]);
    expect(snapshot.tables.find((t) => t.table === "Data")).toMatchObject({ sheet: "Data", headerRow: 1, firstColumn: 1 });
    expect(snapshot.tables.find((t) => t.table === "Data")?.rows).toHaveLength(validRows().Data?.length ?? -1);
    const findings = checkWorkbook(snapshot).filter((f) => f.severity !== "info");
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["sheet-renamed", "warning", "Data 2008-09", "A1"]]);
  });

  it("does not take a renamed sheet's table when the template's sheet is there", async () => {
    const excel = await workbookWithTemplate();
    excel.put("Old data", "A1", [["Force", "Year"], ["Kent", "2007/08"]]);
    excel.tables.push({ name: "Data", sheet: "Old data", address: "A1:B2" });
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(snapshot.renamedSheets).toBeUndefined();
  });

  it("selects a finding's cell and reads the active cell's formula and its references in at most two syncs", async () => {
    const excel = await workbookWithTemplate();
    await excel.run((context) => selectCellIn(context, "Data", "D5"));
    expect(excel.active).toEqual({ sheet: "Data", address: "D5" });
    excel.sheet("Data")?.formulas.set("5,4", "=RA.CRIMERATE(D2,C2:C3)");
    const sync = jest.spyOn(excel.context, "sync");
    const read = await excel.run((context) => readSelectionIn(context, () => [{ sheet: "Data", address: "D2" }, { sheet: "Forces", address: "C2:C3" }]));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(read?.selected).toEqual({ sheet: "Data", address: "D5", formula: "=RA.CRIMERATE(D2,C2:C3)", value: 300 });
    expect(read?.values).toEqual([[[1000]], [[1_000_000], [1_000_000]]]);
  });
});
