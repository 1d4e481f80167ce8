// `ra assess --all` on the national sample against a bare read and write of the same file by the same
// library (ExcelJS), in the same process, rounds alternating. Needs the compiled library (npm run build:lib).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const ExcelJS = require("exceljs");
const { snapshotOf, applyPlan } = require("../lib/src/xlsx");
const { checkWorkbook } = require("../lib/src/engine/workbook");
const { assessForce, forcesOf, planAssessments, readInputs, readSettings } = require("../lib/src/engine/assessment");
const { machine } = require("./measure");

const bytes = readFileSync(join(__dirname, "..", "assets", "national-sample.xlsx"));

async function bare() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

async function assessAll() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const snapshot = snapshotOf(wb);
  if (checkWorkbook(snapshot).some((f) => f.severity === "error")) throw new Error("the sample has errors");
  const inputs = readInputs(snapshot);
  const settings = readSettings(inputs);
  const assessments = forcesOf(inputs).map((f) => {
    const r = assessForce(inputs, settings, f);
    if (!r.ok) throw new Error(`could not assess ${f}`);
    return r.value;
  });
  applyPlan(wb, planAssessments(snapshot, assessments).plan);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

async function seconds(f) {
  const start = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  await bare();
  await assessAll();
  const a = [];
  const b = [];
  for (let round = 0; round < 5; round++) {
    a.push(await seconds(assessAll));
    b.push(await seconds(bare));
  }
  const s = median(a);
  const base = median(b);
  const figure = { figure: "ra assess --all (43 forces)", calls: 1, seconds: s, baselineSeconds: base, callsPerSecond: 1 / s, baselineCallsPerSecond: 1 / base, ratio: s / base };
  console.log(`Assessment (${machine()})`);
  console.log(`  ra assess --all: ${s.toFixed(2)} s   bare read and write: ${base.toFixed(2)} s   ratio ${figure.ratio.toFixed(2)}x (added on top of the file work: ${((figure.ratio - 1) * 100).toFixed(0)}%)`);
  console.log(JSON.stringify({ title: "Assessment", machine: machine(), figures: [figure] }));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
