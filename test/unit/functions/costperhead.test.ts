import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("COSTPERHEAD", () => {
  it("is spending over population: 250,000,000 / 1,684,100 = 148.4472 (by hand)", () => {
    close(excel("COSTPERHEAD", 250_000_000, 1_684_100), 148.4472);
    expect(excel("COSTPERHEAD", "lots", 1_684_100)).toMatchObject({ code: "#VALUE!" });
  });
});

blankRules("COSTPERHEAD", [250_000_000, 1_684_100]);
