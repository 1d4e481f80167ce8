import fc from "fast-check";
import { changeReference, directionOfTravel, gapDirection, gapPosition, type DirectionReference, type SurveyGap } from "../../src/engine/compare";
import { exactConditionalP } from "../../src/engine/stats/binomial";

const million = 1_000_000;
const years = (a: number, b: number, c: number, base: number) => [
  { year: "2006/07", numerator: a, denominator: base },
  { year: "2007/08", numerator: b, denominator: base },
  { year: "2008/09", numerator: c, denominator: base },
];
const reference = (earlier: [number, number], latest: [number, number], name = "England and Wales"): DirectionReference => ({
  name,
  earlier: { events: earlier[0], exposure: earlier[1] },
  latest: { events: latest[0], exposure: latest[1] },
});
const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error("expected a result");
  return r.value;
};

describe("the exact conditional binomial test of two counts", () => {
  it("2 then 9 homicides in equal populations, rate ratio 1: p = 2 x (C(11,9) + C(11,10) + C(11,11)) / 2^11 = 134/2048", () => {
    // By hand: p0 = 1/2, N = 11, P(X >= 9) = (55 + 11 + 1) / 2048 = 67/2048; two-sided 0.0654296875.
    expect(exactConditionalP(2, million, 9, million, 1)).toBeCloseTo(134 / 2048, 12);
  });

  it("with a reference rate ratio: 20 then 4 events, equal bases, R = 0.5", () => {
    // By hand: p0 = 0.5 / 1.5 = 1/3, N = 24, P(X2 <= 4) = sum_k<=4 C(24,k) 2^(24-k) / 3^24
    // = 16,762,535,936 / 282,429,536,481 = 0.0593512; the other tail is 0.98; p = 0.1187024.
    expect(exactConditionalP(20, 500, 4, 500, 0.5)).toBeCloseTo((2 * 16_762_535_936) / 282_429_536_481, 10);
  });

  it("no events in either year gives p = 1", () => {
    expect(exactConditionalP(0, 100, 0, 200, 0.7)).toBe(1);
  });

  it("moving the latest count further above what the reference predicts never raises p (a bigger difference is never less significant)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 50 }), fc.double({ min: 0.3, max: 3, noNaN: true }), (x1, step, ratio) => {
        const expected = Math.ceil(x1 * ratio);
        const nearer = exactConditionalP(x1, 1000, expected + step, 1000, ratio);
        const further = exactConditionalP(x1, 1000, expected + step + 1, 1000, ratio);
        expect(further).toBeLessThanOrEqual(nearer + 1e-12);
      }),
    );
  });
});

