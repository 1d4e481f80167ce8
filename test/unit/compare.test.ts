import {
  directionOfTravel,
  msgAverage,
  msgPosition,
  msgRank,
  rankEq,
  similarForces,
  type ForceFigure,
  type MsgGroup,
} from "../../src/engine/compare";

// Real figures: robberies recorded in 2008/09 (ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv)
// over resident population in 2010 (population_2010_by_force.csv). The group is illustrative: no official
// 2008/09 Most Similar Group list was found.
const robbery: ForceFigure[] = [
  { force: "Kent", numerator: 1015, denominator: 1684100 },
  { force: "Essex", numerator: 1305, denominator: 1738000 },
  { force: "Hampshire", numerator: 1154, denominator: 1884200 },
  { force: "Sussex", numerator: 1034, denominator: 1574000 },
];
const groups: MsgGroup[] = [{ force: "Kent", peers: ["Essex", "Hampshire", "Sussex"], source: "official" }];

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe("Most Similar Group average", () => {
  it("weights by population: sum of offences over sum of population, the force included", () => {
    // (1015 + 1305 + 1154 + 1034) / (1684100 + 1738000 + 1884200 + 1574000) x 1000 = 4508 / 6880300 x 1000
    const r = msgAverage("Kent", groups, robbery, { per: 1000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(relative(r.value.value, 0.6552039882)).toBeLessThan(1e-9);
    expect(r.value).toMatchObject({ numerator: 4508, denominator: 6880300, members: ["Kent", "Essex", "Hampshire", "Sussex"] });
  });

  it("leaves the force out when asked", () => {
    // 3493 / 5196200 x 1000
    const r = msgAverage("Kent", groups, robbery, { per: 1000, includeForce: false });
    expect(r.ok && relative(r.value.value, 0.6722220084)).toBeLessThan(1e-9);
  });

  it("is not the mean of the members' rates", () => {
    const r = msgAverage("Kent", groups, robbery);
    const meanOfRates = robbery.reduce((s, f) => s + ((f.numerator as number) / (f.denominator as number)) * 1000, 0) / 4;
    expect(r.ok && Math.abs(r.value.value - meanOfRates)).toBeGreaterThan(1e-4);
  });

  it("matches force names without regard to case or spaces, and suggests a name for a misspelt one", () => {
    expect(msgAverage(" kent ", groups, robbery).ok).toBe(true);
    const r = msgAverage("Knet", groups, robbery);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "force-not-in-group", params: { force: "Knet", suggestion: "Kent" } });
  });

  it.each([
    ["a peer with no figures", robbery.slice(0, 3), "no-data", "Sussex"],
    ["a blank population", [...robbery.slice(0, 3), { force: "Sussex", numerator: 1034, denominator: null }], "blank-value", "Sussex"],
    ["a population of 0", [...robbery.slice(0, 3), { force: "Sussex", numerator: 1034, denominator: 0 }], "zero-denominator", "Sussex"],
    ["a fractional count", [...robbery.slice(0, 3), { force: "Sussex", numerator: 10.5, denominator: 1574000 }], "fractional-count", "Sussex"],
    ["text for a count", [...robbery.slice(0, 3), { force: "Sussex", numerator: "n/a", denominator: 1574000 }], "not-a-number", "Sussex"],
    ["a force listed twice", [...robbery, { force: "Essex", numerator: 1, denominator: 2 }], "duplicate-force", "Essex"],
  ])("gives an issue, not a number, for %s", (_case, figures, code, force) => {
    const r = msgAverage("Kent", groups, figures as ForceFigure[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path: { force } });
  });

  it("refuses an empty group", () => {
    const r = msgAverage("Kent", [{ force: "Kent", peers: ["Kent"], source: "derived" }], robbery);
    expect(!r.ok && r.issues[0]?.code).toBe("empty-group");
  });
});

