import { checkWorkbook, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { setCell, validSnapshot, withTable } from "./builders";

// Cell addresses follow builders.ts: every table starts at A1, data from row 2. Survey D = Percentage;
// rows 2-4 are Kent's satisfaction 2006/07, 2007/08, 2008/09 (82.5 each); Data D = Numerator.
const found = (s: WorkbookSnapshot) => checkWorkbook(s).map((f) => [f.code, f.severity, f.sheet, f.cell]);
const withNote = (s: WorkbookSnapshot, sheet: string, note: TableSnapshot["notes"]) => withTable(s, sheet, (t) => ({ ...t, notes: note ?? [] }));

describe("percentages that look like fractions", () => {
  it("warns of 0.401 beside the force's other years above 1, naming the cell and 40.1", () => {
    const s = validSnapshot((r) => setCell(r, "Survey", 2, 3, 0.401));
    expect(found(s)).toEqual([["percent-as-fraction", "warning", "Survey", "D4"]]);
    const [f] = checkWorkbook(s);
    expect(f?.message).toContain("Survey D4 is 0.401");
    expect(f?.message).toContain("82.5 (2006/07) and 82.5 (2007/08)");
    expect(f?.fix.cli).toContain("Did you mean 40.1?");
  });

  it("warns of a number formatted as a percentage even when every year is a fraction", () => {
    const s = validSnapshot((r) => [0, 1, 2].forEach((i) => setCell(r, "Survey", i, 3, 0.825)));
    expect(found(s)).toEqual([]);
    const noted = withNote(s, "Survey", [{ row: 1, column: 3, percentFormat: true }]);
    expect(found(noted)).toEqual([["percent-as-fraction", "warning", "Survey", "D3"]]);
    expect(checkWorkbook(noted)[0]?.fix.cli).toContain("Did you mean 82.5?");
  });

  it("leaves alone 1.5 beside other years (above 1 is a real percentage), 0, and a year whose peers are small too", () => {
    expect(found(validSnapshot((r) => setCell(r, "Survey", 2, 3, 1.5)))).toEqual([]);
    expect(found(validSnapshot((r) => setCell(r, "Survey", 2, 3, 0)))).toEqual([]);
    expect(found(withNote(validSnapshot((r) => setCell(r, "Survey", 2, 3, 0)), "Survey", [{ row: 2, column: 3, percentFormat: true }]))).toEqual([]);
    expect(found(validSnapshot((r) => [0, 1, 2].forEach((i) => setCell(r, "Survey", i, 3, 0.5))))).toEqual([]);
  });
});

describe("a formula saved without its result", () => {
  it("is reported as such, not as blank, with the cell and the formula", () => {
    const s = withNote(validSnapshot((r) => setCell(r, "Data", 0, 3, null)), "Data", [{ row: 0, column: 3, formulaWithoutResult: "=1000+15" }]);
    // In a figure column of one force's row it is a warning: that figure is left out (issue 11, item 6).
    expect(found(s)).toEqual([["formula-without-result", "warning", "Data", "D2"]]);
    const [f] = checkWorkbook(s);
    expect(f?.message).toContain("Data D2 holds the formula =1000+15");
    expect(f?.fix.cli).toContain("Open the workbook in Excel or LibreOffice Calc and save it");
  });
});

describe("an assessment year with no figures", () => {
  it("is one error at About's year, with no missing-year warnings", () => {
    const s = withTable(validSnapshot(), "About", (t) => ({ ...t, rows: t.rows.map((r) => (r[0] === "Assessment year" ? [r[0], "2009/10"] : r)) }));
    const findings = checkWorkbook(s);
    expect(findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([["year-without-data", "error", "About"]]);
    expect(findings[0]?.cell).toMatch(/^B\d+$/);
    expect(findings[0]?.message).toContain("years with figures: 2006/07, 2007/08, 2008/09");
  });
});

describe("the Assessment sheet", () => {
  const columns = ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"];
  const withAssessment = (rows: CellValue[][]): WorkbookSnapshot => {
    const s = validSnapshot();
    return { ...s, sheets: [...s.sheets, "Assessment"], tables: [...s.tables, { sheet: "Assessment", table: "Assessment", isExcelTable: true, headerRow: 1, firstColumn: 1, columns, rows }] };
  };
  const row = (final: string | null, reason: string | null, status: string): CellValue[] => ["Kent", "Local Crime and Policing", "Good", final, reason, "A. Assessor", "2009-06-30", status];

  it("finds a misspelt and a lower-case grade, an override with no reason and an unknown status, with the cells", () => {
    const s = withAssessment([row("Excelent", "Strong evidence", "Final"), row("good", null, "Final"), row("Fair", null, "Final"), row("Fair", null, "Draft"), row(null, null, "Finished")]);
    expect(found(s)).toEqual([
      ["unknown-grade", "error", "Assessment", "D2"],
      ["unknown-grade", "error", "Assessment", "D3"],
      ["override-without-reason", "error", "Assessment", "E4"],
      ["override-without-reason", "warning", "Assessment", "E5"],
      ["unknown-status", "warning", "Assessment", "H6"],
    ]);
    const fixes = checkWorkbook(s).map((f) => f.fix.cli);
    expect(fixes[0]).toContain('Did you mean "Excellent"?');
    expect(fixes[1]).toContain('Did you mean "Good"?');
  });

  it("accepts Final rows with a Scale grade, the recommendation, or an override with its reason", () => {
    expect(found(withAssessment([row("Good", null, "Final"), row(null, null, "Final"), row("Fair", "Two red flags", "Final"), row(null, null, "Shared for comment")]))).toEqual([]);
  });
});
