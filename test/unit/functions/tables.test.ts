import { column, excel, one } from "./call";

// The template's tables passed as Excel passes them (a Table's body: rows of cells, an empty cell as 0),
// and the default-argument traps of issue 17, each with its test. Figures: real 2008/09 robberies and
// 2010 populations (Home Office recorded crime; population_2010_by_force.csv), as in docs/functions.md.
const msg = [
  ["Kent", "Essex", "2008/09", "derived"],
  ["Kent", "Hampshire", "2008/09", "derived"],
  ["Kent", "Sussex", "2008/09", "derived"],
  ["Sussex", "Kent", "2008/09", "derived"],
];
const forces = column("Essex", "Hampshire", "Kent", "Sussex");
const robberies = column(1305, 1154, 1015, 1034);
const population = column(1738000, 1884200, 1684100, 1574000);
// Hand: (1,305 + 1,154 + 1,015 + 1,034) / (1,738,000 + 1,884,200 + 1,684,100 + 1,574,000) x 1,000.
const groupAverage = 4508 / 6880300 * 1000;

describe("the MSG table as the template lays it out", () => {
  it("reads Force and Peer, never Year or Source, with or without the heading row", () => {
    const peers = [["Essex"], ["Hampshire"], ["Sussex"]];
    expect(excel("MSGPEERS", "Kent", msg)).toEqual(peers);
    expect(excel("MSGPEERS", "Kent", [["Force", "Peer", "Year", "Source"], ...msg])).toEqual(peers);
    // Headings in another order are read by name.
    expect(excel("MSGPEERS", "Kent", [["Year", "Force", "Source", "Peer"], ...msg.map(([f, p, y, s]) => [y, f, s, p])])).toEqual(peers);
  });

  it("skips blank rows, as from a whole-column reference (Excel passes the empty cells as 0)", () => {
    const whole = [...msg, ...Array.from({ length: 1000 }, () => [0, 0, 0, 0])];
    expect(excel("MSGPEERS", "Kent", whole)).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
    const blankEnd = [...forces, ...Array.from({ length: 50 }, () => [0])];
    const zeros = Array.from({ length: 50 }, () => [0]);
    expect(one(excel("MSGAVERAGE", "Kent", whole, blankEnd, [...robberies, ...zeros], [...population, ...zeros], "robbery", true))).toBeCloseTo(groupAverage, 12);
  });

  it("refuses a year or a source word read as a peer, naming it", () => {
    const wrongOrder = [["Kent", "2008/09", "Essex"], ["Kent", "2008/09", "Hampshire"]];
    expect(excel("MSGPEERS", "Kent", wrongOrder)).toEqual({
      code: "#VALUE!",
      message: `Kent's group in the MSG table lists "2008/09" as a peer, which is not a force (it looks like a year).`,
    });
    expect(excel("MSGPEERS", "Kent", [["Kent", "Essex", "derived", "Surrey"]])).toMatchObject({ code: "#VALUE!" });
  });

  it("asks for the year when the force's group differs by year, and filters by it", () => {
    const twoYears = [...msg, ["Kent", "Surrey", "2007/08", "derived"]];
    expect(excel("MSGPEERS", "Kent", twoYears)).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("2007/08, 2008/09") });
    expect(excel("MSGPEERS", "Kent", twoYears, "2007/08")).toEqual([["Surrey"]]);
    expect(excel("MSGPEERS", "Kent", twoYears, "2008-09")).toEqual([["Essex"], ["Hampshire"], ["Sussex"]]);
  });
});

describe("defaults that gave a wrong answer without an error", () => {
  // Illustrative costs: 640,000,000 / 13,150 officers = 48,669.20 per officer (hand).
  const costs = column(150e6, 180e6, 170e6, 140e6);
  const fte = column(3000, 3700, 3500, 2950);

  it("a cost with its data set id is pounds per officer, not per 1,000 officers, and never 'Significantly'", () => {
    expect(one(excel("MSGAVERAGE", "Kent", msg, forces, costs, fte, "cost-per-officer", true))).toBeCloseTo(640e6 / 13150, 6);
    expect(one(excel("MSGAVERAGE", "Kent", msg, forces, costs, fte, null, true))).toBeCloseTo((640e6 / 13150) * 1000, 0);
    // Kent 48,571.43 is within 5% of 48,669.20 (hand).
    expect(one(excel("MSGPOSITION", "Kent", msg, forces, costs, fte, "cost-per-officer"))).toBe("Similar to similar forces");
  });

  it("refuses a survey percentage typed as a fraction, with the percentage it probably means", () => {
    const pct = column(81, 79, 0.38, 80);
    const sizes = column(1000, 1000, 1000, 1000);
    expect(excel("MSGPOSITION", "Kent", msg, forces, pct, sizes, "satisfaction")).toEqual({
      code: "#NUM!",
      message: "The percentage for Kent is 0.38, which looks like a fraction: survey percentages run from 0 to 100.",
    });
    expect(excel("MSGAVERAGE", "Kent", msg, forces, pct, sizes, "satisfaction")).toMatchObject({ code: "#NUM!" });
    expect(excel("DIRECTION", [[40, 41, 0.42]], [[900, 900, 900]], "satisfaction")).toMatchObject({ code: "#NUM!" });
  });

  it("refuses a level under 0.5 (the alpha habit), suggesting the level", () => {
    expect(excel("RATECI", 1015, 1684100, null, 0.05)).toEqual({
      code: "#NUM!",
      message: "The confidence level is 0.05, which would give a 5% interval: under 0.5 reads as the chance of error, not the level.",
    });
    expect(excel("PROPORTIONCI", 81, 263, 0.1)).toMatchObject({ code: "#NUM!" });
  });
});

