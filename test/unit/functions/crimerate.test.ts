import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("CRIMERATE", () => {
  it("Kent's 1,015 robberies in 2008/09 over 1,684,100 people is 0.6027 per 1,000", () => {
    // Real figures: ho_rec_crime_43forces_key_offences (2008/09) and population_2010_by_force; 1015 / 1684.1.
    close(excel("CRIMERATE", 1015, 1684100), 0.6026958);
    close(excel("CRIMERATE", 1015, 1684100, null), 0.6026958);
    close(excel("CRIMERATE", 1015, 1684100, 100000), 60.26958);
  });

  it("refuses a fractional count and a zero base", () => {
    expect(excel("CRIMERATE", 2.5, 1000)).toMatchObject({ code: "#NUM!" });
    expect(excel("CRIMERATE", 5, 0)).toMatchObject({ code: "#DIV/0!" });
  });
});

blankRules("CRIMERATE", [1015, 1684100, 100000]);