describe("rank within the group", () => {
  it("ranks as Excel's RANK.EQ: ties share a rank and the next is skipped", () => {
    // RANK.EQ(5, {5,7,5,3}, 0) = 2 in Excel; RANK.EQ(5, {5,7,5,3}, 1) = 2; RANK.EQ(3, {5,7,5,3}, 1) = 1.
    expect(rankEq(5, [5, 7, 5, 3], "higher")).toBe(2);
    expect(rankEq(5, [5, 7, 5, 3], "lower")).toBe(2);
    expect(rankEq(3, [5, 7, 5, 3], "lower")).toBe(1);
    expect(rankEq(7, [5, 7, 5, 3], "neutral")).toBe(1);
  });

  it("puts Kent first of four for robbery, where lower is better", () => {
    // Rates per 1,000: Kent 0.603, Essex 0.751, Hampshire 0.612, Sussex 0.657.
    const values = robbery.map((f) => ({ force: f.force, value: ((f.numerator as number) / (f.denominator as number)) * 1000 }));
    expect(msgRank("Kent", groups, values, "lower")).toMatchObject({ ok: true, value: { rank: 1, of: 4 } });
    expect(msgRank("Kent", groups, values, "higher")).toMatchObject({ ok: true, value: { rank: 4, of: 4 } });
  });

  it("needs a value for every member", () => {
    const r = msgRank("Kent", groups, [{ force: "Kent", value: 1 }, { force: "Essex", value: 2 }, { force: "Hampshire", value: null }, { force: "Sussex", value: 1 }]);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "blank-value", path: { force: "Hampshire" } });
  });
});

describe("position against the group", () => {
  it("finds Kent's robbery rate significantly lower, so better, when its exact interval excludes the group average", () => {
    // SciPy 1.17: chi2.ppf(0.025, 2030)/2/1684100*1000 = 0.566184, chi2.ppf(0.975, 2032)/2/1684100*1000 = 0.640945;
    // the group average 0.655204 lies above the upper limit.
    const r = msgPosition("Kent", groups, robbery, { statistic: "rate", polarity: "lower", per: 1000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe("better");
    expect(r.value.label).toBe("Significantly better than similar forces");
    expect(relative(r.value.force.lower, 0.5661836370)).toBeLessThan(1e-6);
    expect(relative(r.value.force.upper, 0.6409447560)).toBeLessThan(1e-6);
    expect(relative(r.value.msgAverage.value, 0.6552039882)).toBeLessThan(1e-9);
  });

  it("says higher or lower, never better or worse, for neutral polarity", () => {
    const r = msgPosition("Kent", groups, robbery, { statistic: "rate" });
    expect(r.ok && r.value.label).toBe("Significantly lower than similar forces");
  });

  it("calls a difference within the interval similar", () => {
    // Sussex against Kent's group: Sussex 0.6569 per 1,000, interval 0.6175 to 0.6982 (SciPy chi2.ppf as above)
    // contains the group average of its own group {Sussex, Kent, Essex, Hampshire} = 0.6552.
    const sussexGroups: MsgGroup[] = [{ force: "Sussex", peers: ["Kent", "Essex", "Hampshire"], source: "official" }];
    const r = msgPosition("Sussex", sussexGroups, robbery, { polarity: "lower" });
    expect(r.ok && r.value).toMatchObject({ kind: "similar", label: "Similar to similar forces", significant: false });
  });

  it("compares costs, which have no sampling error, within a 5% tolerance", () => {
    const costs: ForceFigure[] = [
      { force: "Kent", numerator: 2_100_000, denominator: 40 }, // £52,500 per officer
      { force: "Essex", numerator: 2_000_000, denominator: 40 }, // £50,000
      { force: "Hampshire", numerator: 1_000_000, denominator: 20 }, // £50,000
      { force: "Sussex", numerator: 500_000, denominator: 10 }, // £50,000
    ];
    // Average including Kent: 5,600,000 / 110 = £50,909; Kent is 3.1% above: similar.
    const similar = msgPosition("Kent", groups, costs, { statistic: "figure" });
    expect(similar.ok && similar.value).toMatchObject({ kind: "similar", significant: false });
    // With a 2% tolerance it is higher, and never "significantly".
    const higher = msgPosition("Kent", groups, costs, { statistic: "figure", tolerance: 0.02 });
    expect(higher.ok && higher.value.label).toBe("Higher than similar forces");
  });
});

describe("direction of travel against the force's own past", () => {
  const kentRobbery = [
    // Per 1,000: 1403/1684.1 = 0.83309, 1151/1684.1 = 0.68345, 1015/1684.1 = 0.60270.
    // Real counts for 2006/07, 2007/08 and 2008/09; the 2010 population stands in for every year.
    { year: "2006/07", numerator: 1403, denominator: 1684100 },
    { year: "2007/08", numerator: 1151, denominator: 1684100 },
    { year: "2008/09", numerator: 1015, denominator: 1684100 },
  ];

  it("finds a significant fall in robbery an improvement, keeping the whole series", () => {
    // z = (1015 - 1403) / sqrt(1015 + 1403) = -7.89 with equal populations; p = 3.0e-15 (SciPy norm.sf).
    const r = directionOfTravel(kentRobbery, { statistic: "rate", polarity: "lower", per: 1000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ kind: "improved", label: "Improved", from: "2006/07", to: "2008/09" });
    expect(r.value.series.map((s) => s.value.toFixed(4))).toEqual(["0.8331", "0.6835", "0.6027"]);
  });

  it("calls a change that chance could explain stable", () => {
    // Surrey homicides: 2 in 2006/07 and 7 in 2008/09 (real counts). With equal populations
    // z = (7 - 2) / sqrt(7 + 2) = 1.667, p = 0.0956 (SciPy 2*norm.sf(5/3)): not significant at 95%.
    const r = directionOfTravel(
      [{ numerator: 2, denominator: 1127300 }, { numerator: 6, denominator: 1127300 }, { numerator: 7, denominator: 1127300 }],
      { statistic: "rate", polarity: "lower", per: 1_000_000 },
    );
    expect(r.ok && r.value.label).toBe("Stable");
  });

  it("uses the two-proportion test, and the design effect for surveys", () => {
    // 300/1000 to 360/1000: pooled p = 0.33, z = 0.06 / sqrt(0.33 x 0.67 x 2/1000) = 2.853, p = 0.0043.
    const detections = [{ numerator: 300, denominator: 1000 }, { numerator: 320, denominator: 1000 }, { numerator: 360, denominator: 1000 }];
    expect(directionOfTravel(detections, { statistic: "proportion", polarity: "higher" })).toMatchObject({ ok: true, value: { label: "Improved" } });
    // The same as survey percentages with a design effect of 3: z = 2.853 / sqrt(3) = 1.647, p = 0.0995: stable.
    const survey = [{ numerator: 30, denominator: 1000 }, { numerator: 32, denominator: 1000 }, { numerator: 36, denominator: 1000 }];
    expect(directionOfTravel(survey, { statistic: "survey", polarity: "higher", designEffect: 3 })).toMatchObject({ ok: true, value: { label: "Stable" } });
    expect(directionOfTravel(survey, { statistic: "survey", polarity: "lower", designEffect: 2 })).toMatchObject({ ok: true, value: { label: "Deteriorated" } });
  });

  it("needs three years", () => {
    const r = directionOfTravel(kentRobbery.slice(1), { statistic: "rate" });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "fewer-than-three-years", params: { count: 2 } });
  });

  it("names the year of a bad figure", () => {
    const r = directionOfTravel([kentRobbery[0]!, { year: "2007/08", numerator: -3, denominator: 1 }, kentRobbery[2]!]);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "negative-count", path: { year: "2007/08" } });
  });
});

