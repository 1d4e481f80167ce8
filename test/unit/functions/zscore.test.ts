import { close, column, excel } from "./call";

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
