import { proportionInterval, wilsonLimits } from "../../src/engine/stats";

function expectClose(actual: number, reference: number, tolerance = 5e-5): void {
  const error = reference === 0 ? Math.abs(actual) : Math.abs(actual - reference) / Math.abs(reference);
  expect(error).toBeLessThan(tolerance);
}

// References computed with SciPy 1.17.1, by the Wilson formula (statsmodels is not available):
//   z = norm.ppf(1-(1-level)/2); p = min(s/n, 1); ne = n/deff; d = 1 + z*z/ne
//   c = (p + z*z/(2*ne))/d; h = z*sqrt(p*(1-p)/ne + z*z/(4*ne*ne))/d; limits = (c-h, c+h)
describe("Wilson score interval", () => {
  it.each([
    // s, n, level, design effect, lower, upper
    // The first four are also published in Newcombe (1998), Statistics in Medicine 17:857-872, table II:
    // 81/263 0.2553-0.3662, 15/148 0.0624-0.1605, 0/20 0-0.1611, 1/29 0.0061-0.1718 (SciPy agrees).
    [81, 263, 0.95, 1, 0.2552885199, 0.366209577],
    [15, 148, 0.95, 1, 0.06238639953, 0.1604872417],
    [0, 20, 0.95, 1, 0, 0.1611251581],
    [1, 29, 0.95, 1, 0.006113214293, 0.1717552188],
    [20, 20, 0.95, 1, 0.8388748419, 1],
    [81, 263, 0.99, 1, 0.2401369027, 0.3852825023],
    [81, 263, 0.95, 2, 0.2354664278, 0.3914032658],
    [450, 1000, 0.95, 1.5, 0.4126294139, 0.4879435037],
  ])("%p out of %p at level %p, design effect %p, matches SciPy", (s, n, level, deff, lower, upper) => {
    const w = wilsonLimits(s, n, level, deff);
    expect(w.estimate).toBe(s / n);
    expectClose(w.lower, lower);
    expectClose(w.upper, upper);
  });

  it("matches Newcombe's published limits to the 4 decimals printed", () => {
    const published: readonly (readonly [number, number, number, number])[] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [s, n, lower, upper] of published) {
      const w = wilsonLimits(s, n, 0.95);
      expect(w.lower).toBeCloseTo(lower, 4);
      expect(w.upper).toBeCloseTo(upper, 4);
    }
  });

  it("works out the interval of a rate above 1 for p = 1 but keeps the estimate", () => {
    // 12 detections of 10 offences: p capped at 1, lower = 1/(1 + z*z/10) = 0.7224672001 (SciPy formula above).
    const w = wilsonLimits(12, 10, 0.95);
    expect(w.estimate).toBe(1.2);
    expectClose(w.lower, 0.7224672001);
    expect(w.upper).toBe(1);
  });
});

describe("a proportion from workbook values", () => {
  it("gives 81/263 with no warnings", () => {
    const r = proportionInterval(81, 263);
    expect(r.ok && r.warnings).toEqual([]);
    if (r.ok) expectClose(r.value.lower, 0.2552885199);
  });

  it("warns, without failing, when detections exceed offences", () => {
    const r = proportionInterval(12, 10, { successesLabel: "Sanction detections", nLabel: "Offences" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.estimate).toBe(1.2);
    expect(r.warnings).toEqual([
      { code: "detections-exceed-offences", severity: "warning", path: { argument: "Sanction detections" }, params: { detections: 12, offences: 10 } },
    ]);
  });

  it("widens the interval with the design effect", () => {
    const r = proportionInterval(81, 263, { designEffect: 2, level: 0.95 });
    if (!r.ok) throw new Error("expected a result");
    expectClose(r.value.lower, 0.2354664278);
    expectClose(r.value.upper, 0.3914032658);
  });

  it.each([
    [null, 10, {}, ["blank-value"]],
    [undefined, 10, {}, ["blank-value"]],
    [3, "", {}, ["blank-value"]],
    ["3", 10, {}, ["not-a-number"]],
    [false, 10, {}, ["not-a-number"]],
    [-1, 10, {}, ["negative-count"]],
    [2.5, 10, {}, ["fractional-count"]],
    [3, 0, {}, ["zero-denominator"]],
    [3, -10, {}, ["negative-value"]],
    [3, 10, { designEffect: 0 }, ["out-of-range"]],
    [3, 10, { level: 95 }, ["out-of-range"]],
    [Number.NaN, 0, { level: 0 }, ["not-a-number", "zero-denominator", "out-of-range"]],
  ] as const)("rejects %p out of %p with options %p", (s, n, options, codes) => {
    const r = proportionInterval(s, n, options);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(codes);
  });
});
