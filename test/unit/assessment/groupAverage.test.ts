import { assessForce, readInputs, readSettings, type ForceAssessment } from "../../../src/engine/assessment";
import type { CellValue, WorkbookSnapshot } from "../../../src/engine/workbook";
import { setCell, validSnapshot, withTable } from "../workbook/builders";

// The builders' workbook with Kent renamed the Metropolitan Police, grouped with Essex and Surrey.
// 2008/09 robberies: the Met 700 on 1,000,000 people, Essex 1,000 on 1,200,000, Surrey 1,000 on 800,000.
// 2008/09 satisfaction: the Met 82.5% of 600, Essex 80% of 400, Surrey 90% of 600.
function metWorkbook(include?: string): WorkbookSnapshot {
  const s = validSnapshot((rows) => {
    setCell(rows, "Data", 4, 3, 700);
    setCell(rows, "Survey", 5, 3, 80);
    setCell(rows, "Survey", 5, 4, 400);
    setCell(rows, "Survey", 8, 3, 90);
    for (const table of Object.values(rows)) for (const row of table) row.forEach((v, i) => (row[i] = v === "Kent" ? "Metropolitan Police" : v));
  });
  if (include === undefined) return s;
  return withTable(s, "Rules", (t) => ({ ...t, rows: t.rows.map((r): CellValue[] => (r[0] === "include-force-in-msg-average" ? [r[0], r[1] ?? null, include] : [...r])) }));
}

function dataSet(snapshot: WorkbookSnapshot, id: string) {
  const inputs = readInputs(snapshot);
  const r = assessForce(inputs, readSettings(inputs), "Met");
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return (r.value as ForceAssessment).domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === id)!;
}

describe("the force's own group average", () => {
  it("leaves the Metropolitan Police out of its own group's average by default", () => {
    // Essex and Surrey only: (1,000 + 1,000) / (1,200,000 + 800,000) x 1,000 = 1.0 per 1,000.
    const robbery = dataSet(metWorkbook(), "robbery");
    expect(robbery.msgAverage).toBeCloseTo(1.0, 10);
    expect(robbery.position?.msgAverage.members).toEqual(["Essex", "Surrey"]);
  });

  it("includes it when the Rules say Yes, as the predecessor framework did", () => {
    // (700 + 1,000 + 1,000) / 3,000,000 x 1,000 = 0.9 per 1,000.
    expect(dataSet(metWorkbook("Yes"), "robbery").msgAverage).toBeCloseTo(0.9, 10);
  });

  it("weights a survey average by the number of people surveyed, as the methods page says", () => {
    // (80% x 400 + 90% x 600) / (400 + 600) = (320 + 540) / 1,000 = 86.0%; the plain mean would be 85.0%.
    expect(dataSet(metWorkbook(), "satisfaction").msgAverage).toBeCloseTo(86.0, 10);
    // With the Met: (82.5% x 600 + 320 + 540) / 1,600 = (495 + 860) / 1,600 = 84.6875%.
    expect(dataSet(metWorkbook("Yes"), "satisfaction").msgAverage).toBeCloseTo(84.6875, 10);
  });
});
