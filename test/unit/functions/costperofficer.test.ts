import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("COSTPEROFFICER", () => {
  it("is costs over FTE: 2,940,000 / 60 = 49,000 (by hand)", () => {
    close(excel("COSTPEROFFICER", 2_940_000, 60), 49_000);
  });

  it.each([
    ["0 FTE", 100, 0, "#DIV/0!"],
    ["an empty cell on the web", null, 10, "#N/A"],
    ["text", "lots", 10, "#VALUE!"],
    ["a negative cost", -5, 10, "#NUM!"],
  ])("with %s gives %s", (_case, a, b, code) => {
    expect(excel("COSTPEROFFICER", a, b)).toMatchObject({ code });
  });

  it("explains the error in plain English", () => {
    expect(excel("COSTPEROFFICER", 100, 0)).toEqual({
      code: "#DIV/0!",
      message: "Officer FTE is 0, so the cost per officer cannot be worked out (it would mean dividing by nought).",
    });
  });
});

blankRules("COSTPEROFFICER", [2_940_000, 60]);
