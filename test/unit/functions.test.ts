import { customFunctions } from "../../src";

// Calls each function as Excel does: numbers, text, TRUE/FALSE, null for an omitted argument or an
// empty cell on the web, 0 for an empty cell on the desktop, and ranges as rows of cells.
type Outcome = unknown;
function excel(fn: (...args: never[]) => unknown, ...args: unknown[]): Outcome {
  try {
    return (fn as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (typeof e.code === "string" && e.code.startsWith("#")) return { code: e.code, message: e.message };
    throw error;
  }
}
const F = customFunctions;
const close = (actual: unknown, expected: number, tolerance = 5e-5) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected) / Math.abs(expected)).toBeLessThan(tolerance);
};
const column = (...values: unknown[]) => values.map((v) => [v]);
const row = (...values: unknown[]) => [values];

describe("value-for-money functions", () => {
  it.each([
    // Hand calculations.
    ["COSTPEROFFICER", 2_940_000, 60, 49_000],
    ["COSTPERPCSO", 1_365_000, 42.5, 32_117.647],
    ["COSTPERSTAFF", 28_000_000, 1000, 28_000],
    // West Yorkshire's real 2008/09 Band D of £124 (band_d_precept_yorkshire_2002-03_to_2009-10.csv) times an
    // illustrative tax base of 600,000 Band D equivalents is a precept of £74,400,000: back to £124.
    ["COSTPERBANDD", 74_400_000, 600_000, 124],
    ["COSTPERHEAD", 250_000_000, 1_684_100, 148.4472],
  ] as const)("%s(%p, %p) = %p", (fn, a, b, expected) => {
    close(excel(F[fn], a, b), expected);
  });

  it.each([
    ["0 FTE", 100, 0, "#DIV/0!"],
    ["an empty cell on the web", null, 10, "#N/A"],
    ["text", "lots", 10, "#VALUE!"],
    ["a negative cost", -5, 10, "#NUM!"],
  ])("COSTPEROFFICER with %s gives %s", (_case, a, b, code) => {
    expect(excel(F.COSTPEROFFICER, a, b)).toMatchObject({ code });
  });

  it("explains the error in plain English", () => {
    expect(excel(F.COSTPEROFFICER, 100, 0)).toEqual({
      code: "#DIV/0!",
      message: "Officer FTE is 0, so the cost per officer cannot be worked out (it would mean dividing by nought).",
    });
  });
});

describe("rates and detections", () => {
  it("CRIMERATE: Kent's 1,015 robberies in 2008/09 over 1,684,100 people is 0.6027 per 1,000", () => {
    // Real figures: ho_rec_crime_43forces_key_offences (2008/09) and population_2010_by_force; 1015 / 1684.1.
    close(excel(F.CRIMERATE, 1015, 1684100), 0.6026958);
    close(excel(F.CRIMERATE, 1015, 1684100, null), 0.6026958);
    close(excel(F.CRIMERATE, 1015, 1684100, 100000), 60.26958);
  });

  it("DETECTIONRATE is a proportion, and a blank offences cell is not a zero", () => {
    // 14% of the 292,260 domestic burglaries of 2006/07 (national_reference_figures.csv; the 14% sanction
    // detection rate from national_sanction_detection_rates) is 40,916.4: 40,916 / 292,260 = 0.139999.
    close(excel(F.DETECTIONRATE, 40916, 292260), 0.1399986);
    expect(excel(F.DETECTIONRATE, 5, null)).toMatchObject({ code: "#N/A" });
    expect(excel(F.DETECTIONRATE, 5, "")).toMatchObject({ code: "#N/A" });
    // On the desktop an empty cell arrives as 0: that can only be a division by nought.
    expect(excel(F.DETECTIONRATE, 5, 0)).toMatchObject({ code: "#DIV/0!" });
    expect(excel(F.DETECTIONRATE, 2.5, 10)).toMatchObject({ code: "#NUM!" });
    expect(excel(F.DETECTIONRATE, true, 10)).toMatchObject({ code: "#VALUE!" });
  });

  it("DETECTIONRATE above 100% is returned, as it can be real", () => {
    expect(excel(F.DETECTIONRATE, 12, 10)).toBe(1.2);
  });

  it("AMOUNTPERPOPULATION takes pence", () => {
    close(excel(F.AMOUNTPERPOPULATION, 1234.56, 100000), 12.3456);
  });
});