describe("direction of travel against a reference change", () => {
  it("2 then 9 homicides is Stable by the exact test (the normal approximation said Deteriorated)", () => {
    const d = ok(directionOfTravel(years(2, 5, 9, million), { statistic: "rate", polarity: "lower", per: million }));
    expect(d.kind).toBe("stable");
    expect(d.test).toBe("exact conditional binomial");
    expect(d.pValue).toBeCloseTo(0.0654, 4);
    expect(d.reference).toBeNull();
  });

  it("a force whose vehicle crime fell by the national fall is Stable, not Improved", () => {
    // 10,000 then 8,000 offences in the same population: a fall of 20%, as England and Wales's
    // 1,000,000 then 800,000. Own change alone, the fall is far beyond chance: "Improved".
    const series = years(10_000, 9_000, 8_000, 1_000_000);
    const options = { statistic: "rate" as const, polarity: "lower" as const, materialRelative: 0.1 };
    expect(ok(directionOfTravel(series, options)).kind).toBe("improved");
    const d = ok(directionOfTravel(series, { ...options, reference: reference([1_000_000, 50_000_000], [800_000, 50_000_000]) }));
    expect(d.kind).toBe("stable");
    expect(d.change).toBeCloseTo(-0.2, 12);
    expect(d.reference).toEqual({ name: "England and Wales", change: expect.closeTo(-0.2, 12) as number });
    expect(d.gap).toBeCloseTo(0, 12);
    // p0 = 0.8 / 1.8 = 4/9 and the latest count 8,000 is exactly 18,000 x 4/9, the median: p = 1.
    expect(d.pValue).toBe(1);
  });

  it("a force whose crime fell by 30% while the country's fell by 20% improved (a gap of 0.7/0.8 - 1 = -12.5%, beyond the 10% material gap)", () => {
    const d = ok(directionOfTravel(years(10_000, 8_500, 7_000, 1_000_000), { statistic: "rate", polarity: "lower", materialRelative: 0.1, reference: reference([1_000_000, 50_000_000], [800_000, 50_000_000]) }));
    expect(d.gap).toBeCloseTo(-0.125, 12);
    expect(d.kind).toBe("improved");
    expect(d.significant).toBe(true);
  });

  it("a significant difference below the material gap is Stable, and says so", () => {
    // 28.8% against 21.3%: 0.712 / 0.787 - 1 = -9.5%, under 10%.
    const d = ok(directionOfTravel(years(10_000, 8_000, 7_120, 1_000_000), { statistic: "rate", polarity: "lower", materialRelative: 0.1, reference: reference([787_000, 50_000_000], [619_369, 50_000_000]) }));
    expect(d.beyondChance).toBe(true);
    expect(d.material).toBe(false);
    expect(d.kind).toBe("stable");
  });

  it("a detection rate: z = ((p2 - p1) - reference change) / the force's own pooled standard error", () => {
    // 300 then 360 detections of 1,000: +6 points. Pooled p = 0.33, se = sqrt(0.33 x 0.67 x 2/1000)
    // = 0.0210286, z = 0.06 / 0.0210286 = 2.8533, p = 0.004327 (own change alone).
    const series = years(300, 330, 360, 1000);
    const own = ok(directionOfTravel(series, { statistic: "proportion", polarity: "higher" }));
    expect(own.test).toBe("difference of two proportions");
    expect(own.pValue).toBeCloseTo(0.004327, 5);
    expect(own.kind).toBe("improved");
    // England and Wales rose by the same 6 points: no difference, Stable.
    const same = ok(directionOfTravel(series, { statistic: "proportion", polarity: "higher", reference: reference([30_000, 100_000], [36_000, 100_000]) }));
    expect(same.gap).toBeCloseTo(0, 12);
    expect(same.kind).toBe("stable");
  });

  it("a figure with no sampling error is never tested: only a change beyond the reference's by the material gap counts", () => {
    const costs = (a: number, c: number) => [{ numerator: a, denominator: 1 }, { numerator: (a + c) / 2, denominator: 1 }, { numerator: c, denominator: 1 }];
    const national = reference([100, 1], [106.4, 1]);
    // Kent's cost per officer: +6.2% against +6.4% for England and Wales.
    const alike = ok(directionOfTravel(costs(47_220, 50_148), { statistic: "figure", materialRelative: 0.1, reference: national }));
    expect(alike).toMatchObject({ kind: "stable", tested: false, significant: false, test: "not tested", pValue: null });
    // +20% against +6.4%: 1.2 / 1.064 - 1 = 12.8%, beyond 10%.
    const apart = ok(directionOfTravel(costs(100, 120), { statistic: "figure", materialRelative: 0.1, reference: national }));
    expect(apart).toMatchObject({ kind: "increased", tested: false, significant: false });
  });

  it("property: a force whose change equals the reference's is Stable (rates, proportions and surveys)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1000, max: 10_000_000 }),
        fc.integer({ min: 2, max: 60 }),
        (x1, x2, base, k) => {
          const d = ok(directionOfTravel(years(x1, x1, x2, base), { statistic: "rate", polarity: "lower", reference: reference([x1 * k, base * k], [x2 * k, base * k]) }));
          if (x1 > 0) expect(d.kind).toBe("stable");
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 250, max: 750 }), fc.integer({ min: 250, max: 750 }), fc.constantFrom("proportion" as const, "survey" as const), (e1, e2, statistic) => {
        // The force: e1 then e2 of 1,000; England and Wales: 50,000 then 50,000 + 100 (e2 - e1) of
        // 100,000, the same change in points.
        const own = statistic === "survey" ? years(e1 / 10, 50, e2 / 10, 1000) : years(e1, 500, e2, 1000);
        const d = ok(directionOfTravel(own, { statistic, polarity: "higher", designEffect: 1.5, reference: reference([50_000, 100_000], [50_000 + 100 * (e2 - e1), 100_000]) }));
        expect(d.gap).toBeCloseTo(0, 9);
        expect(d.kind).toBe("stable");
      }),
    );
  });
});

