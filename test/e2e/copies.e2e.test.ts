/**
 * Regional copies saved by openpyxl (so by pandas too) and by LibreOffice Calc merge in the task pane as
 * `ra merge` merges them (issue 12): openpyxl names parts by absolute targets
 * ("/xl/worksheets/sheet1.xml"), which ExcelJS cannot follow, and the pane used to refuse such a copy
 * as unreadable; LibreOffice writes its own styles, table parts and shared strings. Each copy is made
 * here as a regional team would make it: the sample with one Evidence source changed (ExcelJS), then
 * opened and saved by Debian's openpyxl with a chart, an image and a comment added to its Data sheet, or
 * by LibreOffice (headless, through UNO) with a chart added. The expected change is the edit made
 * here, not the engine's output.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type Browser } from "playwright-core";
import { startServer, type RunningServer } from "../../scripts/serve";
import { missingProgram, openpyxlEdit, pythonWithOpenpyxl, pythonWithUno, soffice, unoEdit } from "../integration/programs/programs";
import { CHROMIUM, CHROMIUM_ARGS, closeAll, describeInBrowser, openPane, results, type Pane } from "./browser";
import { ensureBuild, root } from "./build";

const sample = join(root, "assets", "national-sample.xlsx");
const SOURCE = "HMIC Policing Pledge inspection, North West regional copy";

/** The sample with the source of Kent's Policing Pledge evidence changed, as a regional team would. */
async function editedCopy(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const ws = wb.getWorksheet("Evidence");
  if (!ws) throw new Error("The sample has no Evidence sheet");
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  let done = false;
  ws.eachRow((row, n) => {
    if (n === 1 || done || row.getCell(header.indexOf("Force")).value !== "Kent" || row.getCell(header.indexOf("Kind")).value !== "Policing Pledge") return;
    row.getCell(header.indexOf("Source")).value = SOURCE;
    done = true;
  });
  if (!done) throw new Error("The sample has no Kent Policing Pledge evidence");
  await wb.xlsx.writeFile(path);
}

/** Merges `copy` in the pane and checks that only Kent's Policing Pledge source changed. */
async function mergesAsExpected(pane: Pane, copy: string, screenshot: string): Promise<void> {
  const { page } = pane;
  await page.getByRole("button", { name: "Merge regional copies" }).click();
  await page.getByLabel("Regional copies (.xlsx)").setInputFiles([copy]);
  const merge = page.getByRole("button", { name: "Merge into this workbook" });
  await merge.waitFor({ timeout: 60_000 });
  await expect(page.getByText("could not be read", { exact: false }).count()).resolves.toBe(0);
  const before = await page.evaluate(() => {
    const hook = window.roundedAssessmentPreview;
    return hook ? { data: hook.rows("Data"), finance: hook.rows("Finance"), survey: hook.rows("Survey") } : null;
  });
  await merge.click();
  await page.getByText(/Merged north-west\.xlsx, .*Evidence: 0 added, 1 changed, 0 deleted/).waitFor({ timeout: 30_000 });
  const after = await page.evaluate(() => {
    const hook = window.roundedAssessmentPreview;
    return hook ? { data: hook.rows("Data"), finance: hook.rows("Finance"), survey: hook.rows("Survey"), evidence: hook.rows("Evidence") } : null;
  });
  if (!before || !after) throw new Error("The preview's test hook is missing");
  expect({ data: after.data, finance: after.finance, survey: after.survey }).toEqual(before);
  expect(after.evidence.filter((r) => r[0] === "Kent" && r[2] === "Policing Pledge").map((r) => r[5])).toEqual([SOURCE]);
  await page.screenshot({ path: join(results, screenshot), fullPage: true });
}

describeInBrowser()("a regional copy saved by openpyxl, merged in the task pane (issue 12)", () => {
  const python = pythonWithOpenpyxl();
  if (
    missingProgram(
      python,
      "RA_REQUIRE_OPENPYXL",
      { needs: "needs openpyxl (Debian: apt-get install python3-openpyxl python3-pil)", skipped: "is skipped: openpyxl is not installed" },
      "Skipped: the pane's merge of a copy saved by openpyxl needs Debian's python3-openpyxl and python3-pil (set RA_REQUIRE_OPENPYXL=1 to make this a failure).",
    )
  )
    return;

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let pane: Pane | undefined;
  const folder = mkdtempSync(join(tmpdir(), "ra-pane-openpyxl-"));
  const copy = join(folder, "north-west.xlsx");

  beforeAll(async () => {
    ensureBuild();
    const edited = join(folder, "edited.xlsx");
    await editedCopy(edited);
    openpyxlEdit(python, edited, copy, ["extras"]);
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    pane = await openPane(browser, server.url, { width: 320, height: 900 });
  }, 300_000);

  afterAll(() => closeAll(pane, browser, server));

  it("the copy really is openpyxl's: absolute part names, and the chart, image and comment on Data", async () => {
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
    expect(rels).toMatch(/Target="\/xl\/worksheets\/sheet\d+\.xml"/);
    const names = Object.keys(zip.files);
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\//.test(n))).toBe(true);
    expect(names.some((n) => /comments/i.test(n))).toBe(true);
  });

  it("is read and merged: Kent's evidence takes the copy's source, and nothing else of the figures changes", async () => {
    if (!pane) throw new Error("The pane did not open");
    await mergesAsExpected(pane, copy, "copies-openpyxl-merged.png");
  }, 120_000);
});

describeInBrowser()("a regional copy saved by LibreOffice Calc, merged in the task pane (issue 12)", () => {
  const office = soffice() && pythonWithUno() ? soffice() : undefined;
  if (
    missingProgram(
      office,
      "RA_REQUIRE_LIBREOFFICE",
      { needs: "needs LibreOffice with python3-uno (Debian: apt-get install libreoffice-calc-nogui python3-uno)", skipped: "is skipped: LibreOffice or python3-uno is not installed" },
      "Skipped: the pane's merge of a copy saved by LibreOffice needs Debian's libreoffice-calc-nogui and python3-uno (set RA_REQUIRE_LIBREOFFICE=1 to make this a failure).",
    )
  )
    return;

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let pane: Pane | undefined;
  const folder = mkdtempSync(join(tmpdir(), "ra-pane-libreoffice-"));
  const copy = join(folder, "north-west.xlsx");

  beforeAll(async () => {
    ensureBuild();
    const edited = join(folder, "edited.xlsx");
    await editedCopy(edited);
    unoEdit(office, edited, copy, ["chart"]);
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    pane = await openPane(browser, server.url, { width: 320, height: 900 });
  }, 300_000);

  afterAll(() => closeAll(pane, browser, server));

  it("the copy really is LibreOffice's, with the chart added", async () => {
    const zip = await JSZip.loadAsync(readFileSync(copy));
    expect(await zip.file("docProps/app.xml")?.async("string")).toMatch(/<Application>LibreOffice/);
    expect(Object.keys(zip.files).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
  });

  it("is read and merged: Kent's evidence takes the copy's source, and nothing else of the figures changes", async () => {
    if (!pane) throw new Error("The pane did not open");
    await mergesAsExpected(pane, copy, "copies-libreoffice-merged.png");
  }, 120_000);
});
