import { close, column, excel, forces, kentMsg as msg, one, population, robberies, row } from "./call";
import { blankRules } from "./blankRules";

describe("MSGAVERAGE", () => {
  it("weights by population: 4,508 / 6,880,300 x 1,000 with Kent, 3,493 / 5,196,200 x 1,000 without (the default)", () => {
    close(one(excel("MSGAVERAGE", "Kent", msg, forces, robberies, population, null, true)), 0.6552039882, 1e-9);
    close(one(excel("MSGAVERAGE", "Kent", msg, forces, robberies, population)), 0.6722220084, 1e-9);
    close(one(excel("MSGAVERAGE", "Kent", msg, forces, robberies, population, null, false)), 0.6722220084, 1e-9);
    // The same ranges as rows.
    close(one(excel("MSGAVERAGE", "Kent", msg, row("Essex", "Hampshire", "Kent", "Sussex"), row(1305, 1154, 1015, 1034), row(1738000, 1884200, 1684100, 1574000), null, true)), 0.6552039882, 1e-9);
  });

  it("refuses mismatched ranges, 2-D blocks and errors inside a range, naming the force", () => {
    expect(excel("MSGAVERAGE", "Kent", msg, forces, robberies.slice(1), population)).toMatchObject({ code: "#VALUE!" });
    expect(excel("MSGAVERAGE", "Kent", msg, [["Kent", "Essex"], ["Sussex", "Hampshire"]], robberies, population)).toMatchObject({ code: "#VALUE!" });
    const withError = column(1305, { code: "#N/A" }, 1015, 1034);
    expect(excel("MSGAVERAGE", "Kent", msg, forces, withError, population)).toMatchObject({ code: "#VALUE!", message: "The numerator for Hampshire holds the error #N/A." });
    // An error in the row of a force outside the group is not read.
    close(one(excel("MSGAVERAGE", "Kent", msg, [...forces, ["Surrey"]], [...robberies, [{ code: "#N/A" }]], [...population, [1]], null, true)), 0.6552039882, 1e-9);
    expect(excel("MSGAVERAGE", "Kent", msg, forces, column(1305, null, 1015, 1034), population)).toMatchObject({ code: "#N/A" });
  });

  it("takes a column of forces and spills one average per force; a force that fails holds its own error, named", () => {
    const out = excel("MSGAVERAGE", column("Kent", "Sussex", "Surrey", 0, 0), msg, forces, robberies, population) as unknown[][];
    // Blank rows at the end (a whole-column reference) are dropped.
    expect(out).toHaveLength(3);
    close(out[0]![0], 3493 / 5196200 * 1000, 1e-12);
    // Sussex's group is Kent alone: 1,015 / 1,684,100 x 1,000.
    close(out[1]![0], 1015 / 1684100 * 1000, 1e-12);
    expect(out[2]![0]).toMatchObject({ code: "#N/A", message: expect.stringContaining("Surrey") });
    // A one-cell column is one value, as a single name.
    close(one(excel("MSGAVERAGE", [["Kent"]], msg, forces, robberies, population)), 3493 / 5196200 * 1000, 1e-12);
  });
});

blankRules("MSGAVERAGE", ["Kent", msg, forces, robberies, population, "robbery", true]);
