import { gapOrPercentage } from "../../../src/engine/assessment/figures";
import { sampleSizeFromInterval } from "../../../src/cli/sample/sampleSize";
import { CoverageLog } from "../../../src/cli/sample/coverageLog";
import { ALL_FORCES, ALL_OTHER_FORCES, coverageStatusOf, realDataSets, readCoverage, coverageCells, coverageSpec, type CoverageRow } from "../../../src/engine/workbook";

describe("the sample size implied by a published 95% interval", () => {
  it("is n = 1.96² p(1-p) / h², by hand", () => {
    // Kent 2008/09 confidence: 3.8416 x 0.488877716662 x 0.511122283338 / 0.0438277742005² = 499.73 -> 500.
    expect(sampleSizeFromInterval(0.488877716662, 0.0438277742005)).toBe(500);
    // p = 0.5, h = 0.05: 3.8416 x 0.25 / 0.0025 = 384.16 -> 384 (the textbook size for +/- 5 points).
    expect(sampleSizeFromInterval(0.5, 0.05)).toBe(384);
    // p = 0.8, h = 0.02: 3.8416 x 0.16 / 0.0004 = 1536.64 -> 1537.
    expect(sampleSizeFromInterval(0.8, 0.02)).toBe(1537);
  });

  it("gives no size for a blank, zero or impossible interval or share", () => {
    expect(sampleSizeFromInterval(Number.NaN, 0.05)).toBeUndefined();
    expect(sampleSizeFromInterval(0.5, Number.NaN)).toBeUndefined();
    expect(sampleSizeFromInterval(0.5, 0)).toBeUndefined();
    expect(sampleSizeFromInterval(0, 0.05)).toBeUndefined();
    expect(sampleSizeFromInterval(1, 0.05)).toBeUndefined();
    expect(sampleSizeFromInterval(0.5, 2)).toBe(1);
  });
});

describe("the comparative-satisfaction figure", () => {
  const row = (white: unknown, minority: unknown) => new Map<string, never>([["Percentage", white as never], ["Minority ethnic percentage", minority as never]]);
  it("is the absolute gap between white and minority ethnic satisfaction when both are given (template 1.1), whichever group is the more satisfied", () => {
    expect(gapOrPercentage(row(84.3, 79.9))).toBeCloseTo(4.4, 10);
    // 78.6 - 74 = 4.6 points: the gap is a size, never negative.
    expect(gapOrPercentage(row(74, 78.6))).toBeCloseTo(4.6, 10);
  });
  it("is Percentage itself, the gap in points, when the minority ethnic column is blank or absent (template 1.0)", () => {
    expect(gapOrPercentage(row(4.4, null))).toBe(4.4);
    expect(gapOrPercentage(new Map([["Percentage", 3.1]]))).toBe(3.1);
    expect(gapOrPercentage(row(null, 70))).toBeNull();
  });
});

describe("the Coverage table", () => {
  const forces = ["Kent", "Essex", "Surrey", "City of London"];
  const log = new CoverageLog(forces.length);
  for (const f of forces) {
    log.record("robbery", "2008/09", f, "real", "Real: HMIC");
    log.record("band-d", "2008/09", f, f === "City of London" ? "missing" : "real", f === "City of London" ? "Missing: no precept" : "Real: HMIC");
    log.record("asset-recovery", "2006/07", f, f === "Essex" ? "real" : "illustrative", f === "Essex" ? "Real: Hansard" : "Illustrative");
  }
  const rows = log.rows();

  it("names the forces of the smaller groups and says All forces or All other forces for the largest", () => {
    expect(rows.map((r) => [r.dataSetId, r.year, r.status, r.forces, r.which])).toEqual([
      ["robbery", "2008/09", "real", 4, ALL_FORCES],
      ["band-d", "2008/09", "real", 3, ALL_OTHER_FORCES],
      ["band-d", "2008/09", "missing", 1, "City of London"],
      ["asset-recovery", "2006/07", "real", 1, "Essex"],
      ["asset-recovery", "2006/07", "illustrative", 3, ALL_OTHER_FORCES],
    ]);
  });

  it("tells each force's status, whatever the case of its name", () => {
    expect(coverageStatusOf(rows, "band-d", "2008/09", "city of london")).toBe("missing");
    expect(coverageStatusOf(rows, "band-d", "2008/09", "Kent")).toBe("real");
    expect(coverageStatusOf(rows, "asset-recovery", "2006/07", "Essex")).toBe("real");
    expect(coverageStatusOf(rows, "asset-recovery", "2006/07", "Kent")).toBe("illustrative");
    expect(coverageStatusOf(rows, "homicide", "2008/09", "Kent")).toBeUndefined();
  });

  it("counts a data set real when all forces, or all but one, are real", () => {
    expect(realDataSets(rows, "2008/09", forces.length)).toEqual(["robbery", "band-d"]);
    expect(realDataSets(rows, "2008/09", forces.length, 0)).toEqual(["robbery"]);
    expect(realDataSets(rows, "2006/07", forces.length)).toEqual([]);
  });

  it("reads back what it writes, and leaves out rows it cannot read", () => {
    const cells = coverageCells(rows);
    const table = { sheet: "Coverage", table: "Coverage", isExcelTable: true, headerRow: 1, firstColumn: 1, columns: coverageSpec.columns.map((c) => c.name), rows: [...cells, ["robbery", "2007/08", "made up", 4, ALL_FORCES, ""], [null, null, null, null, null, null]] };
    const back: readonly CoverageRow[] = readCoverage({ sheets: ["Coverage"], tables: [table], about: {} });
    expect(back).toEqual(rows);
    expect(readCoverage({ sheets: [], tables: [], about: {} })).toEqual([]);
  });
});
