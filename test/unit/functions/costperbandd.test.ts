import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("COSTPERBANDD", () => {
  it("is the precept over the tax base", () => {
    // West Yorkshire's real 2008/09 Band D of £124 (band_d_precept_yorkshire_2002-03_to_2009-10.csv) times an
    // illustrative tax base of 600,000 Band D equivalents is a precept of £74,400,000: back to £124.
    close(excel("COSTPERBANDD", 74_400_000, 600_000), 124);
    expect(excel("COSTPERBANDD", 74_400_000, 0)).toMatchObject({ code: "#DIV/0!" });
  });
});

blankRules("COSTPERBANDD", [74_400_000, 600_000]);
