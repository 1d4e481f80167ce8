import { assessForce, readInputs, readSettings, type ForceAssessment } from "../../../src/engine/assessment";
import { directionSentences, positionSentences } from "../../../src/engine/narrative/dataSetText";
import type { CellValue, WorkbookSnapshot } from "../../../src/engine/workbook";
import { forces, validSnapshot, withTable, years } from "../workbook/builders";

// The builders' workbook (Kent, Essex and Surrey, each the others' group; 1,000 robberies a year each
// on populations of 1,000,000, 1,200,000 and 800,000), with comparative-satisfaction rows added.
function assess(snapshot: WorkbookSnapshot, force = "Kent"): ForceAssessment {
  const inputs = readInputs(snapshot);
  const r = assessForce(inputs, readSettings(inputs), force);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const dataSet = (a: ForceAssessment, id: string) => a.domains.flatMap((d) => d.dataSets).find((s) => s.dataSet.id === id)!;
const withRule = (s: WorkbookSnapshot, id: string, value: CellValue) =>
  withTable(s, "Rules", (t) => ({ ...t, rows: t.rows.some((r) => r[0] === id) ? t.rows.map((r) => (r[0] === id ? [r[0], r[1] ?? null, value] : r)) : [...t.rows, [id, null, value]] }));

/** Every force's comparative satisfaction: white `white`% of 2,000, minority ethnic `minority`% of 300 (blank: the gap given as Percentage). */
function withGap(white: (f: string, y: string) => number, minority: ((f: string, y: string) => number) | null) {
  return validSnapshot((rows) => {
    for (const f of forces) {
      for (const y of years) {
        rows.Survey!.push(minority ? [f, y, "comparative-satisfaction", white(f, y), 2000, 1, minority(f, y), 300, "test"] : [f, y, "comparative-satisfaction", white(f, y), null, null, null, null, "test"]);
      }
    }
  });
}

describe("comparative satisfaction", () => {
  it("with both groups' percentages and sample sizes, the absolute gap is tested as a difference of two proportions", () => {
    // Kent: 80 against 86 (minority ethnic victims the more satisfied): a gap of 6 points, not -6.
    const a = assess(withGap((f) => (f === "Kent" ? 80 : 84), (f) => (f === "Kent" ? 86 : 81)));
    const gap = dataSet(a, "comparative-satisfaction");
    expect(gap.figure?.estimate).toBeCloseTo(6, 10);
    expect(gap.msgAverage).toBeCloseTo(3, 10);
    expect(gap.position?.tested).toBe(true);
    expect(gap.direction).toMatchObject({ tested: true, test: "difference of two proportions" });
    // se = sqrt(80 x 20 / 2000 + 86 x 14 / 300 + (2 x (84 x 16 / 2000 + 81 x 19 / 300)) / 4) = sqrt(4.813 + 2.901) = 2.78:
    // z = (6 - 3) / 2.78 = 1.08, p = 0.28, similar.
    expect(gap.position?.kind).toBe("similar");
    expect(positionSentences(gap).join(" ")).toContain("within what chance would explain");
  });

  it("without the minority ethnic columns it stays an untested figure, scores at most 1 point and the text says not tested", () => {
    const a = assess(withGap((f) => (f === "Kent" ? 9 : 3), null));
    const gap = dataSet(a, "comparative-satisfaction");
    // 9 against 3 points: untested, beyond the 10% material gap, so worse, and capped at -1 below.
    expect(gap.position).toMatchObject({ tested: false, kind: "worse", label: "Worse than similar forces" });
    expect(gap.direction?.tested).toBe(false);
    expect(positionSentences(gap).join(" ")).toMatch(/no test of chance was run/i);
    expect(positionSentences(gap).join(" ")).not.toContain("too big to put down to chance");
    expect(directionSentences(gap).join(" ")).not.toContain("too big to put down to chance");
    const line = a.domains.flatMap((d) => d.dataRecommendation?.trace ?? []).find((l) => l.dataSet === "Comparative satisfaction")!;
    expect(line.points).toBe(-1);
  });
});

describe("direction of travel against the Rules' reference", () => {
  // Kent's robberies fall 1,000 -> 700 while Essex's and Surrey's stay at 1,000.
  const falling = () => validSnapshot((rows) => {
    rows.Data![4]![3] = 700;
  });

  it("England and Wales (the default): Kent's -30% against the three forces' (2,000 + 700) / 3,000,000 against 3,000 / 3,000,000, -10%", () => {
    const robbery = dataSet(assess(falling()), "robbery");
    expect(robbery.direction?.reference?.name).toBe("England and Wales");
    expect(robbery.direction?.reference?.change).toBeCloseTo(2700 / 3000 - 1, 12);
    expect(robbery.direction?.change).toBeCloseTo(-0.3, 12);
    // 0.7 / 0.9 - 1 = -22%, beyond 10%; exact test given R = 0.9: p0 = 0.9 / 1.9, N = 1,700, x2 = 700.
    expect(robbery.direction?.gap).toBeCloseTo(0.7 / 0.9 - 1, 12);
    expect(robbery.direction?.kind).toBe("improved");
  });

  it("Similar forces: Essex's and Surrey's unchanged total, so Kent's whole fall counts; None: no reference", () => {
    const similar = dataSet(assess(withRule(falling(), "direction-compared-with", "Similar forces")), "robbery");
    expect(similar.direction?.reference).toEqual({ name: "Similar forces", change: 0 });
    const none = dataSet(assess(withRule(falling(), "direction-compared-with", "None")), "robbery");
    expect(none.direction?.reference).toBeNull();
    expect(none.direction?.kind).toBe("improved");
  });

  it("Essex, unchanged while England and Wales fell by 10%, is not rewarded: its gap 1 / 0.9 - 1 = +11% is beyond chance and material, so it deteriorated", () => {
    const robbery = dataSet(assess(falling(), "Essex"), "robbery");
    expect(robbery.direction?.change).toBeCloseTo(0, 12);
    expect(robbery.direction?.kind).toBe("deteriorated");
  });
});
