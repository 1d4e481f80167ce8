import { close, column, excel } from "./call";
import { blankRules } from "./blankRules";

describe("RATERATIO", () => {
  it("gives Kent's robbery rate over its group's, with the log-method interval", () => {
    // By hand (Python 3): (1,015 / 1,684,100) / (3,493 / 5,196,200) = 0.89657; exp(+/- 1.959964
    // sqrt(1/1,015 + 1/3,493)) gives 0.83605 to 0.96147: below 1, Kent's rate is lower beyond chance.
    const [[ratio, lower, upper]] = excel("RATERATIO", 1015, 1684100, 3493, 5196200) as [[number, number, number]];
    close(ratio, 0.8965725525036178, 1e-12);
    close(lower, 0.8360516510348399, 1e-12);
    close(upper, 0.9614744985048236, 1e-12);
    expect(excel("RATERATIO", 1015, 1684100, 3493, 5196200, null, "upper")).toEqual([[expect.closeTo(0.9614744985048236, 12)]]);
  });

  it("refuses a zero count, naming it, and spills one row per pair of columns", () => {
    expect(excel("RATERATIO", 0, 1127300, 7, 1127300)).toMatchObject({ code: "#NUM!", message: expect.stringContaining("The first count is 0") });
    const out = excel("RATERATIO", column(1015, 1034), column(1684100, 1574000), 3493, 5196200) as number[][];
    expect(out).toHaveLength(2);
    close(out[1]![0], 1034 / 1574000 / (3493 / 5196200), 1e-12);
  });
});

blankRules("RATERATIO", [1015, 1684100, 3493, 5196200, 0.9, "upper"]);
