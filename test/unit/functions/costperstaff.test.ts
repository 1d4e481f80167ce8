import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("COSTPERSTAFF", () => {
  it("is costs over FTE: 28,000,000 / 1,000 = 28,000 (by hand)", () => {
    close(excel("COSTPERSTAFF", 28_000_000, 1000), 28_000);
    expect(excel("COSTPERSTAFF", 28_000_000, null)).toMatchObject({ code: "#N/A" });
  });
});

blankRules("COSTPERSTAFF", [28_000_000, 1000]);
