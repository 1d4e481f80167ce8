import { checkWorkbook } from "../../../src/engine/workbook";
import { validSnapshot } from "./builders";

describe("merged cells", () => {
  it("on an input sheet are an error at the merge's first cell: one value would be read as many", () => {
    const s = { ...validSnapshot(), mergedRanges: [{ sheet: "Data", range: "D2:E3" }] };
    const merged = checkWorkbook(s).filter((f) => f.code === "merged-cells");
    expect(merged.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Data", "D2"]]);
    expect(merged[0]?.message).toBe("Cells D2:E3 on the Data sheet are merged, so one value shows in several cells and cannot be read cell by cell.");
  });
  // On the add-in's own output sheets they are not gathered at all: see buildSnapshot.test.ts.
});

describe("hidden sheets and values outside a table", () => {
  it("are warnings: the data are read, but people should see what is assessed and what is not", () => {
    const s = { ...validSnapshot(), hiddenSheets: [{ sheet: "Finance", state: "very hidden" as const }], strayCells: [{ sheet: "Data", cell: "A1048576" }] };
    const found = checkWorkbook(s).filter((f) => f.code === "sheet-hidden" || f.code === "cell-outside-table");
    expect(found.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ["warning", "cell-outside-table", "Data", "A1048576"],
      ["warning", "sheet-hidden", "Finance", "A1"],
    ]);
  });
});
