/**
 * The engine's one snapshot builder, fed plain grids as a reader hands them over. Every expected
 * address and row below is worked out by hand from the grid laid out in the test.
 */
import { buildSnapshot, checkWorkbook, type CellValue, type SheetGrid, type WorkbookGrids } from "../../../src/engine/workbook";

function book(grids: Record<string, SheetGrid>, extraSheets: string[] = []): WorkbookGrids {
  const sheets = [...Object.keys(grids), ...extraSheets];
  return { sheets, tables: Object.entries(grids).flatMap(([sheet, g]) => g.tables.map((t) => ({ name: t.name, sheet }))), grid: (s) => grids[s] };
}

const grid = (cells: (CellValue[] | undefined)[], more: Partial<SheetGrid> = {}): SheetGrid => ({ cells, origin: { row: 1, column: 1 }, tables: [], ...more });

describe("buildSnapshot: finding tables", () => {
  it("finds a table by its header row in a grid that does not start at A1, and the first value outside it", () => {
    // The grid starts at C4: the header row is sheet row 5 (C5:D5), data rows 6 and 7; "note" is at E7.
    const scale = grid([[null, null, null], ["Grade", "Order", null], ["Good", 1, null], ["Poor", 2, "note"]], { origin: { row: 4, column: 3 } });
    const s = buildSnapshot(book({ Scale: scale }));
    expect(s.tables).toEqual([{ sheet: "Scale", table: "Scale", isExcelTable: false, headerRow: 5, firstColumn: 3, columns: ["Grade", "Order"], rows: [["Good", 1], ["Poor", 2]] }]);
    expect(s.strayCells).toEqual([{ sheet: "Scale", cell: "E7" }]);
  });

  it("reads a table by its Excel table range when the reader gives it, blank rows and headings included", () => {
    // Table B2:D4: header B2:D2 with a blank heading in D2, a blank row 4.
    const cells = [undefined, [null, "Grade", "Order", null], [null, "Good", 1, null], [null, null, null, null]];
    const s = buildSnapshot(book({ Scale: grid(cells, { tables: [{ name: "Grades", ref: "B2:D4" }] }) }));
    expect(s.tables).toEqual([{ sheet: "Scale", table: "Grades", isExcelTable: true, headerRow: 2, firstColumn: 2, columns: ["Grade", "Order", ""], rows: [["Good", 1, null], [null, null, null]] }]);
  });

  it("names the table after the sheet's Excel table when the reader gives no range, and finds it by its header row", () => {
    const s = buildSnapshot(book({ Scale: grid([["Grade", "Order"], ["Good", 1]], { tables: [{ name: "MyScale" }] }) }));
    expect(s.tables[0]).toMatchObject({ table: "MyScale", isExcelTable: true, headerRow: 1, firstColumn: 1 });
  });

  it("searches the 20 rows from the first with a value, so a header on row 30 under blank rows is found", () => {
    const cells: (CellValue[] | undefined)[] = Array.from({ length: 29 }, () => undefined);
    cells.push(["Grade", "Order"], ["Good", 1]);
    expect(buildSnapshot(book({ Scale: grid(cells) })).tables[0]).toMatchObject({ headerRow: 30, rows: [["Good", 1]] });
  });

  it("finds nothing where fewer than half the spec's headings are there", () => {
    // Forces has more than four columns, so two headings are under half.
    expect(buildSnapshot(book({ Forces: grid([["Force", "Region"], ["Kent", "South East"]]) })).tables).toEqual([]);
  });

  it("reads an input table from a renamed sheet as the template's, and says so", () => {
    const s = buildSnapshot(book({ "Grades 2008": grid([["Grade", "Order"], ["Good", 1]], { tables: [{ name: "Scale", ref: "A1:B2" }] }) }));
    expect(s.renamedSheets).toEqual([{ sheet: "Scale", foundOn: "Grades 2008" }]);
    expect(s.tables[0]).toMatchObject({ sheet: "Scale", table: "Scale", rows: [["Good", 1]] });
  });

  it("reads About into the snapshot's about, and Coverage as a table", () => {
    const about = grid([["Item", "Value"], ["Template version", "1.1"], ["Assessment year", "2008/09"]]);
    const coverage = grid([["Data set id", "Year", "Status", "Forces", "Which forces", "Source"], ["robbery", "2008/09", "real", 43, "All forces", "ONS"]]);
    const s = buildSnapshot(book({ About: about, Coverage: coverage }));
    expect(s.about).toEqual({ "Template version": "1.1", "Assessment year": "2008/09" });
    expect(s.tables.map((t) => t.sheet)).toEqual(["About", "Coverage"]);
  });

  it("notes numbers shown as percentages and formulas saved with no result, from the reader's cell detail", () => {
    // Survey-like Scale: B2 is 0.5 shown as "0%", A3 a formula with no result.
    const detail = (row: number, column: number) => (row === 2 && column === 2 ? { numberFormat: "0%" } : row === 3 && column === 1 ? { formulaWithoutResult: "=A2" } : undefined);
    const s = buildSnapshot(book({ Scale: grid([["Grade", "Order"], ["Good", 0.5], [null, 2]], { detail }) }));
    expect(s.tables[0]?.notes).toEqual([{ row: 0, column: 1, percentFormat: true }, { row: 1, column: 0, formulaWithoutResult: "=A2" }]);
  });
});

describe("buildSnapshot: hidden sheets, merged cells and stray values are the input sheets' only", () => {
  const tidy = () => grid([["Grade", "Order"], ["Good", 1]]);
  const report = () => grid([["Force", "Domain", "Question", "Answer", "Reading ease"], ["Kent", "x", "y", "z", 60], [null, null, null, null, null, "stray"]], { hidden: "hidden", mergedRanges: ["A1:B1"] });

  it("gathers them on an input sheet", () => {
    const s = buildSnapshot(book({ Scale: { ...tidy(), hidden: "very hidden", mergedRanges: ["D2:E3"], cells: [["Grade", "Order"], ["Good", 1, null, "x"]] } }));
    expect({ hiddenSheets: s.hiddenSheets, mergedRanges: s.mergedRanges, strayCells: s.strayCells }).toEqual({
      hiddenSheets: [{ sheet: "Scale", state: "very hidden" }],
      mergedRanges: [{ sheet: "Scale", range: "D2:E3" }],
      strayCells: [{ sheet: "Scale", cell: "D2" }],
    });
  });

  it("leaves them out on the add-in's output sheets, so the checker has nothing to filter", () => {
    const s = buildSnapshot(book({ Scale: tidy(), Report: report() }));
    expect(s.tables.map((t) => t.sheet)).toEqual(["Scale", "Report"]);
    expect(s).not.toHaveProperty("hiddenSheets");
    expect(s).not.toHaveProperty("mergedRanges");
    expect(s).not.toHaveProperty("strayCells");
  });

  it("and the checker reports every one it is given", () => {
    const s = buildSnapshot(book({ Scale: { ...tidy(), mergedRanges: ["D2:E3"] } }));
    expect(checkWorkbook(s).filter((f) => f.code === "merged-cells").map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Scale", "D2"]]);
  });
});
