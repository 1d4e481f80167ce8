import { column, excel } from "./call";

describe("SIMILARFORCES", () => {
  it("spills the nearest forces", () => {
    const names = column("A", "B", "C", "D");
    const variables = [[1, 5], [2, 5], [4, 5], [8, 5]];
    expect(excel("SIMILARFORCES", "B", names, variables, 2)).toEqual([["A"], ["C"]]);
    // Seven similar forces of four is too many.
    expect(excel("SIMILARFORCES", "B", names, variables)).toMatchObject({ code: "#NUM!" });
  });
});
