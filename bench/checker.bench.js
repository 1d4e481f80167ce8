/* global Buffer */
// The checker on a workbook of over a million data cells, against a bare ExcelJS read of the same file
// in the same run. Needs the compiled library (npm run build:lib).
const { existsSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");
const ExcelJS = require("exceljs");
const { readSnapshot, newWorkbookBytes } = require("../lib/src/xlsx");
const { checkWorkbook, countBySeverity, emptyTemplatePlan } = require("../lib/src/engine/workbook");
const { machine } = require("./measure");

const ROWS = 170_000; // x 6 columns = 1,020,000 data cells in Data
const out = join(__dirname, "out");
const { dataSets } = require("../lib/src/engine/catalogue/dataSets");
const IDS = dataSets.filter((d) => d.table === "Data").map((d) => d.id);
const YEARS = ["2006/07", "2007/08", "2008/09"];
const FORCES = Math.ceil(ROWS / (IDS.length * 3));
const file = join(out, "million-cells-v2.xlsx");

async function build() {
  mkdirSync(out, { recursive: true });
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(Buffer.from(await newWorkbookBytes(emptyTemplatePlan())));
  const w = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  // The template's sheets, with Data filled by header row (a table read without an Excel table definition).
  for (const ws of template.worksheets) {
    const sheet = w.addWorksheet(ws.name);
    if (ws.name === "Forces") {
      sheet.addRow(["Force", "Region", "Population", "Population year", "Households", "Households year", "Source"]).commit();
      for (let f = 0; f < FORCES; f++) for (const y of YEARS) sheet.addRow([`Force ${f}`, "Region", 1_000_000, y, 420_000, y, "bench"]).commit();
    } else if (ws.name === "Data") {
      sheet.addRow(["Force", "Year", "Data set id", "Numerator", "Denominator", "Source"]).commit();
      // Every row distinct: force, then year, then data set, so the workbook is clean and every cell is checked.
      for (let i = 0; i < ROWS; i++) {
        const id = IDS[i % IDS.length];
        const year = YEARS[Math.floor(i / IDS.length) % 3];
        const detection = id.endsWith("detections");
        sheet.addRow([`Force ${Math.floor(i / (IDS.length * 3))}`, year, id, 100 + (i % 900), detection ? 2000 : null, "bench"]).commit();
      }
    } else {
      ws.eachRow((row) => sheet.addRow(row.values.slice(1)).commit());
    }
    sheet.commit();
  }
  await w.commit();
}

async function main() {
  if (!existsSync(file)) {
    const t = Date.now();
    await build();
    process.stdout.write(`Built ${file} (${ROWS * 6 + 43 * 3 * 7} data cells) in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const t0 = process.hrtime.bigint();
  const bare = new ExcelJS.Workbook();
  await bare.xlsx.readFile(file);
  const t1 = process.hrtime.bigint();
  const snap = await readSnapshot(file);
  const t2 = process.hrtime.bigint();
  if (!snap.ok) throw new Error("bench workbook unreadable");
  const findings = checkWorkbook(snap.value);
  const t3 = process.hrtime.bigint();
  const s = (a, b) => Number(b - a) / 1e9;
  const bareTime = s(t0, t1);
  const checkTime = s(t1, t3);
  const counts = countBySeverity(findings);
  process.stdout.write(
    [
      `Data cells: ${ROWS * 6} in Data (+ small tables)`,
      `Bare ExcelJS read:            ${bareTime.toFixed(2)} s`,
      `ra check (read + snapshot):   ${s(t1, t2).toFixed(2)} s`,
      `ra check (checker only):      ${s(t2, t3).toFixed(2)} s`,
      `ra check total:               ${checkTime.toFixed(2)} s`,
      `Ratio check / bare read:      ${(checkTime / bareTime).toFixed(2)}`,
      `Findings: ${counts.errors} errors, ${counts.warnings} warnings`,
    ].join("\n") + "\n",
  );
  const figure = { figure: `ra check, ${ROWS * 6} data cells`, calls: 1, seconds: checkTime, baselineSeconds: bareTime, callsPerSecond: 1 / checkTime, baselineCallsPerSecond: 1 / bareTime, ratio: checkTime / bareTime };
  process.stdout.write(`${JSON.stringify({ title: "Checker", machine: machine(), figures: [figure] })}\n`);
}
main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
