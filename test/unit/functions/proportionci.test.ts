import { close, excel } from "./call";
import { blankRules } from "./blankRules";

describe("PROPORTIONCI", () => {
  it("gives Wilson limits, published by Newcombe (1998) for 81/263", () => {
    const [[lower, upper]] = excel("PROPORTIONCI", 81, 263) as [[number, number]];
    expect(lower.toFixed(4)).toBe("0.2553");
    expect(upper.toFixed(4)).toBe("0.3662");
    // Design effect 2 halves the effective sample: Wilson on n = 131.5 (Python with SciPy's norm.ppf).
    const [[l2, u2]] = excel("PROPORTIONCI", 81, 263, null, 2) as [[number, number]];
    close(l2, 0.2354664278);
    close(u2, 0.3914032658);
  });

  it("gives one limit with which, and refuses the alpha habit", () => {
    expect((excel("PROPORTIONCI", 81, 263, null, null, "lower") as number[][])[0]![0]).toBeCloseTo(0.2553, 4);
    expect(excel("PROPORTIONCI", 81, 263, 0.1)).toMatchObject({ code: "#NUM!" });
  });
});

blankRules("PROPORTIONCI", [81, 263, 0.9, 2, "lower"]);
