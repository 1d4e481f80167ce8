import { column, excel } from "./call";
import { blankRules } from "./blankRules";

describe("SIMILARFORCES", () => {
  it("spills the nearest forces", () => {
    const names = column("A", "B", "C", "D");
    const variables = [[1, 5], [2, 5], [4, 5], [8, 5]];
    expect(excel("SIMILARFORCES", "B", names, variables, 2)).toEqual([["A"], ["C"]]);
    // Seven similar forces of four is too many.
    expect(excel("SIMILARFORCES", "B", names, variables)).toMatchObject({ code: "#NUM!" });
  });
});

// Nine forces, so that the default of seven similar forces can be found.
blankRules("SIMILARFORCES", ["B", column("A", "B", "C", "D", "E", "F", "G", "H", "I"), [1, 2, 4, 8, 16, 32, 64, 128, 256].map((x) => [x, 5]), 2]);
