import fc from "fast-check";
import { amountPerPopulation, crimeRate, detectionRate } from "../../src/engine/measures";
import { compareProportions, compareRates, poissonLimits, wilsonLimits, type PoissonMethod } from "../../src/engine/stats";

const runs = { numRuns: 200 };
const count = fc.integer({ min: 0, max: 1_000_000 });
const base = fc.double({ min: 1, max: 1e9, noNaN: true });
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const method = fc.constantFrom<PoissonMethod>("exact", "byar");
const designEffect = fc.double({ min: 0.5, max: 5, noNaN: true });
/** Successes and a sample size with successes <= n. */
const proportion = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe("properties of measures", () => {
  it("gives finite, non-negative rates for valid input", () => {
    fc.assert(
      fc.property(count, base, fc.double({ min: 1, max: 1e7, noNaN: true }), (x, n, per) => {
        for (const r of [crimeRate(x, n, per), amountPerPopulation(x / 3, n, per), detectionRate(x, Math.ceil(n))]) {
          expect(r.ok).toBe(true);
          if (r.ok) expect(Number.isFinite(r.value) && r.value >= 0).toBe(true);
        }
      }),
      runs,
    );
  });

  it("never gives NaN or Infinity, whatever it is given", () => {
    const anything = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        for (const r of [crimeRate(a, b), detectionRate(a, b), amountPerPopulation(a, b)]) {
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.issues.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });
});

describe("properties of intervals", () => {
  it("Poisson limits contain the count, by both methods", () => {
    fc.assert(
      fc.property(count, level, method, (x, l, m) => {
        const { lower, upper } = poissonLimits(x, l, m);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(x);
        expect(upper).toBeGreaterThanOrEqual(x);
      }),
      runs,
    );
  });

  it("Wilson limits contain the proportion, with any design effect", () => {
    fc.assert(
      fc.property(proportion, level, designEffect, ([s, n], l, d) => {
        const w = wilsonLimits(s, n, l, d);
        expect(w.lower).toBeGreaterThanOrEqual(0);
        expect(w.lower).toBeLessThanOrEqual(w.estimate);
        expect(w.upper).toBeGreaterThanOrEqual(w.estimate);
        expect(w.upper).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it("a higher level gives an interval at least as wide", () => {
    fc.assert(
      fc.property(count, proportion, level, level, method, designEffect, (x, [s, n], a, b, m, d) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const narrow = poissonLimits(x, low, m);
        const wide = poissonLimits(x, high, m);
        // Levels a few ulps apart may give limits that differ only by the quantile routine's rounding.
        const slack = 1e-12 * (x + 1);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower + slack);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - slack);
        const narrowW = wilsonLimits(s, n, low, d);
        const wideW = wilsonLimits(s, n, high, d);
        expect(wideW.lower).toBeLessThanOrEqual(narrowW.lower + 1e-12);
        expect(wideW.upper).toBeGreaterThanOrEqual(narrowW.upper - 1e-12);
      }),
      runs,
    );
  });
});

const mirror = { higher: "lower", lower: "higher", similar: "similar" } as const;

describe("properties of two-sample tests", () => {
  it("compareRates(a, b) is the mirror of compareRates(b, a)", () => {
    fc.assert(
      fc.property(count, base, count, base, level, (x1, n1, x2, n2, l) => {
        const ab = compareRates(x1, n1, x2, n2, l);
        const ba = compareRates(x2, n2, x1, n1, l);
        expect(ba.z).toBe(ab.z === 0 ? 0 : -ab.z);
        expect(ba.pValue).toBe(ab.pValue);
        expect(ba.direction).toBe(mirror[ab.direction]);
        expect(Number.isFinite(ab.z) && ab.pValue >= 0 && ab.pValue <= 1).toBe(true);
      }),
      runs,
    );
  });

  it("compareProportions is finite, and the mirror when the samples swap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120_000 }), proportion, proportion, designEffect, designEffect, (extra, [s1, n1], [s2, n2], d1, d2) => {
        const ab = compareProportions(s1 + (extra % 3 === 0 ? extra : 0), n1, s2, n2, 0.95, d1, d2);
        const ba = compareProportions(s2, n2, s1 + (extra % 3 === 0 ? extra : 0), n1, 0.95, d2, d1);
        expect(Number.isFinite(ab.z) && ab.pValue >= 0 && ab.pValue <= 1).toBe(true);
        expect(ba.z).toBe(ab.z === 0 ? 0 : -ab.z);
        expect(ba.direction).toBe(mirror[ab.direction]);
      }),
      runs,
    );
  });
});
