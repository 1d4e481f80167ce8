import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("COSTPERPCSO", () => {
  it("is costs over FTE: 1,365,000 / 42.5 = 32,117.647 (by hand)", () => {
    close(excel("COSTPERPCSO", 1_365_000, 42.5), 32_117.647);
    expect(excel("COSTPERPCSO", 1_365_000, 0)).toMatchObject({ code: "#DIV/0!" });
  });
});

blankRules("COSTPERPCSO", [1_365_000, 42.5]);
