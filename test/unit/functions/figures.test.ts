import { excel } from "./call";
import { dataTable, forcesTable } from "./templateTables";

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
});
