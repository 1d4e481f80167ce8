import { excel } from "./call";
import { blankRules } from "./blankRules";

describe("DATASET", () => {
  it("reads the catalogue", () => {
    expect(excel("DATASET", "burglary")).toBe("Burglary");
    expect(excel("DATASET", "homicide", "multiplier")).toBe(1_000_000);
    expect(excel("DATASET", "cost-per-officer", "polarity")).toBe("neutral");
    expect(excel("DATASET", "shoplifting")).toMatchObject({ code: "#VALUE!" });
  });
});

blankRules("DATASET", ["homicide", "multiplier"]);
