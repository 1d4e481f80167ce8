import { column, excel, row } from "./call";
import { blankRules } from "./blankRules";

describe("DIRECTION", () => {
  it("compares the latest year with the year two before", () => {
    // Kent robberies 1,403, 1,151 and 1,015 (2006/07 to 2008/09): a fall of 28%, far beyond chance.
    const pop = row(1684100, 1684100, 1684100);
    expect(excel("DIRECTION", row(1403, 1151, 1015), pop, "lower")).toBe("Improved");
    expect(excel("DIRECTION", row(1403, 1151, 1015), pop)).toBe("Decreased");
    expect(excel("DIRECTION", row(1151, 1015), row(1, 1))).toMatchObject({ code: "#N/A" });
  });

  it("calls a small change in a small count stable", () => {
    // Surrey homicides 2 then 7: not significant at 95% by either the normal or the exact test.
    expect(excel("DIRECTION", column(2, 6, 7), column(1127300, 1127300, 1127300), "lower")).toBe("Stable");
  });
});

describe("DIRECTION on comparative satisfaction given both groups", () => {
  // Three years down, white victims then minority ethnic victims across: the gap goes 2, 5, 10 points.
  const percentages = [[90, 88], [90, 85], [90, 80]];
  const sizes = [[4000, 1000], [4000, 1000], [4000, 1000]];
  it("tests the change in the gap from both groups' sample sizes", () => {
    // By hand: the change is 10 - 2 = 8 points; its variance is the two years' gap variances,
    // (90 x 10 / 4,000 + 80 x 20 / 1,000) + (90 x 10 / 4,000 + 88 x 12 / 1,000) = 1.825 + 1.281 = 3.106,
    // z = 8 / 1.7624 = 4.54, p < 0.0001: the gap widened, which is worse.
    expect(excel("DIRECTION", percentages, sizes, "comparative-satisfaction")).toBe("Deteriorated");
    // The same with the years across (groups down).
    expect(excel("DIRECTION", [[90, 90, 90], [88, 85, 80]], [[4000, 4000, 4000], [1000, 1000, 1000]], "comparative-satisfaction")).toBe("Deteriorated");
    // Set against a reference whose mean gap also widened by 8 points (3, 6, 11), nothing is left: stable.
    expect(excel("DIRECTION", percentages, sizes, "comparative-satisfaction", null, null, null, row(3, 6, 11))).toBe("Stable");
    // A design effect of 9 triples the standard error: z = 1.51, p = 0.13, stable.
    expect(excel("DIRECTION", percentages, sizes, "comparative-satisfaction", null, 9)).toBe("Stable");
  });

  it("needs three years", () => {
    expect(excel("DIRECTION", [[90, 88], [90, 80]], [[4000, 1000], [4000, 1000]], "comparative-satisfaction")).toMatchObject({ code: "#N/A" });
  });
});

blankRules("DIRECTION", [row(1403, 1151, 1015), row(1684100, 1684100, 1684100), "lower", "rate"]);
