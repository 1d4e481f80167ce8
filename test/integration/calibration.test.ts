import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import * as assessment from "../../src/engine/assessment";
import * as compare from "../../src/engine/compare";
import * as catalogue from "../../src/engine/catalogue/dataSets";
import { snapshotOf } from "../../src/xlsx";
import { groupChart, seriesChart } from "../../src/publish/charts";
import { directionSentences, positionSentences } from "../../src/engine/narrative/dataSetText";

// The simulation behind `npm run bench -- calibration` (bench/calibration.js), with fewer runs: every
// force of the sample (its population, households, survey sample sizes and Most Similar Group) gets
// the same underlying rate, with and without a spread between forces, so every "better" or "worse"
// call is a false one. At 95%, no more than 5% may be.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { simulate, scenarios, methods, simulateDirection, directionScenarios, directionMethods } = require("../../bench/calibration.js") as {
  simulate: (engine: unknown, inputs: assessment.AssessmentInputs, s: object) => { comparisons: number; calls: number; rate: number };
  scenarios: readonly { name: string; spread: number }[];
  methods: readonly { name: string; rules: object }[];
  simulateDirection: (engine: unknown, inputs: assessment.AssessmentInputs, s: object) => { comparisons: number; calls: number; rate: number };
  directionScenarios: readonly { name: string; dataSetId: string }[];
  directionMethods: readonly { name: string; rules: object }[];
};

const engine = { assessment, compare, catalogue };
let inputs: assessment.AssessmentInputs;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, "..", "..", "assets", "national-sample.xlsx")) as unknown as ArrayBuffer);
  inputs = assessment.readInputs(snapshotOf(wb));
});

function pooled(method: { rules: object }, which: (s: { name: string; spread: number }) => boolean, runs: number) {
  const results = scenarios.filter(which).map((s) => simulate(engine, inputs, { ...s, runs, seed: 11, rules: method.rules }));
  const calls = results.reduce((n, r) => n + r.calls, 0);
  const comparisons = results.reduce((n, r) => n + r.comparisons, 0);
  return { calls, comparisons, rate: calls / comparisons };
}

describe("calibration on simulated equal-rate workbooks", () => {
  it("the default comparison calls no more than 5% of forces better or worse, with and without overdispersion", () => {
    const withSpread = pooled(methods[0]!, (s) => s.spread > 0, 25);
    const without = pooled(methods[0]!, (s) => s.spread === 0, 10);
    expect(withSpread.comparisons).toBeGreaterThan(3000);
    expect(withSpread.rate).toBeLessThanOrEqual(0.05);
    expect(without.rate).toBeLessThanOrEqual(0.05);
  }, 240_000);

  it("the simple interval method does not allow for the spread between forces (far more than 5%)", () => {
    const interval = methods.find((m) => /interval/.test(m.name))!;
    expect(pooled(interval, (s) => s.spread > 0 && s.name.startsWith("Robbery"), 10).rate).toBeGreaterThan(0.3);
  }, 120_000);
});

describe("calibration of the direction of travel on simulated equal-trend workbooks", () => {
  // Every force moves by the same national trend (a fall in crime, a rise in satisfaction), so every
  // Improved or Deteriorated is a false call.
  const pooledDirection = (method: { rules: object }, runs: number) => {
    const results = directionScenarios.map((s) => simulateDirection(engine, inputs, { ...s, runs, seed: 11, rules: method.rules }));
    const calls = results.reduce((n, r) => n + r.calls, 0);
    const comparisons = results.reduce((n, r) => n + r.comparisons, 0);
    return { calls, comparisons, rate: calls / comparisons };
  };

  it("against England and Wales, no more than 5% of directions are called at 95%, with and without the material gap", () => {
    const withGap = pooledDirection(directionMethods[0]!, 8);
    const testAlone = pooledDirection(directionMethods[1]!, 8);
    expect(withGap.comparisons).toBeGreaterThan(1000);
    expect(withGap.rate).toBeLessThanOrEqual(0.05);
    expect(testAlone.rate).toBeLessThanOrEqual(0.05);
  }, 240_000);

  it("the force's own change alone calls nearly every force Improved when crime falls everywhere (the fault the reference removes)", () => {
    const none = directionMethods.find((m) => /None/.test(m.name))!;
    const vehicle = directionScenarios.find((s) => s.dataSetId === "vehicle-crime")!;
    expect(simulateDirection(engine, inputs, { ...vehicle, runs: 3, seed: 11, rules: none.rules }).rate).toBeGreaterThan(0.9);
  }, 120_000);
});

