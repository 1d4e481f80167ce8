import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("POINTSGAP", () => {
  it("matches Newcombe's published example: 56/70 against 48/80 is 20 points, 5.24 to 33.39 (method 10)", () => {
    // Newcombe R G (1998), Statistics in Medicine 17:873-890, table II, example (a): 0.0524 to 0.3339.
    const [[gap, lower, upper]] = excel("POINTSGAP", 56, 70, 48, 80) as [[number, number, number]];
    close(gap, 20, 1e-12);
    expect(lower.toFixed(2)).toBe("5.24");
    expect(upper.toFixed(2)).toBe("33.39");
  });

  it("reads survey percentages with their sample sizes, and a design effect", () => {
    // Worked in Python 3 from the Wilson limits of 64% of 800 and 60% of 2,400 (Newcombe's method 10).
    const [[gap, lower, upper]] = excel("POINTSGAP", 64, 800, 60, 2400, "survey") as [[number, number, number]];
    close(gap, 4, 1e-12);
    close(lower, 0.09656372233531538, 1e-9);
    close(upper, 7.804446473024128, 1e-12);
    // A design effect of 1.5 on both sides: the gap is no longer beyond chance.
    const [[, l15, u15]] = excel("POINTSGAP", 64, 800, 60, 2400, "satisfaction", null, 1.5) as [[number, number, number]];
    close(l15, -0.7900075288393704, 1e-9);
    close(u15, 8.641965493331826, 1e-12);
    expect(excel("POINTSGAP", 0.64, 800, 60, 2400, "survey")).toMatchObject({ code: "#NUM!" });
    expect(excel("POINTSGAP", 64, 800, 60, 2400, "robbery")).toMatchObject({ code: "#VALUE!" });
    expect(excel("POINTSGAP", 64, 800, 60, 2400, "survey", null, null, "gap")).toEqual([[expect.closeTo(4, 12)]]);
  });
});

blankRules("POINTSGAP", [64, 800, 60, 2400, "survey", 0.9, 1.5, "gap"]);