describe("confidence intervals spill lower and upper", () => {
  it("RATECI: exact Poisson limits", () => {
    // SciPy 1.17: chi2.ppf(0.025, 2030)/2/1684100*1000 and chi2.ppf(0.975, 2032)/2/1684100*1000.
    const [[lower, upper]] = excel(F.RATECI, 1015, 1684100) as number[][] as [[number, number]];
    close(lower, 0.5661836370, 1e-8);
    close(upper, 0.6409447560, 1e-8);
    // Surrey's 7 homicides per 1,000,000 at 90%: chi2.ppf(0.05, 14)/2 and chi2.ppf(0.95, 16)/2 over 1.1273.
    const [[l90, u90]] = excel(F.RATECI, 7, 1127300, 1_000_000, 0.9) as [[number, number]];
    close(l90, 2.914322445, 1e-8);
    close(u90, 11.66336716, 1e-8);
  });

  it("PROPORTIONCI: Wilson limits, published by Newcombe (1998) for 81/263", () => {
    const [[lower, upper]] = excel(F.PROPORTIONCI, 81, 263) as [[number, number]];
    expect(lower.toFixed(4)).toBe("0.2553");
    expect(upper.toFixed(4)).toBe("0.3662");
    // Design effect 2 halves the effective sample: Wilson on n = 131.5 (Python with SciPy's norm.ppf).
    const [[l2, u2]] = excel(F.PROPORTIONCI, 81, 263, null, 2) as [[number, number]];
    close(l2, 0.2354664278);
    close(u2, 0.3914032658);
  });

  it("never puts null in a spilled array and refuses a level of 95", () => {
    expect((excel(F.RATECI, 0, 1000) as number[][]).flat().every((v) => typeof v === "number")).toBe(true);
    expect(excel(F.RATECI, 5, 1000, 1000, 95)).toMatchObject({ code: "#NUM!" });
  });
});

// The Kent illustration of the engine tests: real robbery counts (2008/09) and populations (2010).
const msg = [
  ["Force", "Peer"],
  ["Kent", "Essex"],
  ["Kent", "Hampshire"],
  ["Kent", "Sussex"],
  ["Sussex", "Kent"],
];
// One row per force; Excel passes the empty cell at the end of the row as 0.
const wideMsg = [["Kent", "Essex", "Hampshire", "Sussex", 0]];
const forces = column("Essex", "Hampshire", "Kent", "Sussex");
const robberies = column(1305, 1154, 1015, 1034);
const population = column(1738000, 1884200, 1684100, 1574000);

