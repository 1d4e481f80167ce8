import { poissonLimits, rateInterval, type PoissonMethod } from "../../src/engine/stats";

/** Agreement to about 4-5 significant figures: relative error below 5e-5 (absolute when the reference is 0). */
function expectClose(actual: number, reference: number, tolerance = 5e-5): void {
  const error = reference === 0 ? Math.abs(actual) : Math.abs(actual - reference) / Math.abs(reference);
  expect(error).toBeLessThan(tolerance);
}

// References computed with SciPy 1.17.1 (from scipy.stats import chi2, norm), never with this code:
//   exact: lower = chi2.ppf(a/2, 2*x)/2 (0 when x == 0), upper = chi2.ppf(1-a/2, 2*x+2)/2, a = 1 - level
//   byar:  z = norm.ppf(1-a/2); lower = x*(1-1/(9*x)-z/(3*sqrt(x)))**3, upper = (x+1)*(1-1/(9*(x+1))+z/(3*sqrt(x+1)))**3
const cases: readonly (readonly [PoissonMethod, number, number, number, number])[] = [
  // method, count, level, lower, upper
  ["exact", 0, 0.95, 0, 3.688879454],
  ["exact", 1, 0.95, 0.02531780798, 5.571643391],
  ["exact", 2, 0.95, 0.2422092785, 7.224687668],
  // Also the published Garwood table value for 10: 4.795 to 18.39 (agrees with SciPy to 4 figures).
  ["exact", 10, 0.95, 4.795388696, 18.39035604],
  ["exact", 10, 0.99, 3.716922131, 21.3978275],
  ["exact", 10, 0.9, 5.425405697, 16.96221924],
  ["exact", 100, 0.95, 81.36399125, 121.6267938],
  ["exact", 7241, 0.95, 7075.16786, 7409.737943],
  ["byar", 0, 0.95, 0, 3.668011832],
  ["byar", 1, 0.95, 0.0130721329, 5.563755582],
  ["byar", 10, 0.95, 4.787449914, 18.39145861],
  ["byar", 10, 0.99, 3.691768223, 21.42150828],
  ["byar", 100, 0.95, 81.36210549, 121.6279376],
  ["byar", 7241, 0.95, 7075.167676, 7409.738117],
];

describe("Poisson limits of a count", () => {
  it.each(cases)("%s limits of %p at level %p match SciPy", (method, count, level, lower, upper) => {
    const limits = poissonLimits(count, level, method);
    expectClose(limits.lower, lower);
    expectClose(limits.upper, upper);
  });

  it("uses the exact method unless told otherwise", () => {
    expect(poissonLimits(10, 0.95)).toEqual(poissonLimits(10, 0.95, "exact"));
  });

  it("matches the published Garwood limits for a count of 10 (4.795 to 18.39)", () => {
    const limits = poissonLimits(10, 0.95);
    expect(limits.lower).toBeCloseTo(4.795, 3);
    expect(limits.upper).toBeCloseTo(18.39, 2);
  });

  it("keeps Byar's lower limit at 0 or above for a count of 1 at a very high level", () => {
    // z = norm.ppf(1 - 1e-7/2) = 5.33 makes 1 - 1/9 - z/3 negative: the limit is floored at 0.
    expect(poissonLimits(1, 1 - 1e-7, "byar").lower).toBe(0);
  });
});

