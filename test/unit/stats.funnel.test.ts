import { adjustedZ, estimateOverdispersion, funnelStandardError, rawZ, twoSidedP, winsorise, winsorisedNormalMoment, type FunnelPoint } from "../../src/engine/stats/funnel";
import { msgPosition } from "../../src/engine/compare";

// Spiegelhalter (2005), "Funnel plots for comparing institutional performance", Statistics in
// Medicine 24:1185-1202. Every reference value below is worked by hand from the paper's formulas.

describe("the standard error of a force against its group", () => {
  it("rates: Poisson variance target x (1/n + 1/N) when the group leaves the force out", () => {
    // Kent's population 1,684,100, a group of 10,000,000 at 0.6 per 1,000 = 0.0006 a person:
    // 0.0006 x (1/1,684,100 + 1/10,000,000) = 0.0006 x 6.93789e-7 = 4.16273e-10; root 2.04028e-5.
    expect(funnelStandardError("rate", 0.0006, 1_684_100, 10_000_000, false)).toBeCloseTo(2.040278e-5, 10);
  });

  it("rates: target x (1/n - 1/N) when the group's total includes the force", () => {
    // 0.0006 x (5.93789e-7 - 1e-7) = 2.96273e-10; root 1.72126e-5.
    expect(funnelStandardError("rate", 0.0006, 1_684_100, 10_000_000, true)).toBeCloseTo(1.721259e-5, 10);
  });

  it("proportions: p (1 - p) x design effect x (1/n + 1/N)", () => {
    // 0.25 x 0.75 x 1.5 x (1/800 + 1/5,000) = 0.28125 x 0.00145 = 0.000407813; root 0.0201944.
    expect(funnelStandardError("proportion", 0.25, 800, 5000, false, 1.5)).toBeCloseTo(0.0201944, 7);
  });
});

