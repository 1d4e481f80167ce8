#!/usr/bin/env node
/*
 * Writes the golden fixtures in test/fixtures from the committed national sample (run `npm run
 * build:lib` first): sample.xlsx, then one workbook per injected defect with the findings it must add
 * (code, sheet, cell, worked out by hand from the sample's layout) in <name>.expected.json.
 *
 * Sample layout (every table from A1, header in row 1, forces in alphabetical order, so Avon and
 * Somerset comes first): Forces rows 2-4 are Avon and Somerset 2006/07-2008/09 (C = Population);
 * Data rows run force, year, then the 14 Data data sets in catalogue order, so row 2 is Avon 2006/07
 * burglary, row 3 burglary-detections, row 4 robbery, row 5 vehicle-crime (D Numerator, E Denominator);
 * Survey row 2 is Avon 2006/07 single-confidence-target (D Percentage, E Sample size); Finance row 2 is
 * Avon 2006/07 (D Officer FTE); MSG row 2 is Avon's first peer (B Peer); Evidence rows 2-5 are Avon's
 * neighbourhood policing, major crime, sex offenders and Policing Pledge rows (D Judgement).
 */
/* global Buffer */
const { readFileSync, writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");
const { readSnapshot, newWorkbookBytes } = require("../lib/src/xlsx");
const { planOfSnapshot } = require("../lib/src/engine/workbook");

const root = join(__dirname, "..");
const out = join(root, "test", "fixtures");

function tableOf(plan, name) {
  const t = plan.tables.find((x) => x.name === name || x.sheet === name);
  if (!t) throw new Error(`No table ${name}`);
  return t;
}
function setCell(plan, sheet, row, col, value) {
  const t = tableOf(plan, sheet);
  t.rows[row - 2][t.columns.indexOf(col)] = value;
}
function dropColumn(plan, sheet, col) {
  const t = tableOf(plan, sheet);
  const i = t.columns.indexOf(col);
  t.columns.splice(i, 1);
  t.rows.forEach((r) => r.splice(i, 1));
}
const at = (code, sheet, cell) => ({ code, sheet, cell });

const defects = {
  "error.missing-sheet": { exitCode: 1, added: [at("missing-sheet", "Finance", null)], edit: (p) => { p.createSheets = p.createSheets.filter((s) => s !== "Finance"); p.tables = p.tables.filter((t) => t.sheet !== "Finance"); } },
  // Survey keeps 6 of its 7 columns (A-F), so the missing one would go in G1.
  "error.missing-column": { exitCode: 1, added: [at("missing-column", "Survey", "I1")], edit: (p) => dropColumn(p, "Survey", "Sample size") },
  "error.old-version": { exitCode: 1, added: [at("template-version-old", "About", "B2")], edit: (p) => setCell(p, "About", 2, "Value", "0.9") },
  "warning.text-for-number": { exitCode: 0, added: [at("not-a-number", "Data", "D2")], edit: (p) => setCell(p, "Data", 2, "Numerator", "7,450 offences") },
  "warning.excel-error": { exitCode: 0, added: [at("error-value", "Data", "D3")], edit: (p) => setCell(p, "Data", 3, "Numerator", { error: "#DIV/0!" }) },
  "error.blank-population": { exitCode: 1, added: [at("blank-value", "Forces", "C2")], edit: (p) => setCell(p, "Forces", 2, "Population", null) },
  "warning.negative-count": { exitCode: 0, added: [at("negative-count", "Data", "D4")], edit: (p) => setCell(p, "Data", 4, "Numerator", -5) },
  "warning.fractional-count": { exitCode: 0, added: [at("fractional-count", "Data", "D5")], edit: (p) => setCell(p, "Data", 5, "Numerator", 12.5) },
  "warning.percentage-over-100": { exitCode: 0, added: [at("out-of-range", "Survey", "D2")], edit: (p) => setCell(p, "Survey", 2, "Percentage", 140) },
  "warning.zero-fte": { exitCode: 0, added: [at("zero-denominator", "Finance", "D2")], edit: (p) => setCell(p, "Finance", 2, "Officer FTE", 0) },
  // The misspelt row no longer counts as Avon and Somerset's, so its 2006/07 burglary row is missing too.
  "error.unknown-force": { exitCode: 1, added: [at("missing-year", "Data", "B1"), at("force-not-found", "Data", "A2")], edit: (p) => setCell(p, "Data", 2, "Force", "Avon and Somrset") },
  // Row 3 (burglary-detections) relabelled burglary repeats row 2; Avon's 2006/07 burglary-detections row is then missing.
  "error.duplicate-row": { exitCode: 1, added: [at("missing-year", "Data", "B1"), at("duplicate-row", "Data", "A3")], edit: (p) => setCell(p, "Data", 3, "Data set id", "burglary") },
  "error.peer-is-force": { exitCode: 1, added: [at("peer-is-force", "MSG", "B2")], edit: (p) => setCell(p, "MSG", 2, "Peer", "Avon and Somerset") },
  "error.unknown-peer": { exitCode: 1, added: [at("force-not-found", "MSG", "B2")], edit: (p) => setCell(p, "MSG", 2, "Peer", "Wessex") },
  "error.bad-year": { exitCode: 1, added: [at("missing-year", "Data", "B1"), at("bad-year", "Data", "B2")], edit: (p) => setCell(p, "Data", 2, "Year", "2006-07") },
  "warning.missing-year": { exitCode: 0, added: [at("missing-year", "Data", "B1")], edit: (p) => tableOf(p, "Data").rows.splice(2, 1) },
  "warning.detections-above-offences": { exitCode: 0, added: [at("detections-exceed-offences", "Data", "D3")], edit: (p) => { const t = tableOf(p, "Data"); const r = t.rows[1]; r[3] = r[4] + 1; } },
  // Avon 2007/08 up 25% from 2006/07, then back down 20% in 2008/09.
  "warning.population-jump": { exitCode: 0, added: [at("population-jump", "Forces", "C3"), at("population-jump", "Forces", "C4")], edit: (p) => { const t = tableOf(p, "Forces"); t.rows[1][2] = Math.round(t.rows[0][2] * 1.25); } },
  "warning.small-sample": { exitCode: 0, added: [at("small-sample", "Survey", "E2")], edit: (p) => setCell(p, "Survey", 2, "Sample size", 50) },
  "warning.no-action": {
    exitCode: 0,
    added: [at("no-action-recorded", "Evidence", "D3")],
    edit: (p) => {
      const a = tableOf(p, "Actions");
      a.rows = a.rows.filter((r) => r[0] !== "Avon and Somerset");
      const e = tableOf(p, "Evidence");
      e.rows = e.rows.filter((r, i) => r[0] !== "Avon and Somerset" || i < 4);
      [["Good"], ["Inadequate"], ["Good"], ["Good"]].forEach(([j], i) => (e.rows[i][3] = j));
    },
  },
  "warning.table-renamed": { exitCode: 0, added: [at("table-renamed", "Data", "A1")], edit: (p) => (tableOf(p, "Data").name = "Table1") },
};

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const unreadable = {
  "unreadable.not-a-workbook": { code: "file-not-a-workbook", bytes: () => Buffer.from("Force,Year,Data set id\nKent,2008/09,burglary\n") },
  "unreadable.truncated": { code: "file-corrupt", bytes: (sample) => sample.subarray(0, Math.floor(sample.length / 2)) },
  // The header of an OLE compound document holding an EncryptedPackage stream, as Excel writes a password-protected .xlsx.
  "unreadable.password-protected": { code: "file-password-protected", bytes: () => Buffer.concat([OLE, Buffer.alloc(504), Buffer.from("EncryptedInfo\0EncryptedPackage", "utf16le")]) },
  "unreadable.old-xls": { code: "file-old-excel-format", bytes: () => Buffer.concat([OLE, Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]) },
};

async function main() {
  mkdirSync(out, { recursive: true });
  const sample = readFileSync(join(root, "assets", "national-sample.xlsx"));
  writeFileSync(join(out, "sample.xlsx"), sample);
  const read = await readSnapshot(sample);
  if (!read.ok) throw new Error("The committed sample cannot be read");
  for (const [name, d] of Object.entries(defects)) {
    const plan = JSON.parse(JSON.stringify(planOfSnapshot(read.value)));
    d.edit(plan);
    writeFileSync(join(out, `${name}.xlsx`), await newWorkbookBytes(plan));
    writeFileSync(join(out, `${name}.expected.json`), JSON.stringify({ exitCode: d.exitCode, added: d.added }, null, 2) + "\n");
  }
  for (const [name, u] of Object.entries(unreadable)) {
    writeFileSync(join(out, `${name}.xlsx`), u.bytes(sample));
    writeFileSync(join(out, `${name}.expected.json`), JSON.stringify({ exitCode: 2, unreadable: u.code }, null, 2) + "\n");
  }
  process.stdout.write(`Wrote ${Object.keys(defects).length + Object.keys(unreadable).length + 1} fixtures to ${out}\n`);
}
main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
