import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessForce, planAssessments, readInputs, readSettings } from "../../src/engine/assessment";
import { snapshotOf, writeWithPlan } from "../../src/xlsx";

// Text from a workbook that looks like a formula (evidence, actions, a final grade someone typed) must
// come out of the add-in as text. In an .xlsx file the add-in writes every text as a string cell, never
// as a formula; this test opens the written file's XML and finds no formula anywhere in the output
// sheets. (The Office adapter adds a leading apostrophe instead: test/unit/taskpane/office.)
const hostile = ['=HYPERLINK("http://example.invalid/steal","Click")', "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1"];

it("writes workbook text that looks like a formula as text, never as a formula", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "..", "assets", "national-sample.xlsx"));
  const actions = wb.getWorksheet("Actions")!;
  const evidence = wb.getWorksheet("Evidence")!;
  hostile.forEach((text, i) => {
    actions.addRow(["Kent", "Local Crime and Policing", text, text, text]);
    evidence.addRow(["Kent", "Local Crime and Policing", "CAA red flag", "Poor", text, `Source ${i}`]);
  });
  // Excel tables end where their ref says: widen them to take the new rows.
  for (const sheet of [actions, evidence]) {
    const table = sheet.getTables()[0] as unknown as { table: { tableRef: string; ref: string } } | undefined;
    if (table) {
      const last = sheet.rowCount;
      const ref = table.table.tableRef ?? table.table.ref;
      table.table.tableRef = ref.replace(/\d+$/, String(last));
    }
  }
  const snapshot = snapshotOf(wb);
  const inputs = readInputs(snapshot);
  const kent = assessForce(inputs, readSettings(inputs), "Kent");
  expect(kent.ok).toBe(true);
  if (!kent.ok) return;
  const report = planAssessments(snapshot, [kent.value]);
  const allText = report.plan.tables.flatMap((t) => t.rows.flat()).filter((v): v is string => typeof v === "string").join("\n");
  expect(allText).toContain("HYPERLINK"); // the hostile text did reach the output, as text

  const out = join(mkdtempSync(join(tmpdir(), "ra-injection-")), "out.xlsx");
  await writeWithPlan(Buffer.from(await wb.xlsx.writeBuffer()), report.plan, out);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  expect(sheetFiles.length).toBeGreaterThan(10);
  for (const f of sheetFiles) expect(await zip.file(f)!.async("string")).not.toMatch(/<f[ >]/);
});
