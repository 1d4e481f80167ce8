import {
  amountPerPopulation,
  costPerBandD,
  costPerHead,
  costPerOfficer,
  costPerPcso,
  costPerStaff,
  crimeRate,
  detectionRate,
} from "../../src/engine/measures";
import type { InputValue } from "../../src/engine/input";
import type { Result } from "../../src/engine/result";

function valueOf(r: Result<number>): number {
  if (!r.ok) throw new Error(`expected a value, got ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}

function codesOf(r: Result<number>): readonly string[] {
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe("crime rates", () => {
  it("gives West Midlands' robbery rate per 1,000 population in 2009/10", () => {
    // ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv: West Midlands 2009/10 robbery 7,241;
    // population_2010_by_force.csv: 2,655,100. By hand: 7241 / 2655100 x 1000 = 2.72720 per 1,000.
    expect(valueOf(crimeRate(7241, 2655100))).toBeCloseTo(2.7272042, 6);
  });

  it("gives Dyfed-Powys homicides per 1,000,000 population in 2009/10", () => {
    // Same files: 2 homicides, population 506,100. By hand: 2 / 506100 x 1,000,000 = 3.95179.
    expect(valueOf(crimeRate(2, 506100, 1_000_000))).toBeCloseTo(3.9517882, 6);
  });

  it("gives 0 for no offences", () => {
    expect(valueOf(crimeRate(0, 506100))).toBe(0);
  });

  it("names the inputs with the labels given", () => {
    const r = crimeRate(5, 0, 1000, { numerator: "Burglaries", base: "Households" });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "zero-denominator", params: { label: "Households", measure: "crime rate" } });
  });

  it("gives pounds per 1,000 population for asset recovery, pence allowed", () => {
    // Illustrative: £152,345.50 of orders over 506,100 people: 152345.5 / 506100 x 1000 = £301.018 per 1,000.
    expect(valueOf(amountPerPopulation(152345.5, 506100))).toBeCloseTo(301.01857, 4);
  });
});

describe("detection rates", () => {
  it("gives a proportion, 0.25 for 25%", () => {
    expect(detectionRate(250, 1000)).toEqual({ ok: true, value: 0.25, warnings: [] });
  });

  it("warns, without failing, when detections exceed offences", () => {
    const r = detectionRate(12, 10);
    expect(valueOf(r)).toBe(1.2);
    expect(r.ok && r.warnings.map((w) => [w.code, w.severity, w.params])).toEqual([
      ["detections-exceed-offences", "warning", { detections: 12, offences: 10 }],
    ]);
  });

  it("does not read a blank as 0", () => {
    expect(codesOf(detectionRate(null, 10))).toEqual(["blank-value"]);
    expect(valueOf(detectionRate(0, 10))).toBe(0);
  });
});

describe("costs", () => {
  it.each([
    // Illustrative hand examples: cost / FTE.
    [costPerOfficer, 58_000_000, 1160, 50_000],
    [costPerPcso, 3_300_000, 110.5, 3_300_000 / 110.5],
    [costPerStaff, 25_000_000, 812.25, 25_000_000 / 812.25],
    [costPerHead, 180_000_000, 1_200_000, 150],
  ] as const)("%p of %p over %p", (measure, cost, units, expected) => {
    expect(valueOf(measure(cost, units))).toBeCloseTo(expected, 6);
  });

  it("gives the Band D precept back from precept = Band D x tax base", () => {
    // band_d_precept_yorkshire_2002-03_to_2009-10.csv: West Yorkshire Band D 2009/10 = £127.
    // With an illustrative tax base of 600,000.5 Band D equivalents the precept is 127 x 600000.5 = £76,200,063.50.
    expect(valueOf(costPerBandD(76_200_063.5, 600_000.5))).toBeCloseTo(127, 9);
  });

  it.each([
    [costPerOfficer, "Officer FTE", "cost per officer"],
    [costPerPcso, "PCSO FTE", "cost per PCSO"],
    [costPerStaff, "Staff FTE", "cost per staff member"],
    [costPerBandD, "Tax base (Band D equivalents)", "average cost per Band D property"],
    [costPerHead, "Population", "cost per head of population"],
  ] as const)("%p with a zero denominator names %p and %p", (measure, label, name) => {
    const r = measure(1000, 0);
    expect(!r.ok && r.issues).toEqual([
      { code: "zero-denominator", severity: "error", path: { argument: label }, params: { label, measure: name } },
    ]);
  });

  it("labels the cost inputs as the catalogue does", () => {
    const r = costPerOfficer(null, 1);
    expect(!r.ok && r.issues[0]?.params.label).toBe("Officer costs (£)");
  });
});

type Measure = (a: InputValue, b: InputValue) => Result<number>;

const measures: readonly (readonly [string, Measure, boolean, boolean])[] = [
  // name, function, numerator is a count, denominator is a count
  ["crimeRate", (a, b) => crimeRate(a, b), true, false],
  ["amountPerPopulation", (a, b) => amountPerPopulation(a, b), false, false],
  ["detectionRate", detectionRate, true, true],
  ["costPerOfficer", costPerOfficer, false, false],
  ["costPerPcso", costPerPcso, false, false],
  ["costPerStaff", costPerStaff, false, false],
  ["costPerBandD", costPerBandD, false, false],
  ["costPerHead", costPerHead, false, false],
];

const badNumerators: readonly (readonly [InputValue, string, string])[] = [
  // value, code for a count, code for an amount
  [null, "blank-value", "blank-value"],
  [undefined, "blank-value", "blank-value"],
  ["", "blank-value", "blank-value"],
  ["twelve", "not-a-number", "not-a-number"],
  [true, "not-a-number", "not-a-number"],
  [Number.NaN, "not-a-number", "not-a-number"],
  [Number.POSITIVE_INFINITY, "not-a-number", "not-a-number"],
  [Number.NEGATIVE_INFINITY, "not-a-number", "not-a-number"],
  [-5, "negative-count", "negative-value"],
  [2.5, "fractional-count", ""],
];

const badDenominators: readonly (readonly [InputValue, string, string])[] = [
  // value, code for an amount, code for a count (offences)
  [null, "blank-value", "blank-value"],
  [undefined, "blank-value", "blank-value"],
  ["", "blank-value", "blank-value"],
  ["1,000", "not-a-number", "not-a-number"],
  [false, "not-a-number", "not-a-number"],
  [Number.NaN, "not-a-number", "not-a-number"],
  [Number.POSITIVE_INFINITY, "not-a-number", "not-a-number"],
  [-100, "negative-value", "negative-count"],
  [0, "zero-denominator", "zero-denominator"],
  [-0, "zero-denominator", "zero-denominator"],
];

describe.each(measures)("%s with bad input", (_name, measure, countNumerator, countDenominator) => {
  it.each(badNumerators)("numerator %p", (value, countCode, amountCode) => {
    const r = measure(value, 100);
    const code = countNumerator ? countCode : amountCode;
    if (code === "") expect(Number.isFinite(valueOf(r))).toBe(true);
    else expect(codesOf(r)).toEqual([code]);
  });

  it.each(badDenominators)("denominator %p", (value, code, countCode) => {
    expect(codesOf(measure(10, value))).toEqual([countDenominator ? countCode : code]);
  });

  it(countDenominator ? "refuses a fractional count to divide by" : "accepts a fractional figure to divide by", () => {
    const r = measure(10, 2.5);
    if (countDenominator) expect(codesOf(r)).toEqual(["fractional-count"]);
    else expect(r.ok).toBe(true);
  });

  it("refuses a divisor so near 0 that the answer would overflow", () => {
    expect(codesOf(measure(1, 5e-324))).toEqual([countDenominator ? "fractional-count" : "result-too-large"]);
  });

  it("reports both inputs when both are wrong", () => {
    expect(codesOf(measure(null, 0))).toEqual(["blank-value", "zero-denominator"]);
  });
});

describe.each([
  ["crimeRate", crimeRate],
  ["amountPerPopulation", amountPerPopulation],
] as const)("%s with a bad multiplier", (_name, measure) => {
  it.each([
    [0, "out-of-range"],
    [-1000, "out-of-range"],
    [null, "blank-value"],
    ["per 1,000", "not-a-number"],
  ] as const)("per %p gives %s", (per, code) => {
    expect(codesOf(measure(10, 100, per))).toEqual([code]);
  });
});