describe("the reference totals", () => {
  it("sum the forces with a usable figure in both years, over the named forces only when given", () => {
    const earlier = [
      { force: "Kent", numerator: 100, denominator: 1000 },
      { force: "Surrey", numerator: 50, denominator: 1000 },
      { force: "Essex", numerator: 10, denominator: 1000 },
    ];
    const latest = [
      { force: "Kent", numerator: 80, denominator: 1000 },
      { force: "Surrey", numerator: 40, denominator: 1000 },
      { force: "Essex", numerator: null, denominator: 1000 },
    ];
    expect(changeReference("England and Wales", earlier, latest, "rate")).toEqual(reference([150, 2000], [120, 2000]));
    expect(changeReference("Similar forces", earlier, latest, "rate", ["Surrey"])).toEqual(reference([50, 1000], [40, 1000], "Similar forces"));
    expect(changeReference("Similar forces", earlier, latest, "rate", ["Essex"])).toBeNull();
  });
});

describe("a survey gap tested as a difference of two proportions", () => {
  const gap = (force: string, first: number, second: number, firstSize = 800, secondSize = 400): SurveyGap => ({ force, first, firstSize, second, secondSize, designEffect: 1 });

  it("Hampshire's 2008/09 gap, 85.3 against 80.3 (771 and 444 asked), has variance 85.3 x 14.7 / 771 + 80.3 x 19.7 / 444", () => {
    // By hand: 1.62634 + 3.56287 = 5.18921 squared points, se 2.2780 points.
    const own = gap("Hampshire", 85.3, 80.3, 771, 444);
    const p = gapPosition(own, [gap("A", 86, 81.6), gap("B", 84, 79.4)], { includeForce: false, materialPoints: 3 });
    expect(p.force.estimate).toBeCloseTo(5, 10);
    expect(p.force.upper - p.force.estimate).toBeCloseTo(1.959964 * Math.sqrt(85.3 * 14.7 / 771 + 80.3 * 19.7 / 444), 4);
    expect(p.tested).toBe(true);
    expect(p.kind).toBe("similar");
  });

  it("a smaller gap is better: a large, sure and material gap above the group's is worse", () => {
    const peers = [gap("A", 80, 79, 5000, 5000), gap("B", 80, 79, 5000, 5000)];
    expect(gapPosition(gap("Kent", 85, 70, 5000, 5000), peers, { includeForce: false, materialPoints: 3 }).kind).toBe("worse");
    expect(gapPosition(gap("Kent", 80, 79.5, 5000, 5000), peers, { includeForce: false, materialPoints: 3 }).kind).toBe("similar");
  });

  it("property: a smaller gap is never more significant (same group, same sample sizes)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const peers = [gap("A", 51, 49, 2000, 500), gap("B", 51.5, 48.5, 2000, 500)];
        const of = (g: number) => gapPosition(gap("Kent", 50 + g / 2, 50 - g / 2, 2000, 500), peers, { includeForce: false }).test!;
        const mean = 2.5;
        if (small >= mean) expect(of(small).pValue).toBeGreaterThanOrEqual(of(large).pValue - 1e-12);
      }),
    );
  });

  it("direction: a gap that narrowed by as much as the reference's is Stable; the reference and test are reported", () => {
    const series = [
      { year: "2006/07", gap: gap("Kent", 85, 75, 4000, 400) },
      { year: "2007/08", gap: gap("Kent", 85, 77, 4000, 400) },
      { year: "2008/09", gap: gap("Kent", 85, 80, 4000, 400) },
    ];
    const d = gapDirection(series, { name: "England and Wales", change: -5 }, { materialPoints: 3 });
    expect(d).toMatchObject({ kind: "stable", tested: true, test: "difference of two proportions", change: -5, reference: { name: "England and Wales", change: -5 } });
    const alone = gapDirection(series, null, { materialPoints: 3 });
    // -5 points, se = sqrt(85 x 15 / 4000 + 75 x 25 / 400 + 85 x 15 / 4000 + 80 x 20 / 400)
    // = sqrt(0.31875 + 4.6875 + 0.31875 + 4.0) = 3.0537: z = -1.6374, p = 2 x 0.05078 = 0.1016, not significant.
    expect(alone.pValue).toBeCloseTo(0.1016, 3);
    expect(alone.kind).toBe("stable");
  });
});
