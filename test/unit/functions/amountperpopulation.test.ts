import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("AMOUNTPERPOPULATION", () => {
  it("takes pence: 1,234.56 / 100,000 x 1,000 = 12.3456 (by hand)", () => {
    close(excel("AMOUNTPERPOPULATION", 1234.56, 100000), 12.3456);
    close(excel("AMOUNTPERPOPULATION", 1234.56, 100000, 1), 0.0123456);
  });
});

blankRules("AMOUNTPERPOPULATION", [1234.56, 100000, 1]);
