// Calibration of the comparison with similar forces: simulated workbooks in which every force has the
// same underlying rate (or proportion), so every "better" or "worse" call is a false one. Each run
// takes the sample's forces, populations, households, survey sample sizes and Most Similar Groups,
// replaces one data set's figures for the assessment year with simulated ones, and calls the
// assessment's own comparison for every force. With overdispersion, each force's underlying rate is
// the common rate times a gamma variable of mean 1 (coefficient of variation `spread`): the forces
// differ, but not by anything a comparison should reward, since the spread is the same everywhere.
//
// Used by bench/calibration.bench.js (the figures in bench/results.md) and by
// test/integration/calibration.test.ts (fewer runs). The engine is passed in, so either the compiled
// library or the TypeScript source can be used. Random numbers: pure-rand, seeded, so a run repeats.
const { uniformFloat64 } = require("pure-rand/distribution/uniformFloat64");
const { xoroshiro128plus } = require("pure-rand/generator/xoroshiro128plus");
const { jStat } = require("jstat");

/** A seeded uniform (0, 1) source; jStat's samplers and Math.random (jStat's large-mean Poisson uses it) are pointed at it while a run lasts. */
function seeded(seed) {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}

function withRandom(seed, run) {
  const random = seeded(seed);
  const original = Math.random;
  Math.random = random;
  jStat.setRandom(random);
  try {
    return run();
  } finally {
    Math.random = original;
    jStat.setRandom(original);
  }
}

const poisson = (mean) => (mean <= 0 ? 0 : jStat.poisson.sample(mean));
const gammaMeanOne = (spread) => (spread > 0 ? jStat.gamma.sample(1 / (spread * spread), spread * spread) : 1);
function binomial(n, p) {
  let s = 0;
  for (let i = 0; i < n; i++) if (Math.random() < p) s++;
  return s;
}

/**
 * One scenario: `runs` simulated workbooks for `dataSetId`, every force at `rate` (per person, per
 * household or a proportion 0-1) with between-force `spread`; `rules` override the workbook's Rules.
 * Returns how many comparisons were made and how many were called better or worse.
 */
function simulate(engine, baseInputs, { dataSetId, rate, spread = 0, runs, seed, rules = {} }) {
  const { assessment, compare, catalogue } = engine;
  const dataSet = catalogue.dataSetById(dataSetId);
  const year = baseInputs.assessmentYear;
  const forces = assessment.forcesOf(baseInputs);
  const text = (row, column) => String(row.get(column) ?? "").trim();
  const forceRow = new Map(baseInputs.forces.filter((r) => text(r, "Population year") === year).map((r) => [text(r, "Force"), r]));
  const surveyRow = new Map(baseInputs.survey.filter((r) => text(r, "Year") === year && text(r, "Data set id") === dataSetId).map((r) => [text(r, "Force"), r]));
  const ruleMap = new Map([...baseInputs.rules, ...Object.entries(rules)]);
  let comparisons = 0;
  let calls = 0;
  withRandom(seed, () => {
    for (let run = 0; run < runs; run++) {
      let inputs;
      if (dataSet.table === "Survey") {
        const rows = forces.map((force) => {
          const size = Number(surveyRow.get(force)?.get("Sample size") ?? 1000);
          const p = Math.min(1, Math.max(0, rate + (spread > 0 ? jStat.normal.sample(0, spread) : 0)));
          return new Map([...(surveyRow.get(force) ?? []), ["Force", force], ["Year", year], ["Data set id", dataSetId], ["Percentage", (100 * binomial(size, p)) / size], ["Sample size", size]]);
        });
        inputs = { ...baseInputs, rules: ruleMap, survey: [...baseInputs.survey.filter((r) => !(text(r, "Year") === year && text(r, "Data set id") === dataSetId)), ...rows] };
      } else {
        const base = dataSet.denominator?.label === "Households" ? "Households" : "Population";
        const rows = forces.map((force) => {
          const exposure = Number(forceRow.get(force)?.get(base));
          return new Map([["Force", force], ["Year", year], ["Data set id", dataSetId], ["Numerator", poisson(rate * gammaMeanOne(spread) * exposure)], ["Denominator", null], ["Source", "simulated"]]);
        });
        inputs = { ...baseInputs, rules: ruleMap, data: [...baseInputs.data.filter((r) => !(text(r, "Year") === year && text(r, "Data set id") === dataSetId)), ...rows] };
      }
      const settings = assessment.readSettings(inputs);
      const { figures } = assessment.figuresFor(inputs, dataSet, year);
      for (const force of forces) {
        const { groups } = assessment.groupOf(inputs, force, year);
        const options = { ...assessment.comparisonOptionsFor(inputs, settings, force, dataSet, year), includeForce: settings.includeForce };
        const position = compare.msgPosition(force, groups, figures, options);
        if (!position.ok) continue;
        comparisons++;
        if (position.value.significant) calls++;
      }
    }
  });
  return { comparisons, calls, rate: comparisons === 0 ? NaN : calls / comparisons };
}

/**
 * Direction of travel on simulated workbooks in which every force follows the same trend: each force
 * has its own underlying rate (the common rate times a gamma variable of mean 1, coefficient of
 * variation `spread`), and in every force it moves by the same factor `trend` from the first of the
 * three years to the last (for surveys, by `trend` percentage points). So every "Improved" or
 * "Deteriorated" is a false call. Each run replaces the data set's three years with simulated figures
 * (the assessment year's population, households or sample sizes in every year) and asks the
 * assessment's own routine (assessOneDataSet) for every force's direction.
 */
