import { excel } from "./call";
import { blankRules } from "./blankRules";

describe("DATASETS", () => {
  it("lists the 25 ids, or one domain's", () => {
    expect(excel("DATASETS")).toHaveLength(25);
    expect(excel("DATASETS", "value-for-money")).toEqual([["cost-per-officer"], ["cost-per-pcso"], ["cost-per-staff"], ["band-d"], ["cost-per-head"], ["cipfa"]]);
    expect(excel("DATASETS", "Policing")).toMatchObject({ code: "#VALUE!" });
  });
});

blankRules("DATASETS", ["value-for-money"]);