describe("winsorising and the overdispersion factor", () => {
  it("pulls in the k = floor(fraction x count) values at each end", () => {
    // 10 values, 10%: k = 1, so 1 becomes 2 and 10 becomes 9; order is kept.
    expect(winsorise([10, 1, 5, 2, 3, 4, 6, 7, 8, 9], 0.1)).toEqual([9, 2, 5, 2, 3, 4, 6, 7, 8, 9]);
    expect(winsorise([3, 1, 2], 0.1)).toEqual([3, 1, 2]);
  });

  it("knows how much of a normal variance 10% winsorising keeps", () => {
    // a = Phi^-1(0.9) = 1.2815516, pdf(a) = exp(-a^2/2)/sqrt(2 pi) = 0.1754983:
    // 1 - 0.2 - 2 x 1.2815516 x 0.1754983 + 0.2 x 1.2815516^2 = 0.8 - 0.4498228 + 0.3284752 = 0.6786546.
    expect(winsorisedNormalMoment(0.1)).toBeCloseTo(0.6786546, 6);
    expect(winsorisedNormalMoment(0)).toBe(1);
  });

  const point = (gap: number, standardError = 1): FunnelPoint => ({ value: 10 + gap, target: 10, standardError });

  it("multiplicative: phi is the mean squared z-score, and z is divided by its root", () => {
    // No winsorising: z = 2, -1, 1, 0, -2; phi = (4 + 1 + 1 + 0 + 4) / 5 = 2.
    const points = [2, -1, 1, 0, -2].map((g) => point(g));
    const od = estimateOverdispersion(points, "multiplicative", 0);
    expect(od.phi).toBeCloseTo(2, 12);
    expect(adjustedZ(point(2), od)).toBeCloseTo(2 / Math.SQRT2, 12);
  });

  it("multiplicative: never narrows the limits below chance alone (phi under 1 leaves z as it is)", () => {
    const od = estimateOverdispersion([0.5, -0.5, 0.1].map((g) => point(g)), "multiplicative", 0);
    expect(od.phi).toBeLessThan(1);
    expect(adjustedZ(point(0.5), od)).toBe(0.5);
  });

  it("additive: tau^2 makes the mean squared adjusted z-score 1", () => {
    // Three forces, standard error 1, gaps 2, -2, 0: phi = 8/3. The moment equation
    // (4 + 4 + 0) / (1 + tau^2) / 3 = 1 gives tau^2 = 8/3 - 1 = 5/3.
    const od = estimateOverdispersion([2, -2, 0].map((g) => point(g)), "additive", 0);
    expect(od.phi).toBeCloseTo(8 / 3, 12);
    expect(od.tau2).toBeCloseTo(5 / 3, 9);
    // Adjusted z of the gap 2: 2 / sqrt(1 + 5/3) = 2 / 1.63299 = 1.22474.
    expect(adjustedZ(point(2), od)).toBeCloseTo(1.2247449, 6);
  });

  it("additive, relative spread for rates: tau is a fraction of the target", () => {
    // Targets 10, gaps 2, -2, 0, standard error 1: tau^2 x 10^2 = 5/3, so tau^2 = 1/60.
    const od = estimateOverdispersion([2, -2, 0].map((g) => ({ ...point(g), relativeSpread: true })), "additive", 0);
    expect(od.tau2).toBeCloseTo(1 / 60, 9);
  });

  it("no spread beyond chance gives tau^2 = 0, and fewer than three forces no adjustment", () => {
    expect(estimateOverdispersion([0.5, -0.5, 0.1].map((g) => point(g)), "additive", 0).tau2).toBe(0);
    expect(estimateOverdispersion([point(5), point(-5)], "additive", 0)).toMatchObject({ tau2: 0, phi: 1 });
  });

  it("two-sided p-values of the standard normal", () => {
    // Tables: P(|Z| > 1.959964) = 0.05; P(|Z| > 1.632993) = 0.10247.
    expect(twoSidedP(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedP(-1.632993)).toBeCloseTo(0.102470, 5);
    expect(rawZ(point(0, 0))).toBe(0);
  });
});

describe("msgPosition with the funnel comparison", () => {
  // Kent 120 or 150 offences on 100,000; Essex and Surrey 100 each on 100,000; the group without Kent:
  // target 200 / 200,000 = 0.001. se = sqrt(0.001 x (1/100,000 + 1/200,000)) = 1.224745e-4.
  const groups = [{ force: "Kent", peers: ["Essex", "Surrey"] }];
  const figures = (kent: number) => [
    { force: "Kent", numerator: kent, denominator: 100_000 },
    { force: "Essex", numerator: 100, denominator: 100_000 },
    { force: "Surrey", numerator: 100, denominator: 100_000 },
  ];
  const options = { comparison: "funnel", includeForce: false, materialRelative: 0.1, polarity: "lower" } as const;

  it("a gap of 20% that chance could explain is similar (z = 0.0002 / 1.2247e-4 = 1.633, p = 0.102)", () => {
    const r = msgPosition("Kent", groups, figures(120), options);
    if (!r.ok) throw new Error("no position");
    expect(r.value.kind).toBe("similar");
    expect(r.value.test?.z).toBeCloseTo(1.6329932, 6);
    expect(r.value.test?.pValue).toBeCloseTo(0.1024704, 6);
    expect(r.value.test).toMatchObject({ significant: false, material: true });
  });

  it("a gap of 50% beyond chance (z = 0.0005 / 1.2247e-4 = 4.082) is worse", () => {
    const r = msgPosition("Kent", groups, figures(150), options);
    if (!r.ok) throw new Error("no position");
    expect(r.value.kind).toBe("worse");
    expect(r.value.test?.z).toBeCloseTo(4.0824829, 6);
    expect(r.value.test?.gap).toBeCloseTo(0.5, 12);
  });

  it("the same gap beyond chance but under the material gap is similar", () => {
    const r = msgPosition("Kent", groups, figures(150), { ...options, materialRelative: 0.6 });
    if (!r.ok) throw new Error("no position");
    expect(r.value.kind).toBe("similar");
    expect(r.value.test).toMatchObject({ significant: true, material: false });
  });

  it("a smaller gap is never more significant, and a force identical to its group is similar", () => {
    const ps = [100, 105, 110, 120, 140, 160].map((k) => {
      const r = msgPosition("Kent", groups, figures(k), options);
      if (!r.ok) throw new Error("no position");
      return r.value;
    });
    expect(ps[0]?.kind).toBe("similar");
    for (let i = 1; i < ps.length; i++) expect(ps[i]!.test!.pValue).toBeLessThan(ps[i - 1]!.test!.pValue);
  });
});

describe("p-values when the spread between forces is estimated", () => {
  it("use Student's t with forces - 1 degrees of freedom", () => {
    // Tables of Student's t: t(0.975; 42) = 2.018082, so P(|T| > 2.018082) = 0.05 with 42 degrees of freedom.
    const od = { model: "additive", phi: 3, tau2: 0.01, forces: 43 } as const;
    expect(twoSidedP(2.018082, od)).toBeCloseTo(0.05, 5);
    expect(twoSidedP(2.018082)).toBeLessThan(0.05);
  });
});