function simulateDirection(engine, baseInputs, { dataSetId, rate, trend, spread = 0, runs, seed, rules = {} }) {
  const { assessment, catalogue } = engine;
  const dataSet = catalogue.dataSetById(dataSetId);
  const year = baseInputs.assessmentYear;
  const start = Number(year.slice(0, 4));
  const years = [-2, -1, 0].map((k) => `${start + k}/${String((start + k + 1) % 100).padStart(2, "0")}`);
  const forces = assessment.forcesOf(baseInputs);
  const text = (row, column) => String(row.get(column) ?? "").trim();
  const forceRow = new Map(baseInputs.forces.filter((r) => text(r, "Population year") === year).map((r) => [text(r, "Force"), r]));
  const surveyRow = new Map(baseInputs.survey.filter((r) => text(r, "Year") === year && text(r, "Data set id") === dataSetId).map((r) => [text(r, "Force"), r]));
  const ruleMap = new Map([...baseInputs.rules, ...Object.entries(rules)]);
  const survey = dataSet.table === "Survey";
  let comparisons = 0;
  let calls = 0;
  withRandom(seed, () => {
    for (let run = 0; run < runs; run++) {
      const rows = [];
      for (const force of forces) {
        if (survey) {
          const size = Number(surveyRow.get(force)?.get("Sample size") ?? 1000);
          const level = rate + (spread > 0 ? jStat.normal.sample(0, spread) : 0);
          years.forEach((y, i) => {
            const p = Math.min(1, Math.max(0, level + (trend * i) / 2 / 100));
            rows.push(new Map([["Force", force], ["Year", y], ["Data set id", dataSetId], ["Percentage", (100 * binomial(size, p)) / size], ["Sample size", size], ["Design effect", 1]]));
          });
        } else {
          const base = dataSet.denominator?.label === "Households" ? "Households" : "Population";
          const exposure = Number(forceRow.get(force)?.get(base));
          const own = rate * gammaMeanOne(spread);
          years.forEach((y, i) => {
            rows.push(new Map([["Force", force], ["Year", y], ["Data set id", dataSetId], ["Numerator", poisson(own * trend ** (i / 2) * exposure)], ["Denominator", exposure], ["Source", "simulated"]]));
          });
        }
      }
      const keep = (r) => !(years.includes(text(r, "Year")) && text(r, "Data set id") === dataSetId);
      const inputs = survey ? { ...baseInputs, rules: ruleMap, survey: [...baseInputs.survey.filter(keep), ...rows] } : { ...baseInputs, rules: ruleMap, data: [...baseInputs.data.filter(keep), ...rows] };
      const settings = assessment.readSettings(inputs);
      for (const force of forces) {
        const direction = assessment.assessOneDataSet(inputs, settings, force, dataSet, year).direction;
        if (!direction) continue;
        comparisons++;
        if (direction.kind !== "stable") calls++;
      }
    }
  });
  return { comparisons, calls, rate: comparisons === 0 ? NaN : calls / comparisons };
}

/** The direction scenarios: a national fall (or, for the survey, rise) that every force shares. */
const directionScenarios = [
  { name: "Vehicle crime, 24% national fall, every force the same trend", dataSetId: "vehicle-crime", rate: 0.012, trend: 0.76, spread: 0.2 },
  { name: "Robbery, 20% national fall, every force the same trend", dataSetId: "robbery", rate: 0.0015, trend: 0.8, spread: 0.2 },
  { name: "Homicide, 15% national fall (small counts)", dataSetId: "homicide", rate: 0.000012, trend: 0.85, spread: 0.2 },
  { name: "Satisfaction survey, 2-point national rise", dataSetId: "satisfaction", rate: 0.8, trend: 2, spread: 0.03 },
];

/** The direction methods compared: against England and Wales (default), and the force's own change alone (the national trend counts). */
const directionMethods = [
  { name: "against England and Wales + material gap (default)", rules: {} },
  { name: "against England and Wales, test alone (no material gap)", rules: { "material-gap-rate": 0, "material-gap-points": 0 } },
  { name: "own change alone (None)", rules: { "direction-compared-with": "None" } },
];

/** The scenarios reported: rates with large and small counts, and a survey, each without and with overdispersion. */
const scenarios = [
  { name: "Robbery, equal rate 1.5 per 1,000", dataSetId: "robbery", rate: 0.0015, spread: 0 },
  { name: "Robbery, equal rate, 20% spread between forces", dataSetId: "robbery", rate: 0.0015, spread: 0.2 },
  { name: "Burglary, equal rate 12 per 1,000 households", dataSetId: "burglary", rate: 0.012, spread: 0 },
  { name: "Burglary, equal rate, 10% spread between forces", dataSetId: "burglary", rate: 0.012, spread: 0.1 },
  { name: "Homicide, equal rate 12 per million (small counts)", dataSetId: "homicide", rate: 0.000012, spread: 0 },
  { name: "Homicide, equal rate, 20% spread between forces", dataSetId: "homicide", rate: 0.000012, spread: 0.2 },
  { name: "Satisfaction survey, equal 80%", dataSetId: "satisfaction", rate: 0.8, spread: 0 },
  { name: "Satisfaction survey, equal 80%, 3-point spread between forces", dataSetId: "satisfaction", rate: 0.8, spread: 0.03 },
];

/** The methods compared: the default (funnel, additive, material gap), the test alone, and the old interval method. */
const methods = [
  { name: "funnel + material gap (default)", rules: {} },
  { name: "funnel test alone (no material gap)", rules: { "material-gap-rate": 0, "material-gap-points": 0 } },
  { name: "interval (simple exact test)", rules: { "comparison-method": "interval" } },
];

module.exports = { simulate, scenarios, methods, simulateDirection, directionScenarios, directionMethods, withRandom };
