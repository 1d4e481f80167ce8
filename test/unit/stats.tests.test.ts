import { compareProportions, compareRates } from "../../src/engine/stats";

function expectClose(actual: number, reference: number, tolerance = 5e-5): void {
  const error = reference === 0 ? Math.abs(actual) : Math.abs(actual - reference) / Math.abs(reference);
  expect(error).toBeLessThan(tolerance);
}

// References computed with SciPy 1.17.1 (from scipy.stats import norm), by the formulas, never with this code:
//   rates:       r = (x1+x2)/(n1+n2); z = (x1/n1 - x2/n2)/sqrt(r*(1/n1 + 1/n2)); p = 2*norm.sf(abs(z))
//   proportions: p = (s1+s2)/(n1+n2); z = (s1/n1 - s2/n2)/sqrt(p*(1-p)*(d1/n1 + d2/n2)); p = 2*norm.sf(abs(z))
describe("two-sample Poisson test of rates", () => {
  it.each([
    // Robbery 2009/10 (ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv, population_2010_by_force.csv):
    // West Midlands 7,241 in 2,655,100 against Merseyside 1,627 in 1,353,400.
    [7241, 2655100, 1627, 1353400, 30.69897206, 5.874334294e-207, "higher"],
    [30, 100000, 20, 100000, 1.414213562, 0.1572992071, "similar"],
    // Homicide 2009/10 (same files): Avon and Somerset 16 in 1,623,200 against Merseyside 21 in 1,353,400.
    [16, 1623200, 21, 1353400, -1.379014975, 0.1678901368, "similar"],
    // Dyfed-Powys 2 in 506,100 against West Midlands 26 in 2,655,100.
    [2, 506100, 26, 2655100, -1.279509467, 0.2007177081, "similar"],
  ] as const)("%p in %p against %p in %p", (x1, n1, x2, n2, z, p, direction) => {
    const c = compareRates(x1, n1, x2, n2);
    expectClose(c.z, z);
    expectClose(c.pValue, p, 1e-4);
    expect(c.direction).toBe(direction);
    expect(c.significant).toBe(direction !== "similar");
  });

  it("calls a significantly lower rate lower", () => {
    const c = compareRates(1627, 1353400, 7241, 2655100);
    expect(c).toMatchObject({ significant: true, direction: "lower" });
    expect(c.z).toBeLessThan(0);
  });

  it("gives z = 0, p = 1 and similar when neither sample has an event", () => {
    expect(compareRates(0, 1000, 0, 5000)).toEqual({ z: 0, pValue: 1, significant: false, direction: "similar" });
  });
});

describe("two-proportion z test", () => {
  it.each([
    // s1, n1, s2, n2, level, deff1, deff2, z, p, direction
    [81, 263, 15, 148, 0.95, 1, 1, 4.752688539, 2.00729442e-6, "higher"],
    [45, 100, 55, 100, 0.95, 1, 1, -1.414213562, 0.1572992071, "similar"],
    [450, 1000, 400, 1000, 0.95, 1, 1, 2.261656365, 0.02371864263, "higher"],
    [450, 1000, 400, 1000, 0.99, 1, 1, 2.261656365, 0.02371864263, "similar"],
    [450, 1000, 400, 1000, 0.95, 2, 2, 1.599232553, 0.1097689398, "similar"],
    [450, 1000, 400, 1000, 0.9, 1.2, 2, 1.78799635, 0.07377659677, "higher"],
  ] as const)("%p/%p against %p/%p at level %p, design effects %p and %p", (s1, n1, s2, n2, level, d1, d2, z, p, direction) => {
    const c = compareProportions(s1, n1, s2, n2, level, d1, d2);
    expectClose(c.z, z);
    expectClose(c.pValue, p);
    expect(c.direction).toBe(direction);
  });

  it.each([
    [0, 50, 0, 80],
    [50, 50, 80, 80],
    [12, 10, 30, 20],
  ])("gives z = 0, p = 1 when %p/%p and %p/%p are equal at 0 or 1 (capped)", (s1, n1, s2, n2) => {
    expect(compareProportions(s1, n1, s2, n2)).toEqual({ z: 0, pValue: 1, significant: false, direction: "similar" });
  });

  it("caps successes above n at n", () => {
    // 12/10 is tested as 10/10 against 8/10: z = 1.490711985, p = 0.1360371281 (SciPy formula above).
    const c = compareProportions(12, 10, 8, 10);
    expectClose(c.z, 1.490711985);
    expectClose(c.pValue, 0.1360371281);
  });
});
