import { emptyTemplatePlan, inputSheets, inputSheetsTouched, assertOutputOnly, checkWorkbook, snapshotOfPlan, cellAddress, columnLetters, template, templateChangelog, TEMPLATE_VERSION, type WritePlan } from "../../../src/engine/workbook";

describe("the template and write plans", () => {
  it("defines eleven input tables, each named after its sheet", () => {
    expect(template.map((t) => t.name)).toEqual(["About", "Forces", "MSG", "Data", "Finance", "Survey", "Evidence", "Actions", "Rules", "Scale", "Responses"]);
    expect(template.every((t) => t.name === t.sheet)).toBe(true);
  });

  it("records the current version last in the changelog", () => {
    expect(templateChangelog.at(-1)?.version).toBe(TEMPLATE_VERSION);
  });

  it("writes an empty template that the checker passes", () => {
    expect(checkWorkbook(snapshotOfPlan(emptyTemplatePlan()))).toEqual([]);
  });

  it("never writes input sheets in a plan for an existing workbook", () => {
    const output: WritePlan = { createSheets: ["Assessment"], tables: [], writes: [{ sheet: "Assessment", topLeft: "A1", values: [["Kent"]] }] };
    expect(inputSheetsTouched(output)).toEqual([]);
    expect(assertOutputOnly(output)).toBe(output);
    const bad: WritePlan = { ...output, writes: [{ sheet: "Data", topLeft: "D2", values: [[1]] }] };
    expect(inputSheetsTouched(bad)).toEqual(["Data"]);
    expect(() => assertOutputOnly(bad)).toThrow("Data");
    expect(inputSheetsTouched(emptyTemplatePlan())).toEqual(inputSheets);
  });

  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
  ])("column %i is %s", (n, letters) => expect(columnLetters(n)).toBe(letters));

  it("computes a cell address from the header row and first column", () => {
    // Header in C5 (row 5, column 3): data row 0 is sheet row 6; column "Year" is the second, D.
    const table = { sheet: "Data", table: "Data", isExcelTable: true, headerRow: 5, firstColumn: 3, columns: ["Force", "Year"], rows: [] };
    expect(cellAddress(table, 0, "Year")).toBe("D6");
    expect(cellAddress(table, -1, "force")).toBe("C5");
    expect(cellAddress(table, 0, "Nope")).toBeUndefined();
  });
});