describe("a group derived from variables", () => {
  it("takes the k nearest forces on standardised variables, labelled derived", () => {
    // One variable, values 1, 2, 4, 8: standardising divides every distance by the same SD, so the
    // nearest to B (2) are A (distance 1 before scaling) then C (2).
    const table = [
      { force: "A", values: [1, 5] },
      { force: "B", values: [2, 5] },
      { force: "C", values: [4, 5] },
      { force: "D", values: [8, 5] },
    ];
    const r = similarForces("B", table, 2, ["Density", "Constant"]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.group).toEqual({ force: "B", peers: ["A", "C"], source: "derived" });
    // The second variable is the same everywhere: left out, with a warning.
    expect(r.value.unusedVariables).toEqual([1]);
    expect(r.warnings.map((w) => w.code)).toEqual(["constant-variable"]);
    // Sample SD of 1, 2, 4, 8 is 3.0957 (SciPy/numpy std(ddof=1)); A's distance 1 / 3.0957 = 0.32303.
    expect(r.value.nearest[0]?.distance).toBeCloseTo(0.32303, 5);
  });

  it.each([
    [9, "not-enough-forces"],
    [0, "out-of-range"],
  ])("refuses k = %p", (k, code) => {
    const r = similarForces("A", [{ force: "A", values: [1] }, { force: "B", values: [2] }], k);
    expect(!r.ok && r.issues[0]?.code).toBe(code);
  });

  it("refuses a blank variable, naming the force", () => {
    const r = similarForces("A", [{ force: "A", values: [1] }, { force: "B", values: [null] }], 1);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "blank-value", path: { force: "B" } });
  });
});
