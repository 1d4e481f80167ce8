// `ra assess --all` on the national sample (read from the package's own parts, written by patching the input's own zip)
// against two baselines in the same process, rounds alternating: a bare ExcelJS read and write of the
// same file (what a tool built on ExcelJS alone must do), and a bare ExcelJS read plus a copy of the
// file's zip (the least any reader that keeps the input can do). Needs the compiled library (npm run build:lib).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const ExcelJS = require("exceljs");
const { patchWorkbook, snapshotFromBytes } = require("../lib/src/xlsx");
const { readZip, writeZip } = require("../lib/src/xlsx/zip");
const { checkWorkbook } = require("../lib/src/engine/workbook");
const { assessForce, forcesOf, planAssessments, readInputs, readSettings } = require("../lib/src/engine/assessment");
const { machine } = require("./measure");

const bytes = readFileSync(join(__dirname, "..", "assets", "national-sample.xlsx"));

async function bare() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

async function bareReadAndCopy() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return writeZip(readZip(bytes)).byteLength;
}

async function assessAll() {
  const read = snapshotFromBytes(bytes);
  if (!read.ok) throw new Error("the sample cannot be read");
  const snapshot = read.value;
  if (checkWorkbook(snapshot).some((f) => f.severity === "error")) throw new Error("the sample has errors");
  const inputs = readInputs(snapshot);
  const settings = readSettings(inputs);
  const assessments = forcesOf(inputs).map((f) => {
    const r = assessForce(inputs, settings, f);
    if (!r.ok) throw new Error(`could not assess ${f}`);
    return r.value;
  });
  return patchWorkbook(bytes, planAssessments(snapshot, assessments).plan).byteLength;
}

async function seconds(f) {
  const start = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// 15 rounds: the median of 7 moved by a tenth from run to run on a shared machine.
const ROUNDS = 15;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  await bare();
  await bareReadAndCopy();
  await assessAll();
  const a = [];
  const b = [];
  const c = [];
  for (let round = 0; round < ROUNDS; round++) {
    a.push(await seconds(assessAll));
    b.push(await seconds(bare));
    c.push(await seconds(bareReadAndCopy));
  }
  const s = median(a);
  const base = median(b);
  const copy = median(c);
  const figures = [
    { figure: "ra assess --all (43 forces) against a bare ExcelJS read and write", calls: 1, seconds: s, baselineSeconds: base, callsPerSecond: 1 / s, baselineCallsPerSecond: 1 / base, ratio: s / base },
    { figure: "ra assess --all (43 forces) against a bare ExcelJS read and a copy of the zip", calls: 1, seconds: s, baselineSeconds: copy, callsPerSecond: 1 / s, baselineCallsPerSecond: 1 / copy, ratio: s / copy },
  ];
  console.log(`Assessment (${machine()})`);
  console.log(`  ra assess --all: ${s.toFixed(2)} s   bare ExcelJS read and write: ${base.toFixed(2)} s   ratio ${figures[0].ratio.toFixed(2)}x`);
  console.log(`  ra assess --all: ${s.toFixed(2)} s   bare ExcelJS read and zip copy: ${copy.toFixed(2)} s   ratio ${figures[1].ratio.toFixed(2)}x`);
  console.log(JSON.stringify({ title: "Assessment", machine: machine(), figures }));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
