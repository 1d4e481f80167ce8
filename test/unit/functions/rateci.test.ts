import { close, column, excel } from "./call";
import { blankRules } from "./blankRules";

describe("RATECI", () => {
  it("gives exact Poisson limits", () => {
    // SciPy 1.17: chi2.ppf(0.025, 2030)/2/1684100*1000 and chi2.ppf(0.975, 2032)/2/1684100*1000.
    const [[lower, upper]] = excel("RATECI", 1015, 1684100) as [[number, number]];
    close(lower, 0.566183637, 1e-8);
    close(upper, 0.640944756, 1e-8);
    // Surrey's 7 homicides per 1,000,000 at 90%: chi2.ppf(0.05, 14)/2 and chi2.ppf(0.95, 16)/2 over 1.1273.
    const [[l90, u90]] = excel("RATECI", 7, 1127300, 1_000_000, 0.9) as [[number, number]];
    close(l90, 2.914322445, 1e-8);
    close(u90, 11.66336716, 1e-8);
  });

  it("never puts null in a spilled array and refuses a level of 95", () => {
    expect((excel("RATECI", 0, 1000) as number[][]).flat().every((v) => typeof v === "number")).toBe(true);
    expect(excel("RATECI", 5, 1000, 1000, 95)).toMatchObject({ code: "#NUM!" });
  });

  it("spills one row per count for columns; which gives one limit", () => {
    expect(excel("RATECI", column(1015, 1305), column(1684100, 1738000))).toHaveLength(2);
    expect(excel("RATECI", 1015, 1684100, null, null, "upper")).toEqual([[expect.closeTo(0.640944756, 8)]]);
  });
});

blankRules("RATECI", [1015, 1684100, 1_000_000, 0.9, "lower"]);
