import { excel, kentMsg as msg } from "./call";
import { blankRules } from "./blankRules";

// One row per force; Excel passes the empty cell at the end of the row as 0.
const wideMsg = [["Kent", "Essex", "Hampshire", "Sussex", 0]];

describe("MSGPEERS", () => {
  it("spills the peers, from one row per pair or one row per force", () => {
    expect(excel("MSGPEERS", "Kent", msg)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    expect(excel("MSGPEERS", "kent", wideMsg)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    expect(excel("MSGPEERS", "Knet", msg)).toMatchObject({ code: "#N/A", message: '"Knet" has no row in the Most Similar Group table.' });
  });

  it("reads only the force's own rows of the MSG table, as Excel's lookups do", () => {
    const withError = [...msg, ["Surrey", { code: "#REF!" }]];
    expect(excel("MSGPEERS", "Kent", withError)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    const ownError = [...msg, ["Kent", { code: "#REF!" }]];
    expect(excel("MSGPEERS", "Kent", ownError)).toMatchObject({ code: "#VALUE!", message: "The MSG table holds the error #REF!." });
  });
});

blankRules("MSGPEERS", ["Kent", msg, "2008/09"]);
