import { column, excel } from "./call";
import { blankRules } from "./blankRules";

describe("GRADE", () => {
  it("gives the task pane's recommendation", () => {
    // (2+1 + 0+0) / 2 = 1.5: Excellent under the default rules.
    expect(excel("GRADE", column("Significantly better than similar forces", "Similar to similar forces"), column("Improved", "Stable"))).toBe("Excellent");
    const peel = [["Minimum score for Outstanding", 2], ["Minimum score for Good", 0], ["Lowest grade", "Inadequate"]];
    // The same mean of 1.5 under a table of two bands: below 2 but from 0 is Good.
    expect(excel("GRADE", column("Better", "Similar"), column("Improved", "Stable"), peel)).toBe("Good");
    expect(excel("GRADE", column("Higher than similar forces"), column("Stable"))).toMatchObject({ code: "#VALUE!" });
  });
});

blankRules("GRADE", [column("Better", "Similar"), column("Improved", "Stable")]);