describe("Most Similar Group functions", () => {
  it("MSGPEERS spills the peers, from one row per pair or one row per force", () => {
    expect(excel(F.MSGPEERS, "Kent", msg)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    expect(excel(F.MSGPEERS, "kent", wideMsg)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    expect(excel(F.MSGPEERS, "Knet", msg)).toMatchObject({ code: "#N/A", message: '"Knet" has no row in the Most Similar Group table.' });
  });

  it("reads only the force's own rows of the MSG table, as Excel's lookups do", () => {
    const withError = [...msg, ["Surrey", { code: "#REF!" }]];
    expect(excel(F.MSGPEERS, "Kent", withError)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    const ownError = [...msg, ["Kent", { code: "#REF!" }]];
    expect(excel(F.MSGPEERS, "Kent", ownError)).toMatchObject({ code: "#VALUE!", message: "The MSG table holds the error #REF!." });
  });

  it("MSGAVERAGE weights by population: 4,508 / 6,880,300 x 1,000", () => {
    close(excel(F.MSGAVERAGE, "Kent", msg, forces, robberies, population, null, true), 0.6552039882, 1e-9);
    // Without Kent: 3,493 / 5,196,200 x 1,000.
    close(excel(F.MSGAVERAGE, "Kent", msg, forces, robberies, population, null, false), 0.6722220084, 1e-9);
    // The same ranges as rows.
    close(excel(F.MSGAVERAGE, "Kent", msg, row("Essex", "Hampshire", "Kent", "Sussex"), row(1305, 1154, 1015, 1034), row(1738000, 1884200, 1684100, 1574000), null, true), 0.6552039882, 1e-9);
  });

  it("MSGAVERAGE refuses mismatched ranges, 2-D blocks and errors inside a range", () => {
    expect(excel(F.MSGAVERAGE, "Kent", msg, forces, robberies.slice(1), population)).toMatchObject({ code: "#VALUE!" });
    expect(excel(F.MSGAVERAGE, "Kent", msg, [["Kent", "Essex"], ["Sussex", "Hampshire"]], robberies, population)).toMatchObject({ code: "#VALUE!" });
    const withError = column(1305, { code: "#N/A" }, 1015, 1034);
    expect(excel(F.MSGAVERAGE, "Kent", msg, forces, withError, population)).toMatchObject({ code: "#VALUE!", message: "The numerator for Hampshire holds the error #N/A." });
    // An error in the row of a force outside the group is not read.
    close(excel(F.MSGAVERAGE, "Kent", msg, [...forces, ["Surrey"]], [...robberies, [{ code: "#N/A" }]], [...population, [1]], null, true), 0.6552039882, 1e-9);
    expect(excel(F.MSGAVERAGE, "Kent", msg, forces, column(1305, null, 1015, 1034), population)).toMatchObject({ code: "#N/A" });
  });

  it("MSGRANK: Kent is first of four where lower is better", () => {
    // Rates per 1,000 (hand): Essex 0.751, Hampshire 0.612, Kent 0.603, Sussex 0.657.
    const rates = column(0.7509, 0.6125, 0.6027, 0.6569);
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, "lower")).toBe(1);
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, "robbery")).toBe(1);
    // As RANK.EQ's order: 0 (the default) largest first, 1 smallest first.
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, 1)).toBe(1);
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates)).toBe(4);
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, 0)).toBe(4);
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, null)).toBe(4);
    // A bare TRUE/FALSE once meant the opposite of RANK.EQ's 1/0: refused, never silently flipped.
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, false)).toMatchObject({ code: "#VALUE!" });
    expect(excel(F.MSGRANK, "Kent", msg, forces, rates, true)).toMatchObject({ code: "#VALUE!" });
  });

  it("MSGPOSITION says it in words", () => {
    expect(excel(F.MSGPOSITION, "Kent", msg, forces, robberies, population)).toBe("Significantly lower than similar forces");
    expect(excel(F.MSGPOSITION, "Kent", msg, forces, robberies, population, "lower")).toBe("Significantly better than similar forces");
    expect(excel(F.MSGPOSITION, "Kent", msg, forces, robberies, population, null, "robbery")).toBe("Significantly better than similar forces");
    expect(excel(F.MSGPOSITION, "Kent", msg, forces, robberies, population, "sideways")).toMatchObject({ code: "#VALUE!" });
  });

  it("DIRECTION compares the latest year with the year two before", () => {
    // Kent robberies 1,403, 1,151 and 1,015 (2006/07 to 2008/09): z = -7.89, a significant fall.
    const pop = row(1684100, 1684100, 1684100);
    expect(excel(F.DIRECTION, row(1403, 1151, 1015), pop, "lower")).toBe("Improved");
    expect(excel(F.DIRECTION, row(1403, 1151, 1015), pop)).toBe("Decreased");
    expect(excel(F.DIRECTION, row(1151, 1015), row(1, 1))).toMatchObject({ code: "#N/A" });
    // Surrey homicides 2 then 7: z = 5/3, p = 0.096, stable.
    expect(excel(F.DIRECTION, column(2, 6, 7), column(1127300, 1127300, 1127300), "lower")).toBe("Stable");
  });

  it("SIMILARFORCES spills the nearest forces", () => {
    const names = column("A", "B", "C", "D");
    const variables = [[1, 5], [2, 5], [4, 5], [8, 5]];
    expect(excel(F.SIMILARFORCES, "B", names, variables, 2)).toEqual([["A"], ["C"]]);
    expect(excel(F.SIMILARFORCES, "B", names, variables)).toMatchObject({ code: "#NUM!" });
  });
});

describe("GRADE and DATASET", () => {
  it("GRADE gives the task pane's recommendation", () => {
    // (2+1 + 0+0) / 2 = 1.5: Excellent under the default rules.
    expect(excel(F.GRADE, column("Significantly better than similar forces", "Similar to similar forces"), column("Improved", "Stable"))).toBe("Excellent");
    const peel = [["Minimum score for Outstanding", 2], ["Minimum score for Good", 0], ["Lowest grade", "Inadequate"]];
    // The same mean of 1.5 under a table of two bands: below 2 but from 0 is Good.
    expect(excel(F.GRADE, column("Better", "Similar"), column("Improved", "Stable"), peel)).toBe("Good");
    expect(excel(F.GRADE, column("Higher than similar forces"), column("Stable"))).toMatchObject({ code: "#VALUE!" });
  });

  it("DATASET reads the catalogue", () => {
    expect(excel(F.DATASET, "burglary")).toBe("Burglary");
    expect(excel(F.DATASET, "homicide", "multiplier")).toBe(1_000_000);
    expect(excel(F.DATASET, "cost-per-officer", "polarity")).toBe("neutral");
    expect(excel(F.DATASET, "shoplifting")).toMatchObject({ code: "#VALUE!" });
  });
});
