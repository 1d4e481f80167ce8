import { excel } from "./call";
import { dataTable, forcesTable } from "./templateTables";
import { blankRules } from "./blankRules";

describe("FIGURES", () => {
  it("spills Force, Numerator, Denominator from the Data table passed whole, the population from Forces", () => {
    expect(excel("FIGURES", "robbery", "2008/09", dataTable, forcesTable)).toEqual([
      ["Essex", 1305, 1738000],
      ["Hampshire", 1154, 1884200],
      ["Kent", 1015, 1684100],
      ["Sussex", 1034, 1574000],
    ]);
    expect(excel("FIGURES", "robbery", "2001/02", dataTable, forcesTable)).toMatchObject({ code: "#N/A" });
    expect(excel("FIGURES", "shoplifting", "2008/09", dataTable, forcesTable)).toMatchObject({ code: "#VALUE!" });
  });

  it("spills each group's percentage and sample size for comparative satisfaction, after the gap", () => {
    const survey = [
      ["Force", "Year", "Data set id", "Percentage", "Sample size", "Design effect", "Minority ethnic percentage", "Minority ethnic sample size", "Source"],
      ["Kent", "2008/09", "comparative-satisfaction", 84.5, 1200, 0, 79, 150, "illustrative"],
      ["Essex", "2008/09", "comparative-satisfaction", 6, 900, 0, 0, 0, "illustrative"],
    ];
    expect(excel("FIGURES", "comparative-satisfaction", "2008/09", survey, forcesTable)).toEqual([
      ["Kent", 5.5, "", 84.5, 1200, 79, 150],
      // Excel passes the empty minority ethnic cells as 0: a percentage of 0 is a figure, a sample size of 0 is blank.
      ["Essex", 6, "", 6, 900, 0, ""],
    ]);
  });
});

blankRules("FIGURES", ["robbery", "2008/09", dataTable, forcesTable]);