describe("the review's findings on the national sample (issue 11)", () => {
  const all = () => {
    const settings = assessment.readSettings(inputs);
    return assessment.forcesOf(inputs).map((f) => {
      const r = assessment.assessForce(inputs, settings, f);
      if (!r.ok) throw new Error(`could not assess ${f}`);
      return r.value;
    });
  };

  it("Avon and Somerset's criminal damage, a gap of a few per cent from similar forces, is similar, not better", () => {
    const avon = all().find((a) => a.force === "Avon and Somerset")!;
    const damage = avon.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === "criminal-damage")!;
    // The review found 16.25 against 16.54 (1.8%) scored +2 on the illustrative sample. On the real
    // figures of the rebuilt sample the force's rate is 26,379 / 1,591.9 = 16.571 per 1,000 (by hand:
    // criminal damage and arson 2008/09 from HMIC's 2012 workbook over the 2008/09 population from its
    // 2010 funding sheet); the gap from similar forces stays small.
    expect(damage.figure?.estimate).toBeCloseTo(16.57, 2);
    const gap = Math.abs((damage.figure?.estimate ?? 0) - (damage.msgAverage ?? 0)) / (damage.msgAverage ?? 1);
    expect(gap).toBeLessThan(0.1);
    expect(damage.position?.kind).toBe("similar");
    expect(damage.position?.test?.material).toBe(false);
  });

  it("no rate, detection rate or survey over all 43 forces is better or worse with a gap under the material gap, or without a significant test", () => {
    const calls = all()
      .flatMap((a) => a.domains.flatMap((d) => d.dataSets))
      .filter((d) => d.dataSet.statistic !== "figure" && d.position && d.position.kind !== "similar");
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      const t = c.position!.test!;
      expect(t.pValue).toBeLessThan(0.05);
      expect(Math.abs(t.gap)).toBeGreaterThanOrEqual(c.dataSet.statistic === "rate" ? 0.1 : 3);
    }
  });

  it("figures with no sampling error (costs, Band D, CIPFA, asset recovery) are never significant and score at most 1 point either way", () => {
    const forces = all();
    const untested = forces.flatMap((a) => a.domains.flatMap((d) => d.dataSets)).filter((d) => d.dataSet.statistic === "figure" && d.dataSet.id !== "comparative-satisfaction");
    expect(untested.length).toBeGreaterThan(43 * 6);
    for (const d of untested) {
      if (d.position) expect(d.position.tested).toBe(false);
      if (d.direction) expect(d.direction).toMatchObject({ tested: false, significant: false });
    }
    const names = new Set(untested.map((d) => d.dataSet.name));
    const lines = forces.flatMap((a) => a.domains.flatMap((d) => d.dataRecommendation?.trace ?? [])).filter((l) => names.has(l.dataSet ?? ""));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(Math.abs(l.points)).toBeLessThanOrEqual(1);
  });

  it("a force whose vehicle crime fell by the national fall scores 0 direction points (Kent, 2006/07 to 2008/09)", () => {
    const forces = all();
    const kent = forces.find((a) => a.force === "Kent")!;
    const vehicle = kent.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === "vehicle-crime")!;
    // By hand from the sample's Data and Forces sheets: Kent 19,525 / 1,634,500 then 15,042 /
    // 1,660,100 per person, a change of 0.0090609 / 0.0119456 - 1 = -24.1%; England and Wales (43
    // forces) 760,419 / 54,038,500 then 588,593 / 54,747,900, -23.6%. The gap, 0.75852 / 0.76401 - 1,
    // is -0.7%.
    expect(vehicle.direction?.change).toBeCloseTo(15_042 / 1_660_100 / (19_525 / 1_634_500) - 1, 10);
    expect(vehicle.direction?.reference?.name).toBe("England and Wales");
    expect(vehicle.direction?.reference?.change).toBeCloseTo(588_593 / 54_747_900 / (760_419 / 54_038_500) - 1, 10);
    expect(vehicle.direction?.test).toBe("exact conditional binomial");
    expect(vehicle.direction?.kind).toBe("stable");
    const line = kent.domains.flatMap((d) => d.dataRecommendation?.trace ?? []).find((l) => l.dataSet === "Vehicle crime")!;
    expect(line.direction).toBe("stable");
    // The review found 42 of 43 forces "Improved" on vehicle crime and on criminal damage.
    for (const id of ["vehicle-crime", "criminal-damage"]) {
      const improved = forces.filter((a) => a.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === id)?.direction?.kind === "improved");
      expect(improved.length).toBeLessThan(10);
    }
  });

  it("Hampshire's comparative satisfaction (a gap of 85.3 - 80.3 = 5.0 points, 771 and 444 asked) is tested and not Worse", () => {
    const hampshire = all().find((a) => a.force === "Hampshire")!;
    const gap = hampshire.domains.flatMap((d) => d.dataSets).find((d) => d.dataSet.id === "comparative-satisfaction")!;
    expect(gap.figure?.estimate).toBeCloseTo(5, 10);
    expect(gap.position?.tested).toBe(true);
    expect(gap.position?.kind).not.toBe("worse");
    expect(gap.direction?.tested).toBe(true);
    expect(gap.direction?.test).toBe("difference of two proportions");
  });

  it("no caption or sentence calls an untested figure significant or \"too big to put down to chance\", over all 43 forces", () => {
    const context = (force: string) => ({ force, id: "x", level: 0.95, figureOf: () => null });
    let untested = 0;
    for (const a of all()) {
      for (const d of a.domains.flatMap((x) => x.dataSets)) {
        const words = [String(seriesChart(d, context(a.force))), String(groupChart(d, context(a.force))), ...positionSentences(d), ...directionSentences(d)].join(" ");
        if (d.direction && !d.direction.tested) {
          untested++;
          expect(words).not.toMatch(/change is too big to put down to chance|difference is too big to put down to chance/);
        }
        if (d.position && !d.position.tested) expect(words).not.toMatch(/gap is too big to put down to chance|Significantly/);
      }
    }
    expect(untested).toBeGreaterThan(43 * 5);
  });
});
