import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { emptyTemplatePlan } from "../../src/engine/workbook";
import { newWorkbookBytes, snapshotFromBytes } from "../../src/xlsx";
import { excelJsSnapshot } from "./programs/excelJsReference";
import { convert, libreOfficeProfile, missingProgram, openpyxlEdit, pythonWithOpenpyxl, soffice } from "./programs/programs";
import { buildLibrary, root, run } from "./ra";

// The package reader (src/xlsx/readPackage.ts) against another tool that reads the same files: ExcelJS
// 4.4, through the snapshot translation the task pane's preview still uses. Both must give the same
// snapshot (tables, cell values and notes, About, merged cells, hidden sheets, stray cells) for the
// template, the sample, an assessed workbook, every readable test fixture, and those workbooks re-saved
// by LibreOffice and by openpyxl, made by the real programs at test time.

const work = mkdtempSync(join(tmpdir(), "ra-reader-"));
const sample = join(root, "assets", "national-sample.xlsx");
const template = join(work, "template.xlsx");
const assessed = join(work, "assessed.xlsx");
const originals = [template, sample, assessed];

/** Expects the same snapshot from both readers; returns how many tables it found. */
async function expectSameSnapshot(file: string): Promise<number> {
  const bytes = readFileSync(file);
  const ours = snapshotFromBytes(bytes, file);
  expect(ours.ok).toBe(true);
  if (!ours.ok) return 0;
  expect({ file, snapshot: ours.value }).toEqual({ file, snapshot: await excelJsSnapshot(bytes) });
  return ours.value.tables.length;
}

beforeAll(async () => {
  buildLibrary();
  writeFileSync(template, await newWorkbookBytes(emptyTemplatePlan()));
  expect((await run(["assess", sample, "--all", "--out", assessed])).code).toBe(0);
}, 240_000);

describe("the package reader reads as ExcelJS does", () => {
  it("the template, the sample and an assessed workbook", async () => {
    for (const f of originals) expect(await expectSameSnapshot(f)).toBeGreaterThan(10);
  });

  it("every readable test fixture", async () => {
    const fixtures = join(root, "test", "fixtures");
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".xlsx") && !f.startsWith("unreadable."));
    expect(files.length).toBeGreaterThan(10);
    let tables = 0;
    for (const f of files) tables += await expectSameSnapshot(join(fixtures, f));
    expect(tables).toBeGreaterThan(files.length * 5);
  }, 120_000);
});

describe("workbooks re-saved by LibreOffice Calc, read as ExcelJS reads them", () => {
  const office = soffice();
  if (missingProgram(office, "RA_REQUIRE_LIBREOFFICE", { needs: "needs LibreOffice (RA_REQUIRE_LIBREOFFICE=1)", skipped: "are skipped: soffice is not installed" }, "Skipped: soffice not found (apt-get install -y libreoffice-calc-nogui).")) return;
  it("the template, the sample and an assessed workbook", async () => {
    const out = join(work, "libreoffice");
    convert(office, libreOfficeProfile(), "xlsx", originals, out);
    for (const f of originals) expect(await expectSameSnapshot(join(out, basename(f)))).toBeGreaterThan(10);
  }, 300_000);
});

describe("workbooks saved by openpyxl, read as ExcelJS reads them", () => {
  const python = pythonWithOpenpyxl();
  if (missingProgram(python, "RA_REQUIRE_OPENPYXL", { needs: "needs python3-openpyxl (RA_REQUIRE_OPENPYXL=1)", skipped: "are skipped: /usr/bin/python3 with openpyxl is not installed" }, "Skipped: openpyxl not found (apt-get install -y python3-openpyxl python3-pil).")) return;
  it("the template, the sample and an assessed workbook", async () => {
    for (const f of originals) {
      const target = join(work, `openpyxl-${basename(f)}`);
      openpyxlEdit(python, f, target);
      expect(await expectSameSnapshot(target)).toBeGreaterThan(10);
    }
  }, 300_000);
});
