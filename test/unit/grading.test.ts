import fc from "fast-check";
import { defaultGradingRules, recommendGrade, rulesFromTable } from "../../src/engine/grading";

const item = (position: string, direction: string, dataSet?: string) => (dataSet ? { dataSet, position, direction } : { position, direction });

describe("recommending a grade under the default rules", () => {
  it.each([
    // Hand-worked: points are position (better +2, similar 0, worse -2) plus direction (+1, 0, -1); mean picks the band.
    ["similar and stable everywhere: mean 0", [item("Similar", "Stable"), item("similar", "stable")], "Good", 0],
    ["(2+1 + 0+0) / 2 = 1.5", [item("Better", "Improved"), item("Similar", "Stable")], "Excellent", 1.5],
    ["(-2+0 + 0+0) / 2 = -1, on the boundary", [item("Worse", "Stable"), item("Similar", "Stable")], "Fair", -1],
    ["(-2-1 + 0+0) / 2 = -1.5", [item("Worse", "Deteriorated"), item("Similar", "Stable")], "Poor", -1.5],
    ["(2-1 + 0-1 + 0+0) / 3 = 0", [item("Better", "Deteriorated"), item("Similar", "Deteriorated"), item("Similar", "Stable")], "Good", 0],
  ])("%s", (_case, inputs, grade, score) => {
    const r = recommendGrade(inputs);
    expect(r.ok && r.value).toMatchObject({ grade, score });
  });

  it("reads positions as MSGPOSITION writes them and explains every data set", () => {
    const r = recommendGrade([
      item("Significantly better than similar forces", "Improved", "Burglary"),
      item("Similar to similar forces", "Deteriorated", "Robbery"),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.trace).toEqual([
      { dataSet: "Burglary", position: "better", direction: "improved", points: 3, reason: "better than similar forces (+2); improved (+1)" },
      { dataSet: "Robbery", position: "similar", direction: "deteriorated", points: -1, reason: "similar to similar forces (0); deteriorated (-1)" },
    ]);
    expect(r.value.rule).toBe("A mean score of 1 reaches 1, the minimum for Excellent.");
  });

  it.each([
    [[item("Higher than similar forces", "Stable")], "not-graded"],
    [[{ position: null, direction: "Stable" }], "blank-value"],
    [[item("Brilliant", "Stable")], "unknown-option"],
    [[item("Better", "Up")], "unknown-option"],
    [[], "nothing-to-grade"],
  ])("refuses %j with %s", (inputs, code) => {
    const r = recommendGrade(inputs);
    expect(!r.ok && r.issues[0]?.code).toBe(code);
  });

  it("never gives a worse grade when one data set does better", () => {
    const order = ["worse", "similar", "better"] as const;
    const directions = ["deteriorated", "stable", "improved"] as const;
    const rank = (grade: string) => defaultGradingRules.bands.findIndex((b) => b.grade === grade);
    const one = fc.record({ p: fc.integer({ min: 0, max: 2 }), d: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(one, { minLength: 1, maxLength: 8 }), fc.nat(), (items, pick) => {
        const i = pick % items.length;
        const before = items.map((x) => item(order[x.p]!, directions[x.d]!));
        const improved = items.map((x, j) => item(order[j === i ? Math.min(2, x.p + 1) : x.p]!, directions[x.d]!));
        const a = recommendGrade(before);
        const b = recommendGrade(improved);
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(rank(b.value.grade)).toBeLessThanOrEqual(rank(a.value.grade));
      }),
      { numRuns: 300 },
    );
  });
});

describe("rules from a table", () => {
  it("takes a different scale, such as PEEL's five grades", () => {
    const rules = rulesFromTable([
      ["Minimum score for Outstanding", 1.5],
      ["Minimum score for Good", 0.5],
      ["Minimum score for Adequate", -0.5],
      ["minimum score for Requires improvement", -1.5],
      ["Lowest grade", "Inadequate"],
      ["Points for better", 3],
    ]);
    expect(rules.ok).toBe(true);
    if (!rules.ok) return;
    expect(rules.value.bands.map((b) => b.grade)).toEqual(["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]);
    // (3+0 + 0+0) / 2 = 1.5: Outstanding.
    const r = recommendGrade([item("Better", "Stable"), item("Similar", "Stable")], rules.value);
    expect(r.ok && r.value.grade).toBe("Outstanding");
  });

  it("keeps defaults for rows not given and skips blank rows", () => {
    const rules = rulesFromTable([["Points for worse", -3], [null, null]]);
    expect(rules.ok && rules.value).toEqual({ ...defaultGradingRules, positionPoints: { better: 2, similar: 0, worse: -3 } });
  });

  it.each([
    [[["Points for brilliance", 1]], "not-a-grading-rule"],
    [[["Points for better", "two"]], "not-a-number"],
    [[["Minimum score for Good", 0]], "no-lowest-grade"],
  ])("refuses %j with %s", (rows, code) => {
    const r = rulesFromTable(rows);
    expect(!r.ok && r.issues[0]?.code).toBe(code);
  });
});

describe("figures with no sampling error in the grade (issue 11)", () => {
  it("score at most 1 point either way", () => {
    // Better (+2) and improved (+1) would be 3; untested, it is capped at 1. With a tested data set
    // similar and stable (0), the mean is (1 + 0) / 2 = 0.5: Good.
    const r = recommendGrade([
      { dataSet: "Asset recovery", position: "better", direction: "improved", tested: false },
      { dataSet: "Robbery", position: "similar", direction: "stable" },
    ]);
    if (!r.ok) throw new Error("no grade");
    expect(r.value.trace[0]?.points).toBe(1);
    expect(r.value.trace[0]?.reason).toMatch(/not tested/);
    expect(r.value).toMatchObject({ grade: "Good", score: 0.5 });
  });
});
