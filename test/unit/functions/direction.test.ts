import { column, excel, row } from "./call";

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