describe("whole columns and one-value forms", () => {
  it("RATECI spills one row per count; a wrong row holds its error and the others stand", () => {
    const out = excel("RATECI", column(1015, 1305, 2.5), column(1684100, 1738000, 1000)) as unknown[][];
    expect(out).toHaveLength(3);
    // SciPy 1.17: chi2.ppf(0.025, 2030)/2 / 1,684.1 and chi2.ppf(0.975, 2032)/2 / 1,684.1.
    expect(out[0]![0]).toBeCloseTo(0.566183637, 8);
    expect(out[0]![1]).toBeCloseTo(0.640944756, 8);
    expect(out[1]).toHaveLength(2);
    const wrong = { code: "#NUM!", message: "Row 3: Count is 2.5, but a count must be a whole number." };
    expect(out[2]).toEqual([expect.objectContaining(wrong), expect.objectContaining(wrong)]);
    // Trailing blank rows of a whole column are dropped.
    expect(excel("RATECI", column(1015, 0, 0), column(1684100, 0, 0))).toHaveLength(1);
  });

  it("gives one limit for use inside a Table", () => {
    expect(excel("RATECI", 1015, 1684100, null, null, "upper")).toEqual([[expect.closeTo(0.640944756, 8)]]);
    // Newcombe (1998): 81/263 has Wilson limits 0.2553 to 0.3662.
    expect((excel("PROPORTIONCI", 81, 263, null, null, "lower") as number[][])[0]![0]).toBeCloseTo(0.2553, 4);
    expect(excel("RATECI", 1015, 1684100, null, null, "middle")).toMatchObject({ code: "#VALUE!" });
  });

  it("EWAVERAGE sums every force, skipping blank rows; DATASETS lists the ids", () => {
    expect(excel("EWAVERAGE", [...robberies, [0]], [...population, [0]], "robbery")).toBeCloseTo(groupAverage, 12);
    expect(excel("DATASETS")).toHaveLength(25);
    expect(excel("DATASETS", "value-for-money")).toEqual([["cost-per-officer"], ["cost-per-pcso"], ["cost-per-staff"], ["band-d"], ["cost-per-head"], ["cipfa"]]);
    expect(excel("DATASETS", "Policing")).toMatchObject({ code: "#VALUE!" });
  });
});

describe("GRADE as the assessment grades", () => {
  const rules = [
    ["points-for-better", "", 2],
    ["red-flag-caps-grade-at", "", "Fair"],
    ["green-flag-can-raise", "", "Yes"],
  ];
  it("leaves out data sets with no figures and applies the evidence rules of the Rules table", () => {
    // (2 + 1) / 1 = 3: Excellent (hand); a blank row is a data set without figures.
    const positions = column("Significantly better than similar forces", null);
    const directions = column("Improved", null);
    expect(excel("GRADE", positions, directions)).toBe("Excellent");
    expect(excel("GRADE", positions, directions, rules, column("CAA red flag"))).toBe("Fair");
    // (0 + 0) / 1 = 0: Good, raised to Excellent by a green flag the Rules allow.
    expect(excel("GRADE", column("Similar"), column("Stable"), rules, column("CAA green flag"))).toBe("Excellent");
    // MSGPOSITION's words for a figure without sampling error are read too.
    expect(excel("GRADE", column("Better than similar forces"), column("Stable"))).toBe("Excellent");
    expect(excel("GRADE", column(null), column(null))).toMatchObject({ code: "#N/A" });
  });

  it("caps at Fair for an adverse judgement given beside its kind, and ignores a Welsh force's CAA flags", () => {
    // (2 + 1) / 1 = 3: Excellent from the data (hand).
    const positions = column("Significantly better than similar forces");
    const directions = column("Improved");
    expect(excel("GRADE", positions, directions, null, [["Neighbourhood Policing judgement", "Poor"]])).toBe("Fair");
    expect(excel("GRADE", positions, directions, null, [["Major crime", "Good"]])).toBe("Excellent");
    expect(excel("GRADE", positions, directions, null, column("CAA red flag"), "Kent")).toBe("Fair");
    expect(excel("GRADE", positions, directions, null, column("CAA red flag"), "Heddlu Gwent")).toBe("Excellent");
  });
});
