import { checkWorkbook, type CellValue, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { setCell, validSnapshot, withTable } from "./builders";

const found = (s: WorkbookSnapshot) => checkWorkbook(s).map((f) => [f.code, f.severity, f.sheet, f.cell]);
type Rows = Record<string, CellValue[][]>;

describe("the workbook checker", () => {
  it("finds nothing wrong in a complete, sane workbook", () => {
    expect(checkWorkbook(validSnapshot())).toEqual([]);
  });

  // Columns by letter: Forces C = Population; Data B Year, C Data set id, D Numerator, E Denominator;
  // Survey D Percentage, E Sample size; Finance D Officer FTE; MSG B Peer; Evidence C Kind.
  it.each<[string, (r: Rows) => void, (string | null)[][]]>([
    ["a blank population", (r) => setCell(r, "Forces", 0, 2, null), [["blank-value", "error", "Forces", "C2"]]],
    ["a zero population", (r) => setCell(r, "Forces", 0, 2, 0), [["zero-denominator", "error", "Forces", "C2"]]],
    ["text for a number", (r) => setCell(r, "Data", 0, 3, "1,000"), [["not-a-number", "warning", "Data", "D2"]]],
    ["an Excel error", (r) => setCell(r, "Data", 0, 3, { error: "#DIV/0!" }), [["error-value", "warning", "Data", "D2"]]],
    ["a negative count", (r) => setCell(r, "Data", 0, 3, -3), [["negative-count", "warning", "Data", "D2"]]],
    ["a fractional count", (r) => setCell(r, "Data", 0, 3, 2.5), [["fractional-count", "warning", "Data", "D2"]]],
    ["a percentage over 100", (r) => setCell(r, "Survey", 0, 3, 120), [["out-of-range", "warning", "Survey", "D2"]]],
    ["a negative percentage", (r) => setCell(r, "Survey", 0, 3, -0.5), [["out-of-range", "warning", "Survey", "D2"]]],
    ["zero officer FTE", (r) => setCell(r, "Finance", 0, 3, 0), [["zero-denominator", "warning", "Finance", "D2"]]],
    // The misspelt row no longer counts as Kent's, so Kent's 2006/07 robbery row is missing too.
    ["a misspelt force", (r) => setCell(r, "Data", 0, 0, "Kentt"), [["missing-year", "warning", "Data", "B1"], ["force-not-found", "error", "Data", "A2"]]],
    ["a force as its own peer", (r) => setCell(r, "MSG", 0, 1, "Kent"), [["peer-is-force", "error", "MSG", "B2"]]],
    ["an unknown peer", (r) => setCell(r, "MSG", 0, 1, "Sussex"), [["force-not-found", "error", "MSG", "B2"]]],
    ["a blank offences count behind a detection rate", (r) => setCell(r, "Data", 1, 4, null), [["blank-value", "warning", "Data", "E3"]]],
    ["detections above offences", (r) => setCell(r, "Data", 1, 3, 1600), [["detections-exceed-offences", "warning", "Data", "D3"]]],
    ["a survey sample under 100", (r) => setCell(r, "Survey", 0, 4, 99), [["small-sample", "warning", "Survey", "E2"]]],
    ["a sample of exactly 100 (not under 100)", (r) => setCell(r, "Survey", 0, 4, 100), []],
    [
      // Kent 2006/07 1,000,000 -> 2007/08 1,200,000 is +20.0%; 2007/08 -> 2008/09 1,000,000 is -16.7%.
      "a population jumping 20% and back",
      (r) => setCell(r, "Forces", 1, 2, 1_200_000),
      [["population-jump", "warning", "Forces", "C3"], ["population-jump", "warning", "Forces", "C4"]],
    ],
    // 1,000,000 -> 1,100,000 is exactly +10%, not more than 10%; 1,100,000 -> 1,000,000 is -9.1%.
    ["a population change of exactly 10%", (r) => setCell(r, "Forces", 1, 2, 1_100_000), []],
    [
      // Row 4 (Kent 2007/08 robbery) now repeats row 2, so Kent's 2007/08 robbery row is missing.
      "a duplicate row",
      (r) => setCell(r, "Data", 2, 1, "2006/07"),
      [["missing-year", "warning", "Data", "B1"], ["duplicate-row", "error", "Data", "A4"]],
    ],
    ["a missing year", (r) => r.Data?.splice(0, 1), [["missing-year", "warning", "Data", "B1"]]],
    ["a year written as 2008-09", (r) => setCell(r, "Data", 0, 1, "2006-07"), [["missing-year", "warning", "Data", "B1"], ["bad-year", "error", "Data", "B2"]]],
    ["an unknown data set", (r) => setCell(r, "Survey", 0, 2, "satisfacton"), [["missing-year", "warning", "Survey", "B1"], ["unknown-data-set", "error", "Survey", "C2"]]],
    ["a survey data set in Data", (r) => setCell(r, "Data", 0, 2, "satisfaction"), [["missing-year", "warning", "Data", "B1"], ["data-set-wrong-table", "error", "Data", "C2"]]],
    ["a red flag with no action", (r) => r.Actions?.splice(0, 1), [["no-action-recorded", "warning", "Evidence", "C2"]]],
    ["an unknown kind of evidence", (r) => setCell(r, "Evidence", 0, 2, "Rumour"), [["unknown-option", "error", "Evidence", "C2"]]],
    ["a judgement of Poor with an action for another domain", (r) => {
      r.Evidence?.push(["Essex", "Confidence and Satisfaction", "Neighbourhood Policing judgement", "Poor", null, "test"]);
    }, [["no-action-recorded", "warning", "Evidence", "D3"]]],
  ])("finds %s", (_name, change, expected) => {
    expect(found(validSnapshot(change))).toEqual(expected);
  });

  it("finds a missing sheet, table and column, and a table renamed by hand", () => {
    let s = withTable(validSnapshot(), "Finance", () => undefined);
    s = { ...s, sheets: s.sheets.filter((x) => x !== "Finance") };
    s = withTable(s, "Actions", () => undefined); // sheet kept, table gone
    s = withTable(s, "Survey", (t) => ({ ...t, columns: t.columns.filter((c) => c !== "Sample size"), rows: t.rows.map((r) => r.filter((_, i) => i !== 4)) }));
    s = withTable(s, "Data", (t) => ({ ...t, table: "Table1" }));
    // Survey keeps eight columns (A-H), so the missing one would go in I1. With Actions gone, Kent's
    // red flag has no action.
    expect(found(s)).toEqual([
      ["table-renamed", "warning", "Data", "A1"],
      ["missing-sheet", "error", "Finance", null],
      ["missing-column", "error", "Survey", "I1"],
      ["no-action-recorded", "warning", "Evidence", "C2"],
      ["missing-table", "error", "Actions", "A1"],
    ]);
  });

  it.each([
    ["0.9", "template-version-old"],
    ["2.0", "template-version-newer"],
  ])("says template version %s is %s, at About!B2", (version, code) => {
    const s = withTable(validSnapshot(), "About", (t) => ({ ...t, rows: t.rows.map((r, i) => (i === 0 ? [r[0] ?? null, version] : r)) }));
    const findings = checkWorkbook(s);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([[code, "B2"]]);
    if (code === "template-version-old") expect(findings[0]?.message).toContain("version 1.0: First published layout");
  });

  it("reads a version Excel turned into the number 1 as 1.0, an older layout it still reads, with one warning", () => {
    const s = withTable(validSnapshot(), "About", (t) => ({ ...t, rows: t.rows.map((r, i) => (i === 0 ? [r[0] ?? null, 1] : r)) }));
    expect(found(s)).toEqual([["template-version-readable", "warning", "About", "B2"]]);
  });

  it("reads a 1.0 workbook without what 1.1 added (Responses, Scale's Definition, Forces' chief constable and authority, Survey's minority ethnic columns, MSG's How derived) with one warning saying what changed", () => {
    let s = withTable(validSnapshot(), "About", (t) => ({ ...t, rows: t.rows.map((r, i) => (i === 0 ? [r[0] ?? null, "1.0"] : r)) }));
    const drop = (sheet: string, columns: readonly string[]) =>
      (s = withTable(s, sheet, (t) => {
        const keep = t.columns.map((c, i) => (columns.includes(c) ? -1 : i)).filter((i) => i >= 0);
        return { ...t, columns: keep.map((i) => t.columns[i] ?? ""), rows: t.rows.map((r) => keep.map((i) => r[i] ?? null)) };
      }));
    drop("Scale", ["Definition"]);
    drop("Forces", ["Chief constable", "Police authority"]);
    drop("Survey", ["Minority ethnic percentage", "Minority ethnic sample size"]);
    drop("MSG", ["How derived"]);
    s = { ...s, sheets: s.sheets.filter((x) => x !== "Responses"), tables: s.tables.filter((t) => t.sheet !== "Responses") };
    const findings = checkWorkbook(s);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["template-version-readable", "warning"]]);
    expect(findings[0]?.message).toContain("version 1.1: Survey has two optional columns");

    const current = { ...s, tables: s.tables.map((t) => (t.sheet === "About" ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? [r[0] ?? null, "1.1"] : r)) } : t)) };
    // In a 1.1 workbook the Responses sheet is missing; an optional column (Scale's Definition) may be left out and reads as blank.
    expect(found(current)).toEqual([["missing-sheet", "error", "Responses", null]]);
  });

  it("checks Rules values and skips blank rows", () => {
    const s = withTable(validSnapshot(), "Rules", (t) => ({
      ...t,
      rows: [...t.rows.map((r, i) => (i === 0 ? [r[0] ?? null, r[1] ?? null, 95] : r)), [null, null, null], ["no-such-rule", null, 1]],
    }));
    // Rules rows 2-28 hold the 27 defaults; row 29 is blank; row 30 the unknown rule.
    expect(found(s)).toEqual([
      ["out-of-range", "error", "Rules", "C2"],
      ["unknown-rule", "info", "Rules", "C30"],
    ]);
  });

  it("gives a plain message and fix with a did-you-mean", () => {
    const f = checkWorkbook(validSnapshot((r) => setCell(r, "Data", 0, 0, "Kentt"))).find((x) => x.code === "force-not-found");
    expect(f?.message).toBe('"Kentt" is not among the forces given in the Forces table.');
    expect(f?.fix.cli).toBe('Did you mean "Kent"?');
  });

  it("names the force, year and data set of a small survey sample", () => {
    const [f] = checkWorkbook(validSnapshot((r) => setCell(r, "Survey", 0, 4, 84)));
    expect(f?.message).toBe("Kent, 2006/07, Satisfaction with the whole experience: the survey sample is 84, under 100, so its percentage is very uncertain.");
  });

  it("explains a population jump with both figures and the change", () => {
    const [f] = checkWorkbook(validSnapshot((r) => setCell(r, "Forces", 1, 2, 1_200_000)));
    expect(f?.message).toBe("The population of Kent goes from 1,000,000 in 2006/07 to 1,200,000 in 2007/08, a change of 20.0%: more than 10% in a year.");
  });
});
