import { englandAndWalesFigure } from "../../src/engine/compare";

describe("the England and Wales figure: sum of numerators over sum of denominators", () => {
  it("weights by population, not the mean of the rates (checked by hand)", () => {
    // Robberies 2008/09 and populations of three forces, as if they were the whole country:
    // Kent 1,015 / 1,684,100; Surrey 395 / 1,112,100; Dyfed-Powys 49 / 515,000.
    // By hand: (1,015 + 395 + 49) / (1,684,100 + 1,112,100 + 515,000) x 1,000
    //        = 1,459 / 3,311,200 x 1,000 = 0.440626...
    // The mean of the three rates would be (0.602696 + 0.355184 + 0.095146) / 3 = 0.351009: not this.
    const e = englandAndWalesFigure(
      [
        { force: "Kent", numerator: 1015, denominator: 1684100 },
        { force: "Surrey", numerator: 395, denominator: 1112100 },
        { force: "Dyfed-Powys", numerator: 49, denominator: 515000 },
      ],
      "rate",
    );
    expect(e?.numerator).toBe(1459);
    expect(e?.denominator).toBe(3311200);
    expect(e?.value).toBeCloseTo(0.440626, 6);
    expect(e?.forces).toEqual(["Kent", "Surrey", "Dyfed-Powys"]);
    expect(e?.leftOut).toEqual([]);
  });

  it("weights a survey by sample size (checked by hand)", () => {
    // 80% of 1,000 and 50% of 3,000: (800 + 1,500) / 4,000 = 57.5%, not (80 + 50) / 2 = 65%.
    const e = englandAndWalesFigure(
      [
        { force: "A", numerator: 80, denominator: 1000 },
        { force: "B", numerator: 50, denominator: 3000 },
      ],
      "survey",
    );
    expect(e?.value).toBeCloseTo(57.5, 10);
  });

  it("adds costs and FTE: £110,000 for 2 officers and £90,000 for 1 is £66,666.67 each (checked by hand)", () => {
    const e = englandAndWalesFigure(
      [
        { force: "A", numerator: 110000, denominator: 2 },
        { force: "B", numerator: 90000, denominator: 1 },
      ],
      "figure",
    );
    expect(e?.value).toBeCloseTo(200000 / 3, 6);
  });

  it("leaves out a force with a blank or zero denominator, never reading it as 0, and says which", () => {
    const e = englandAndWalesFigure(
      [
        { force: "A", numerator: 10, denominator: 1000 },
        { force: "B", numerator: null, denominator: 1000 },
        { force: "C", numerator: 5, denominator: 0 },
      ],
      "rate",
    );
    expect(e?.value).toBeCloseTo(10, 10);
    expect(e?.forces).toEqual(["A"]);
    expect(e?.leftOut).toEqual(["B", "C"]);
  });

  it("is null when no force has a usable figure", () => {
    expect(englandAndWalesFigure([], "rate")).toBeNull();
    expect(englandAndWalesFigure([{ force: "A", numerator: null, denominator: null }], "rate")).toBeNull();
  });
});
