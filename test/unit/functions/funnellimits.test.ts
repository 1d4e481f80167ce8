import { close, column, excel } from "./call";
import { blankRules } from "./blankRules";

// Reference values from Python 3's statistics.NormalDist (z = inv_cdf(0.975) = 1.959964,
// inv_cdf(0.999) = 3.090232) and the formula target +/- z sqrt(phi v / n), worked outside the code under test.
const target = (3493 / 5196200) * 1000; // the group's robbery rate without Kent, per 1,000 (0.6722)

describe("FUNNELLIMITS", () => {
  it("gives the 95% limits for a rate per 1,000 at Kent's population", () => {
    // 0.6722 +/- 1.959964 sqrt(0.0006722 / 1,684,100) x 1,000.
    const [[lower, upper]] = excel("FUNNELLIMITS", target, 1684100) as [[number, number]];
    close(lower, 0.6330640070766037, 1e-12);
    close(upper, 0.7113800097048903, 1e-12);
    // Kent's 0.6027 lies below the lower limit: outside the funnel, as its z-score of -3.48 says.
  });

  it("takes the outer 99.8% funnel and an overdispersion factor", () => {
    const [[lower, upper]] = excel("FUNNELLIMITS", target, 1684100, "robbery", 0.998, 2) as [[number, number]];
    close(lower, 0.5849090804805375, 1e-12);
    close(upper, 0.7595349363009567, 1e-12);
  });

  it("gives a survey's limits in percentage points for its data set id", () => {
    // 60% of a sample of 800: 60 +/- 1.959964 sqrt(0.6 x 0.4 / 800) x 100.
    const [[lower, upper]] = excel("FUNNELLIMITS", 60, 800, "satisfaction") as [[number, number]];
    close(lower, 56.60524279777148, 1e-12);
    close(upper, 63.39475720222851, 1e-12);
  });

  it("spills one row per base for a column; a bad base holds its error in its row", () => {
    const out = excel("FUNNELLIMITS", target, column(1684100, 0, 1574000, 0, 0)) as unknown[][];
    // The blank end (Excel's 0s) is dropped; a 0 in the middle cannot be divided by.
    expect(out).toHaveLength(3);
    expect(out[1]![0]).toMatchObject({ code: "#DIV/0!" });
    close(out[2]![1], target + 1.959963984540054 * Math.sqrt((target / 1000 / 1574000)) * 1000, 1e-12);
  });

  it("refuses what would give a wrong funnel without an error", () => {
    expect(excel("FUNNELLIMITS", target, 1684100, null, 0.05)).toMatchObject({ code: "#NUM!" });
    expect(excel("FUNNELLIMITS", target, 1684100, null, null, 0.5)).toMatchObject({ code: "#NUM!" });
    expect(excel("FUNNELLIMITS", 48000, 300, "cost-per-officer")).toMatchObject({ code: "#VALUE!" });
    expect(excel("FUNNELLIMITS", 160, 800, "satisfaction")).toMatchObject({ code: "#NUM!" });
  });

  describe("with the spread between forces, as the assessment allows for it", () => {
    // Spiegelhalter (2005), section 6: with d = y - t and s^2 = t / n (a rate per person), the additive
    // model adds tau^2 c^2 (c = t for a rate) to s^2 so that the z-scores d / sqrt(s^2 + tau^2 c^2)
    // average 1 in square; the multiplicative one takes phi = mean(d^2 / s^2). With fewer than ten
    // forces nothing is winsorised (10% of 5 is 0 forces).
    const z95 = 1.959963984540054; // Python 3: NormalDist().inv_cdf(0.975)
    const rules = [["comparison-method", "How", "funnel"], ["overdispersion", "Model", "additive"], ["winsorising", "Share", 0.1]];

    it("equal bases: both models give t +/- z x the root mean square of the deviations, worked by hand", () => {
      // Five forces of 100,000 people at 9, 10, 11, 12 and 8 per 1,000 around a target of 10: d = -0.001,
      // 0, 0.001, 0.002, -0.002 per person; mean(d^2) = 1e-5 / 5 = 2e-6 > s^2 = 0.01 / 100,000 = 1e-7.
      // Additive: tau^2 c^2 = 2e-6 - 1e-7; multiplicative: phi = 2e-6 / 1e-7 = 20; either way the half
      // width is z sqrt(2e-6) x 1,000 = 1.959964 x 1.414214 = 2.771808 per 1,000.
      const bases = column(100000, 100000, 100000, 100000, 100000);
      const counts = column(900, 1000, 1100, 1200, 800);
      for (const model of ["additive", "multiplicative", rules]) {
        const out = excel("FUNNELLIMITS", 10, bases, null, null, model, counts) as number[][];
        close(out[0]![0], 10 - z95 * Math.sqrt(2e-6) * 1000, 1e-9);
        close(out[0]![1], 10 + z95 * Math.sqrt(2e-6) * 1000, 1e-9);
      }
      // Chance alone: 10 +/- z sqrt(1e-7) x 1,000 = 10 +/- 0.6198.
      close((excel("FUNNELLIMITS", 10, bases, null, null, "none", counts) as number[][])[0]![1], 10 + z95 * Math.sqrt(1e-7) * 1000, 1e-12);
      // The z-score of the force at 12: 0.002 / sqrt(2e-6) = sqrt(2) = 1.414214.
      close((excel("ZSCORE", counts, bases, 10, null, "additive") as number[][])[3]![0], Math.SQRT2, 1e-9);
    });

    it("unequal bases: additive widens every force's limits by the same variance, multiplicative by the same factor", () => {
      // Forces of 50,000, 100,000, 200,000 and 400,000 people at 12, 9, 12 and 9 per 1,000 around 10.
      const n = [50000, 100000, 200000, 400000];
      const y = [0.012, 0.009, 0.012, 0.009];
      const counts = column(...n.map((b, i) => Math.round(b * y[i]!)));
      const s2 = n.map((b) => 0.01 / b);
      const d = y.map((v) => v - 0.01);
      const variances = (model: unknown) => (excel("FUNNELLIMITS", 10, column(...n), null, null, model, counts) as number[][]).map(([, upper]) => ((upper! - 10) / 1000 / z95) ** 2);
      const additive = variances(rules);
      const multiplicative = variances("multiplicative");
      // Additive: the variance less s^2 is one tau^2 c^2 for every force ...
      const extra = additive.map((v, i) => v - s2[i]!);
      for (const e of extra) close(e, extra[0]!, 1e-9);
      expect(extra[0]).toBeGreaterThan(0);
      // ... and the z-scores against those limits average 1 in square (the moment equation).
      close(d.reduce((t, di, i) => t + (di * di) / additive[i]!, 0) / n.length, 1, 1e-9);
      // Multiplicative: the variance over s^2 is one phi, mean(d^2 / s^2) = (20 + 10 + 80 + 40) / 4 = 37.5.
      multiplicative.forEach((v, i) => close(v / s2[i]!, 37.5, 1e-9));
      // ZSCORE with the Rules gives d / sqrt(variance), force by force.
      const z = excel("ZSCORE", counts, column(...n), 10, null, rules) as number[][];
      z.forEach(([value], i) => close(value, d[i]! / Math.sqrt(additive[i]!), 1e-9));
    });

    it("needs the counts to estimate the spread, and refuses a model it does not know", () => {
      expect(excel("FUNNELLIMITS", 10, 100000, null, null, "additive")).toMatchObject({ code: "#N/A", message: expect.stringContaining("counts") });
      expect(excel("FUNNELLIMITS", 10, 100000, null, null, "random")).toMatchObject({ code: "#VALUE!" });
      // A factor phi, as before, given as Excel passes one cell to a range argument.
      close((excel("FUNNELLIMITS", target, 1684100, "robbery", 0.998, [[2]]) as number[][])[0]![0], 0.5849090804805375, 1e-12);
    });
  });
});

blankRules("FUNNELLIMITS", [target, 1684100, "robbery", 0.998, 2]);
