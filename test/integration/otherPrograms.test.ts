import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { emptyTemplatePlan } from "../../src/engine/workbook";
import { newWorkbookBytes, snapshotFromBytes } from "../../src/xlsx";
import { CSV_EVERY_SHEET, convert, libreOfficeProfile, missingProgram, openpyxlEdit, pythonWithOpenpyxl, pythonWithUno, soffice, unoEdit, zipEntries } from "./programs/programs";
import { buildLibrary, root, run } from "./ra";

// Workbooks saved by the programs people use instead of Excel, made by those programs at test time:
// LibreOffice Calc (headless, and through UNO to add a chart, a pivot table and a formula) and Python's
// openpyxl (as pandas saves). Each must check and assess as the original does, and `ra assess` must
// keep every part of it byte for byte: only the workbook part, its relationships, [Content_Types].xml
// and the styles part may change, and a second run changes nothing at all.

const work = mkdtempSync(join(tmpdir(), "ra-programs-"));
const sample = join(root, "assets", "national-sample.xlsx");
const template = join(work, "template.xlsx");
const assessed = join(work, "assessed.xlsx");
const originals = [template, sample, assessed];

/** What `ra check` and `ra assess --all` make of a workbook: exit codes, findings and every grade. */
async function outcome(file: string) {
  const check = await run(["check", file, "--json"]);
  const findings = (JSON.parse(check.stdout) as { findings: { severity: string; code: string; sheet?: string; cell?: string }[] }).findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? ""}`).sort();
  const out = join(work, `out-${Math.random().toString(36).slice(2)}-${basename(file)}`);
  const assess = await run(["assess", file, "--all", "--out", out, "--json"]);
  const grades = assess.code === 0 ? (JSON.parse(assess.stdout) as { forces: unknown }).forces : assess.stderr;
  return { check: check.code, findings, assess: assess.code, grades };
}

let expected: Awaited<ReturnType<typeof outcome>>[];

beforeAll(async () => {
  buildLibrary();
  writeFileSync(template, await newWorkbookBytes(emptyTemplatePlan()));
  expect((await run(["assess", sample, "--all", "--out", assessed])).code).toBe(0);
  expected = await Promise.all(originals.map(outcome));
  expect(expected[1]?.assess).toBe(0);
  expect(JSON.stringify(expected[1]?.grades)).toContain("Metropolitan Police");
}, 240_000);

/** The parts `ra assess` may change in a workbook it writes its output sheets into. */
const mayChange = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

/** Runs `ra assess --all` twice (on the input, then on its own output) and checks what each kept. */
async function assessTwiceKeepingEveryPart(input: string): Promise<{ first: Map<string, Buffer>; second: Map<string, Buffer> }> {
  const first = join(work, `first-${basename(input)}`);
  const second = join(work, `second-${basename(input)}`);
  expect((await run(["assess", input, "--all", "--out", first, "--overwrite"])).code).toBe(0);
  expect((await run(["assess", first, "--all", "--out", second, "--overwrite"])).code).toBe(0);
  const parts = await zipEntries(input);
  const one = await zipEntries(first);
  const two = await zipEntries(second);
  const lostOrChanged = [...parts].filter(([name, bytes]) => !mayChange.has(name) && !one.get(name)?.equals(bytes)).map(([name]) => name);
  expect(lostOrChanged).toEqual([]);
  expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
  expect([...one].filter(([name, bytes]) => !two.get(name)?.equals(bytes)).map(([name]) => name)).toEqual([]);
  for (const sheet of ["Assessment", "Report", "Profile", "Trace"]) expect(one.get("xl/workbook.xml")?.toString()).toContain(`name="${sheet}"`);
  return { first: one, second: two };
}

const uno = pythonWithUno();
const office = uno ? soffice() : undefined;

describe("workbooks saved by LibreOffice Calc", () => {
  if (missingProgram(office, "RA_REQUIRE_LIBREOFFICE", { needs: "needs LibreOffice and python3-uno (RA_REQUIRE_LIBREOFFICE=1)", skipped: "are skipped: soffice or python3-uno is not installed" }, "Skipped: soffice or python3-uno not found (apt-get install -y libreoffice-calc-nogui python3-uno).")) return;
  const profile = libreOfficeProfile();

  it("check and assess as the originals do: the template, the sample and an assessed workbook re-saved as .xlsx, and the sample through .ods and back", async () => {
    const resaved = join(work, "libreoffice");
    convert(office, profile, "xlsx", originals, resaved);
    const throughOds = join(work, "ods");
    convert(office, profile, "ods", [sample], throughOds);
    convert(office, profile, "xlsx", [join(throughOds, "national-sample.ods")], join(throughOds, "back"));
    const files = [...originals.map((f) => join(resaved, basename(f))), join(throughOds, "back", "national-sample.xlsx")];
    // LibreOffice writes table parts without tableStyleInfo (which ExcelJS 4.4 could not write back).
    expect((await zipEntries(files[1] as string)).get("xl/tables/table1.xml")?.toString()).not.toContain("tableStyleInfo");
    const got = await Promise.all(files.map(outcome));
    expect(got).toEqual([...expected, expected[1]]);
    // LibreOffice reads the report text (inline strings, "£", quotes) as written, nothing trimmed.
    const reportText = (file: string) => {
      const read = snapshotFromBytes(readFileSync(file));
      return read.ok ? read.value.tables.find((t) => t.table === "Report")?.rows : undefined;
    };
    const written = reportText(assessed);
    expect(written?.length).toBeGreaterThan(800);
    expect(reportText(files[2] as string)).toEqual(written);
  }, 420_000);

  it("keeps a chart and a pivot table made in LibreOffice byte for byte through two re-runs", async () => {
    const edited = join(work, "lo-chart-pivot.xlsx");
    unoEdit(office, sample, edited, ["chart", "pivot"]);
    const parts = await zipEntries(edited);
    expect([...parts.keys()].filter((n) => /^xl\/(charts\/chart|pivotTables\/pivotTable|pivotCache\/pivotCacheDefinition)\d+\.xml$/.test(n))).toHaveLength(3);
    const { second } = await assessTwiceKeepingEveryPart(edited);
    expect(second.get("xl/charts/chart1.xml")?.equals(parts.get("xl/charts/chart1.xml") as Buffer)).toBe(true);
  }, 420_000);

  it("keeps a formula on an analyst's own sheet that refers to Profile, and LibreOffice recalculates it to the new figure", async () => {
    const kent = join(work, "kent.xlsx");
    expect((await run(["assess", sample, "--force", "Kent", "--out", kent])).code).toBe(0);
    const withFormula = join(work, "kent-with-formula.xlsx");
    unoEdit(office, kent, withFormula, ["formula"]); // Mine!A1 =Profile!E2 (Kent's first figure), B1 =Profile!A2
    const all = join(work, "all-with-formula.xlsx");
    expect((await run(["assess", withFormula, "--all", "--out", all])).code).toBe(0);
    const entries = await zipEntries(all);
    const workbookXml = entries.get("xl/workbook.xml")?.toString() ?? "";
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // The formula is read back from the written file as it was saved; Profile is the same sheet as before.
    const mineTarget = /<sheet [^>]*name="Mine"[^>]*r:id="([^"]+)"/.exec(workbookXml)?.[1];
    const rels = entries.get("xl/_rels/workbook.xml.rels")?.toString() ?? "";
    const minePart = new RegExp(`Id="${mineTarget}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${mineTarget}"`).exec(rels);
    const mineXml = entries.get(`xl/${minePart?.[1] ?? minePart?.[2]}`)?.toString() ?? "";
    expect(mineXml).toMatch(/<f[^>]*>Profile!E2<\/f>/);
    expect(mineXml).toContain("<v>Kent</v>"); // the value LibreOffice saved, kept until the formula is recalculated
    const csv = join(work, "csv");
    convert(office, libreOfficeProfile(true), CSV_EVERY_SHEET, [all], csv);
    const profileRow = readFileSync(join(csv, "all-with-formula-Profile.csv"), "utf8").split("\n")[1]?.split(",") ?? [];
    const mine = readFileSync(join(csv, "all-with-formula-Mine.csv"), "utf8").trim().split(",");
    expect(profileRow[0]).toBe("Avon and Somerset"); // --all puts Avon and Somerset first, where Kent was
    expect(mine).toEqual([profileRow[4], "Avon and Somerset"]);
  }, 420_000);
});

const python = pythonWithOpenpyxl();

describe("workbooks saved by openpyxl (so by pandas)", () => {
  if (missingProgram(python, "RA_REQUIRE_OPENPYXL", { needs: "needs python3-openpyxl (RA_REQUIRE_OPENPYXL=1)", skipped: "are skipped: /usr/bin/python3 with openpyxl and Pillow is not installed" }, "Skipped: openpyxl not found (apt-get install -y python3-openpyxl python3-pil).")) return;

  it("check and assess as the originals do: the template, the sample and an assessed workbook", async () => {
    const files = originals.map((f) => {
      const target = join(work, `openpyxl-${basename(f)}`);
      openpyxlEdit(python, f, target);
      return target;
    });
    // openpyxl names parts by absolute targets, which ExcelJS alone cannot follow (exceljs issue 1468).
    expect((await zipEntries(files[1] as string)).get("xl/_rels/workbook.xml.rels")?.toString()).toContain('Target="/xl/worksheets/');
    expect(await Promise.all(files.map(outcome))).toEqual(expected);
  }, 300_000);

  it("keeps a chart, an image, a comment, data validation, conditional formatting and a defined name byte for byte through two re-runs", async () => {
    const edited = join(work, "openpyxl-extras.xlsx");
    openpyxlEdit(python, sample, edited, ["extras"]);
    const parts = await zipEntries(edited);
    const names = [...parts.keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    expect(names.some((n) => /comment/i.test(n))).toBe(true);
    const dataSheet = [...parts.values()].map((b) => b.toString()).find((x) => x.includes("<dataValidations"));
    expect(dataSheet).toContain("<conditionalFormatting");
    const { second } = await assessTwiceKeepingEveryPart(edited);
    expect(second.get("xl/workbook.xml")?.toString()).toContain("BurglaryCounts");
  }, 300_000);

});
