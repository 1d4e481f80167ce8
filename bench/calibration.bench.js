// Calibration of the comparison with similar forces (issue 11): on simulated workbooks in which every
// force has the same underlying rate, the share of comparisons called better or worse at 95%, for the
// default method (funnel plot with overdispersion and a material gap), the funnel test alone, and the
// simple interval method. Needs the compiled library (npm run build:lib). RUNS sets the number of
// simulated workbooks per scenario (default 100).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const ExcelJS = require("exceljs");
const { snapshotOf } = require("../lib/src/xlsx");
const engine = {
  assessment: require("../lib/src/engine/assessment"),
  compare: require("../lib/src/engine/compare"),
  catalogue: require("../lib/src/engine/catalogue/dataSets"),
};
const { simulate, scenarios, methods, simulateDirection, directionScenarios, directionMethods } = require("./calibration");
const { machine } = require("./measure");

async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, "..", "assets", "national-sample.xlsx")));
  const inputs = engine.assessment.readInputs(snapshotOf(wb));
  const runs = Number(process.env.RUNS ?? 100);
  const figures = [];
  console.log(`Calibration: ${runs} simulated workbooks per scenario, 43 forces each, seed 11 (${machine()})`);
  for (const s of scenarios) {
    for (const m of methods) {
      const r = simulate(engine, inputs, { ...s, runs, seed: 11, rules: m.rules });
      console.log(`  ${s.name}; ${m.name}: ${(100 * r.rate).toFixed(1)}% of ${r.comparisons} comparisons called better or worse`);
      figures.push({ figure: `${s.name}; ${m.name}`, kind: "false calls", comparisons: r.comparisons, calls: r.calls, falseCallRate: r.rate });
    }
  }
  const directionRuns = Math.max(1, Math.round(runs / 4));
  console.log(`Direction of travel: ${directionRuns} simulated workbooks per scenario, every force the same trend`);
  for (const s of directionScenarios) {
    for (const m of directionMethods) {
      const r = simulateDirection(engine, inputs, { ...s, runs: directionRuns, seed: 11, rules: m.rules });
      console.log(`  ${s.name}; ${m.name}: ${(100 * r.rate).toFixed(1)}% of ${r.comparisons} directions called improved or deteriorated`);
      figures.push({ figure: `Direction: ${s.name}; ${m.name}`, kind: "false calls", comparisons: r.comparisons, calls: r.calls, falseCallRate: r.rate });
    }
  }
  console.log(JSON.stringify({ title: "Calibration (false calls at 95%, target at most 5%)", machine: machine(), figures }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
