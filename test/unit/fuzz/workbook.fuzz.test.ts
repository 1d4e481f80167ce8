import fc from "fast-check";
import { assessForce, forcesOf, planAssessments, readInputs, readSettings } from "../../../src/engine/assessment";
import { checkWorkbook, inputSheetsTouched, type CellValue, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { validSnapshot } from "../workbook/builders";

// Workbooks with random defects: any cell of any input table replaced by a random value (text, numbers
// of every size and sign, blanks, Excel errors, hostile text). The checker must never throw; the
// assessment must never throw, never write NaN, Infinity or an empty grade, never touch an input sheet.
// CI runs a bounded number of cases; `npm run fuzz` runs many more (FUZZ_RUNS).
const runs = Number(process.env.FUZZ_RUNS ?? 40);

const hostile = fc.constantFrom("=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1", "<script>alert(1)</script>", "Kent\u0000", "  ", "");
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.5),
  fc.string({ maxLength: 12 }),
  hostile,
  fc.boolean(),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#REF!" }),
  fc.constantFrom("Kent", "Essex", "Surrey", "Knet", "2008/09", "2006/07", "robbery", "burglary-detections", "satisfaction", "official", "derived", "Yes", "No"),
);

const defect = fc.record({ table: fc.nat(), row: fc.nat(), column: fc.nat(), value: anyCell });

function withDefects(base: WorkbookSnapshot, defects: readonly { table: number; row: number; column: number; value: CellValue }[]): WorkbookSnapshot {
  const tables = base.tables.map((t) => ({ ...t, rows: t.rows.map((r) => [...r]) }));
  for (const d of defects) {
    const t = tables[d.table % tables.length];
    if (!t || t.rows.length === 0) continue;
    const row = t.rows[d.row % t.rows.length];
    if (row) row[d.column % Math.max(1, row.length)] = d.value;
  }
  return { ...base, tables };
}

const base = validSnapshot();

describe("figures that would overflow", () => {
  it("are refused with a reason, never shown as Infinity or left silently blank", () => {
    // A population of 5e-324 (the smallest number a computer holds) for Kent in 2008/09.
    const snapshot = validSnapshot((rows) => {
      const kent2008 = rows.Forces?.[2];
      if (kent2008) kent2008[2] = 5e-324;
    });
    const inputs = readInputs(snapshot);
    const r = assessForce(inputs, readSettings(inputs), "Kent");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const robbery = r.value.domains.flatMap((d) => d.dataSets).find((s) => s.dataSet.id === "robbery");
    expect(robbery?.figure).toBeNull();
    expect(robbery?.issues.map((i) => i.code)).toContain("result-too-large");
  });
});

describe("workbooks with random defects", () => {
  it("never make the checker throw, and every finding names a sheet", () => {
    fc.assert(
      fc.property(fc.array(defect, { minLength: 1, maxLength: 12 }), (defects) => {
        const findings = checkWorkbook(withDefects(base, defects));
        for (const f of findings) {
          expect(f.sheet).toBeTruthy();
          expect(f.message).not.toMatch(/undefined|NaN/);
        }
      }),
      { numRuns: runs },
    );
  });

  it("never make the assessment throw, write NaN or Infinity, leave a grade empty, or touch an input sheet", () => {
    fc.assert(
      fc.property(fc.array(defect, { minLength: 1, maxLength: 12 }), (defects) => {
        const snapshot = withDefects(base, defects);
        const inputs = readInputs(snapshot);
        const settings = readSettings(inputs);
        const assessed = forcesOf(inputs).flatMap((f) => {
          const r = assessForce(inputs, settings, f);
          return r.ok ? [r.value] : [];
        });
        for (const a of assessed) {
          for (const s of a.domains.flatMap((d) => d.dataSets)) {
            for (const v of [s.figure?.estimate, s.figure?.lower, s.figure?.upper, s.msgAverage, s.allForcesAverage]) {
              if (v !== undefined && v !== null) expect(Number.isFinite(v)).toBe(true);
            }
          }
        }
        const { plan } = planAssessments(snapshot, assessed);
        expect(inputSheetsTouched(plan)).toEqual([]);
        for (const t of plan.tables) {
          for (const row of t.rows) {
            for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            if (t.sheet === "Assessment") expect(String(row[2] ?? "")).not.toBe("");
          }
        }
      }),
      { numRuns: runs },
    );
  });
});
