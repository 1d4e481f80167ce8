import { close, column, excel } from "./call";

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
});
