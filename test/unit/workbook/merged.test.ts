import { checkWorkbook } from "../../../src/engine/workbook";
import { validSnapshot } from "./builders";

describe("merged cells", () => {
  it("on an input sheet are an error at the merge's first cell: one value would be read as many", () => {
    const s = { ...validSnapshot(), mergedRanges: [{ sheet: "Data", range: "D2:E3" }] };
    const merged = checkWorkbook(s).filter((f) => f.code === "merged-cells");
    expect(merged.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Data", "D2"]]);
    expect(merged[0]?.message).toBe("Cells D2:E3 on the Data sheet are merged, so one value shows in several cells and cannot be read cell by cell.");
  });

  it("on the add-in's own output sheets are left alone", () => {
    const s = { ...validSnapshot(), mergedRanges: [{ sheet: "Report", range: "A1:B1" }] };
    expect(checkWorkbook(s).filter((f) => f.code === "merged-cells")).toEqual([]);
  });
});
