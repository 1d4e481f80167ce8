import { close, column, excel } from "./call";
import { blankRules } from "./blankRules";

// Reference values worked in Python 3 from the formula (y - t) / sqrt(phi v / n), outside the code under test.
const target = (3493 / 5196200) * 1000;

describe("ZSCORE", () => {
  it("gives Kent's robbery z-score against a known rate", () => {
    // y = 1,015 / 1,684,100; t = 0.0006722; (y - t) / sqrt(t / 1,684,100) = -3.4800.
    close((excel("ZSCORE", 1015, 1684100, target) as number[][])[0]![0], -3.4799748737640632, 1e-12);
    // With an overdispersion factor of 2, divided by sqrt(2): -2.4607.
    close((excel("ZSCORE", 1015, 1684100, target, "robbery", 2) as number[][])[0]![0], -2.460713831597369, 1e-12);
  });

  it("reads a survey's percentage with its data set id, and refuses 0.64", () => {
    // (0.64 - 0.60) / sqrt(0.6 x 0.4 / 800) = 2.3094.
    close((excel("ZSCORE", 64, 800, 60, "satisfaction") as number[][])[0]![0], 2.309401076758505, 1e-12);
    expect(excel("ZSCORE", 0.64, 800, 60, "satisfaction")).toMatchObject({ code: "#NUM!", message: expect.stringContaining("64") });
  });

  it("gives one z-score per row for columns, and 0 at the target", () => {
    const out = excel("ZSCORE", column(1015, 672.222), column(1684100, 1000000), target) as unknown[][];
    close(out[0]![0], -3.4799748737640632, 1e-12);
    expect(out[1]![0]).toMatchObject({ code: "#NUM!" });
    expect(excel("ZSCORE", 0, 1000, 0)).toEqual([[0]]);
    expect(excel("ZSCORE", 3, 1000, 0)).toMatchObject({ code: "#NUM!" });
  });
});

describe("ZSCORE with the spread between forces", () => {
  it("estimates it from the counts given, as FUNNELLIMITS does", () => {
    // Five forces of 100,000 people at 9, 10, 11, 12 and 8 per 1,000 around 10 (see funnellimits.test.ts):
    // mean(d^2) = 2e-6 per person, so additive and multiplicative both give d / sqrt(2e-6): -0.7071, 0,
    // 0.7071, 1.4142, -1.4142; chance alone d / sqrt(1e-7): 3.1623 for the force at 11.
    const bases = column(100000, 100000, 100000, 100000, 100000);
    const counts = column(900, 1000, 1100, 1200, 800);
    const expected = [-Math.SQRT1_2, 0, Math.SQRT1_2, Math.SQRT2, -Math.SQRT2];
    for (const model of ["additive", "multiplicative"]) {
      const out = excel("ZSCORE", counts, bases, 10, null, model) as number[][];
      out.forEach(([z], i) => (expected[i] === 0 ? expect(z).toBe(0) : close(z, expected[i]!, 1e-9)));
    }
    close((excel("ZSCORE", counts, bases, 10, null, "none") as number[][])[2]![0], Math.sqrt(10), 1e-9);
    expect(excel("ZSCORE", counts, bases, 10, null, 0.5)).toMatchObject({ code: "#NUM!" });
  });
});

blankRules("ZSCORE", [1015, 1684100, target, "robbery", 2]);