describe("a rate with its Poisson interval", () => {
  it("gives West Midlands' robbery rate per 1,000 in 2009/10 with exact limits", () => {
    // Home Office recorded crime (../shared/data/ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv):
    // West Midlands, 2009/10, robbery = 7,241. Population 2010 (population_2010_by_force.csv): 2,655,100.
    // By hand: 7241 / 2655100 * 1000 = 2.727204...; limits chi2.ppf(0.025, 14482)/2 / 2655100 * 1000 = 2.664746
    // and chi2.ppf(0.975, 14484)/2 / 2655100 * 1000 = 2.790757 (SciPy).
    const r = rateInterval(7241, 2655100);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expectClose(r.value.estimate, 2.7272042484);
    expectClose(r.value.lower, 2.6647462847);
    expectClose(r.value.upper, 2.7907566355);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    // Dyfed-Powys homicide 2009/10 = 2 (same file), population 506,100: per 1,000,000 = 3.95179.
    // exact: chi2.ppf(0.025, 4)/2, chi2.ppf(0.975, 6)/2 scaled by 1e6/506100 = 0.4785799, 14.275218;
    // byar (formula above with x = 2) scaled the same = 0.4438356, 14.267672.
    ["exact", 0.4785798825, 14.27521768],
    ["byar", 0.443835628, 14.2676724],
  ] as const)("gives Dyfed-Powys homicide per million with %s limits", (method, lower, upper) => {
    const r = rateInterval(2, 506100, { per: 1_000_000, method });
    if (!r.ok) throw new Error("expected a result");
    expectClose(r.value.estimate, 3.951788184);
    expectClose(r.value.lower, lower);
    expectClose(r.value.upper, upper);
  });

  it("gives a zero count an estimate and lower limit of 0 and a positive upper limit", () => {
    const r = rateInterval(0, 1000, { per: 1000, level: 0.95 });
    // upper = chi2.ppf(0.975, 2)/2 = 3.688879454 per 1,000 of a base of 1,000.
    expect(r.ok && r.value.estimate).toBe(0);
    expect(r.ok && r.value.lower).toBe(0);
    if (r.ok) expectClose(r.value.upper, 3.688879454);
  });

  it.each([
    [null, 1000, "blank-value", "Count"],
    ["", 1000, "blank-value", "Count"],
    ["12", 1000, "not-a-number", "Count"],
    [Number.NaN, 1000, "not-a-number", "Count"],
    [-1, 1000, "negative-count", "Count"],
    [1.5, 1000, "fractional-count", "Count"],
    [5, 0, "zero-denominator", "Population"],
    [5, undefined, "blank-value", "Population"],
    [5, -10, "negative-value", "Population"],
    [5, Number.POSITIVE_INFINITY, "not-a-number", "Population"],
  ] as const)("rejects count %p over base %p with %s", (count, base, code, argument) => {
    const r = rateInterval(count, base);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path.argument])).toEqual([[code, argument]]);
  });

  it("uses the labels it is given and reports every problem at once", () => {
    const r = rateInterval(null, 0, { countLabel: "Robberies", baseLabel: "Households" });
    expect(!r.ok && r.issues.map((i) => [i.code, i.params.label])).toEqual([
      ["blank-value", "Robberies"],
      ["zero-denominator", "Households"],
    ]);
  });

  it.each([
    [{ level: 1 }, "out-of-range"],
    [{ level: 0 }, "out-of-range"],
    [{ per: 0 }, "out-of-range"],
    [{ per: Number.NaN }, "not-a-number"],
  ])("rejects the option %p with %s", (options, code) => {
    const r = rateInterval(5, 1000, options);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual([code]);
  });
});

describe("exact limits for the large counts of real forces", () => {
  // Regression: @stdlib's chi-square quantile gave an upper limit of 1079.580 for a count of 1015 (the
  // true value is 1079.415). References from mpmath 1.3 at 30 digits, solving the Poisson tail equations
  // directly, not through a chi-square routine:
  //   upper: findroot(lambda mu: gammainc(x+1, 0, mu, regularized=True) - 0.975, ...)
  //   lower: findroot(lambda mu: gammainc(x, 0, mu, regularized=True) - 0.025, ...)
  it.each([
    [1015, 953.509863054499, 1079.41506365214], // Kent robberies, 2008/09
    [7241, 7075.16786045327, 7409.73794281524], // West Midlands robberies, 2009/10
    [25000, 24691.0507216375, 25311.8497767051],
  ])("count %p: %p to %p", (count, lower, upper) => {
    const limits = poissonLimits(count, 0.95, "exact");
    expect(Math.abs(limits.lower - lower) / lower).toBeLessThan(1e-9);
    expect(Math.abs(limits.upper - upper) / upper).toBeLessThan(1e-9);
  });
});
