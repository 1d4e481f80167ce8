import { excel, population, robberies } from "./call";
import { blankRules } from "./blankRules";

describe("EWAVERAGE", () => {
  it("sums every force, skipping blank rows", () => {
    // By hand: (1,305 + 1,154 + 1,015 + 1,034) / (1,738,000 + 1,884,200 + 1,684,100 + 1,574,000) x 1,000.
    expect(excel("EWAVERAGE", [...robberies, [0]], [...population, [0]], "robbery")).toBeCloseTo((4508 / 6880300) * 1000, 12);
    expect(excel("EWAVERAGE", [[0]], [[0]])).toMatchObject({ code: "#N/A" });
  });
});

blankRules("EWAVERAGE", [robberies, population, "robbery"]);
