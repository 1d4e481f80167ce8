import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("DETECTIONRATE", () => {
  it("is a proportion, and a blank offences cell is not a zero", () => {
    // 14% of the 292,260 domestic burglaries of 2006/07 (national_reference_figures.csv; the 14% sanction
    // detection rate from national_sanction_detection_rates) is 40,916.4: 40,916 / 292,260 = 0.139999.
    close(excel("DETECTIONRATE", 40916, 292260), 0.1399986);
    expect(excel("DETECTIONRATE", 5, null)).toMatchObject({ code: "#N/A" });
    expect(excel("DETECTIONRATE", 5, "")).toMatchObject({ code: "#N/A" });
    // On the desktop an empty cell arrives as 0: that can only be a division by nought.
    expect(excel("DETECTIONRATE", 5, 0)).toMatchObject({ code: "#DIV/0!" });
    expect(excel("DETECTIONRATE", 2.5, 10)).toMatchObject({ code: "#NUM!" });
    expect(excel("DETECTIONRATE", true, 10)).toMatchObject({ code: "#VALUE!" });
  });

  it("above 100% is returned, as it can be real", () => {
    expect(excel("DETECTIONRATE", 12, 10)).toBe(1.2);
  });
});

blankRules("DETECTIONRATE", [40916, 292260]);
