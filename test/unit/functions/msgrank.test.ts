import { column, excel, forces, kentMsg as msg, one } from "./call";
import { blankRules } from "./blankRules";

// Rates per 1,000 (hand): Essex 0.751, Hampshire 0.612, Kent 0.603, Sussex 0.657.
const rates = column(0.7509, 0.6125, 0.6027, 0.6569);

describe("MSGRANK", () => {
  it("Kent is first of four where lower is better", () => {
    expect(one(excel("MSGRANK", "Kent", msg, forces, rates, "lower"))).toBe(1);
    expect(one(excel("MSGRANK", "Kent", msg, forces, rates, "robbery"))).toBe(1);
  });

  it("runs as RANK.EQ's order: 0 (the default) largest first, 1 smallest first; TRUE/FALSE refused", () => {
    expect(one(excel("MSGRANK", "Kent", msg, forces, rates, 1))).toBe(1);
    expect(one(excel("MSGRANK", "Kent", msg, forces, rates))).toBe(4);
    expect(one(excel("MSGRANK", "Kent", msg, forces, rates, 0))).toBe(4);
    expect(one(excel("MSGRANK", "Kent", msg, forces, rates, null))).toBe(4);
    // A bare TRUE/FALSE once meant the opposite of RANK.EQ's 1/0: refused, never silently flipped.
    expect(excel("MSGRANK", "Kent", msg, forces, rates, false)).toMatchObject({ code: "#VALUE!" });
    expect(excel("MSGRANK", "Kent", msg, forces, rates, true)).toMatchObject({ code: "#VALUE!" });
  });

  it("takes a column of forces: one rank each, an error named by force in its own row", () => {
    // Sussex's group is Sussex and Kent: 0.6569 is the larger, so 2 of 2 where lower is better.
    expect(excel("MSGRANK", column("Kent", "Sussex"), msg, forces, rates, "lower")).toEqual([[1], [2]]);
    const out = excel("MSGRANK", column("Kent", "Gwent"), msg, forces, rates, "lower") as unknown[][];
    expect(out[0]).toEqual([1]);
    expect(out[1]![0]).toMatchObject({ code: "#N/A", message: expect.stringContaining("Gwent") });
  });
});

blankRules("MSGRANK", ["Kent", msg, forces, rates, "lower"]);
