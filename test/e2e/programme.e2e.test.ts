/**
 * The programme in the task pane (issue 16), in Debian's Chromium on the preview (the national sample
 * in an in-browser workbook): Home's progress to publication, as `ra status` gives it, and merging
 * regional copies chosen as files. The copies are made here as a regional team would, by editing
 * copies of the sample (with ExcelJS, as test/integration/programme.test.ts does); the expected counts
 * come from the sample's Forces sheet read with ExcelJS in Node, not from the engine.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../scripts/serve";
import { CHROMIUM, CHROMIUM_ARGS, closeAll, axe, describeInBrowser, openPane, results, type Pane } from "./browser";
import { ensureBuild, root } from "./build";

const sample = join(root, "assets", "national-sample.xlsx");
const DOMAINS = ["Local Crime and Policing", "Protection from Serious Harm", "Confidence and Satisfaction"];
const KENT_ACTION = "Neighbourhood teams to publish local priorities every quarter";

/** Each force's region, from the first of its rows in the sample's Forces sheet. */
async function regionsOfForces(): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const ws = wb.getWorksheet("Forces");
  const out = new Map<string, string>();
  ws?.eachRow((row, n) => {
    const force = String(row.getCell(1).value ?? "");
    if (n > 1 && force !== "" && !out.has(force)) out.set(force, String(row.getCell(2).value ?? ""));
  });
  return out;
}

interface Edit {
  readonly sheet: string;
  /** The first row whose cells equal these, by heading. */
  readonly where: Readonly<Record<string, string>>;
  readonly set: Readonly<Record<string, string>>;
}

/** A copy of the sample with cells of existing rows edited and, if given, an Assessment sheet added, as a regional team would. */
async function regionalCopy(path: string, edits: readonly Edit[], assessment?: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) throw new Error(`The sample has no ${e.sheet} sheet`);
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
    let done = false;
    ws.eachRow((row, n) => {
      if (n === 1 || done || !Object.entries(e.where).every(([h, v]) => String(row.getCell(header.indexOf(h)).value ?? "") === v)) return;
      for (const [h, v] of Object.entries(e.set)) row.getCell(header.indexOf(h)).value = v;
      done = true;
    });
    if (!done) throw new Error(`No ${e.sheet} row matches ${JSON.stringify(e.where)}`);
  }
  if (assessment) {
    const ws = wb.addWorksheet("Assessment");
    ws.addTable({
      name: "Assessment",
      ref: "A1",
      headerRow: true,
      columns: ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"].map((name) => ({ name })),
      rows: assessment as ExcelJS.CellValue[][],
    });
  }
  await wb.xlsx.writeFile(path);
}


describeInBrowser()("the programme in the task pane (issue 16)", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let pane: Pane | undefined;
  let page: Page;
  const folder = mkdtempSync(join(tmpdir(), "ra-pane-merge-"));
  const southEast = join(folder, "south-east.xlsx");
  const wales = join(folder, "wales.xlsx");
  const notAWorkbook = join(folder, "notes.xlsx");
  let regions: Map<string, string>;

  beforeAll(async () => {
    ensureBuild();
    mkdirSync(results, { recursive: true });
    regions = await regionsOfForces();
    await regionalCopy(
      southEast,
      [
        { sheet: "Evidence", where: { Force: "Kent", Kind: "Policing Pledge" }, set: { Source: "HMIC Policing Pledge inspection, South East copy" } },
        { sheet: "Actions", where: { Force: "Kent", Action: KENT_ACTION }, set: { Owner: "Chief Inspector, Maidstone" } },
      ],
      DOMAINS.map((d) => ["Kent", d, "Good", "Good", null, "A. Assessor", "2009-06-30", "Final"]),
    );
    await regionalCopy(wales, [
      { sheet: "Evidence", where: { Force: "Gwent", Kind: "Major crime" }, set: { Source: "HMIC protective services review, Wales copy" } },
      // The same Kent action given another owner: a conflict the user must settle.
      { sheet: "Actions", where: { Force: "Kent", Action: KENT_ACTION }, set: { Owner: "Superintendent, Wales liaison" } },
    ]);
    writeFileSync(notAWorkbook, "Force,Region\nKent,South East\n");
    server = await startServer({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    pane = await openPane(browser, server.url, { width: 320, height: 900 });
    page = pane.page;
  }, 300_000);

  afterAll(() => closeAll(pane, browser, server));

  it("Home shows the sample's progress: 43 forces, every report not assessed, counted by region", async () => {
    const forces = regions.size;
    expect(forces).toBe(43);
    await page.getByRole("heading", { name: "Progress to publication" }).waitFor({ timeout: 60_000 });
    await page.getByText(`0 of ${forces} forces can be published`, { exact: false }).waitFor();
    await page.getByText(`${forces * 3} not assessed, 0 draft, 0 shared for comment, 0 final.`, { exact: false }).waitFor();
    const table = page.getByRole("region", { name: /^By region/ }).locator("table");
    const southEastForces = [...regions.values()].filter((r) => r === "South East").length;
    // Region, Ready, Not assessed, Draft, Shared, Final, Open comments, No reason.
    await expect(table.locator("tbody tr", { hasText: "South East" }).locator("th, td").allInnerTexts()).resolves.toEqual(["South East", `0 of ${southEastForces}`, String(southEastForces * 3), "0", "0", "0", "0", "0"]);
    await expect(table.locator("tbody tr").count()).resolves.toBe(new Set(regions.values()).size);
    await expect(table.locator("tfoot tr").locator("th, td").allInnerTexts()).resolves.toEqual(["England and Wales", `0 of ${forces}`, String(forces * 3), "0", "0", "0", "0", "0"]);
    await page.getByRole("button", { name: `What stops publication (${forces} of ${forces} forces)` }).click();
    await page.getByText("Kent: Local Crime and Policing is not assessed, so the force's report cannot be published.").waitFor();
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(results, "programme-1-status.png"), fullPage: true });
  }, 90_000);

  it("merging two copies that disagree writes nothing until a copy is chosen to win; an unreadable file is left out", async () => {
    await page.getByRole("button", { name: "Merge regional copies" }).click();
    await page.getByLabel("Regional copies (.xlsx)").setInputFiles([southEast, wales, notAWorkbook]);
    await page.getByText("notes.xlsx is not an Excel workbook (.xlsx).", { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByText(/^Conflict: Actions, .*: Owner was changed in two copies in different ways/i).waitFor();
    await page.getByText("Nothing will be written").waitFor();
    await expect(page.getByRole("button", { name: "Merge into this workbook" }).count()).resolves.toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(results, "programme-2-merge-conflict.png"), fullPage: true });

    const before = await page.evaluate(() => {
      const hook = window.roundedAssessmentPreview;
      return hook ? { sheets: hook.sheetNames(), data: hook.rows("Data"), finance: hook.rows("Finance"), survey: hook.rows("Survey"), evidence: hook.rows("Evidence").length } : null;
    });
    await page.getByRole("combobox", { name: /Copy that wins each conflict/ }).selectOption("south-east.xlsx");
    await page.getByRole("button", { name: "Merge into this workbook" }).click();
    const merged = page.getByText(/Merged south-east\.xlsx, .*Assessment: 3 added/);
    await merged.waitFor({ timeout: 30_000 });
    const said = await merged.innerText();
    for (const clause of ["south-east.xlsx, Assessment: 3 added, 0 changed, 0 deleted", "south-east.xlsx, Evidence: 0 added, 1 changed, 0 deleted", "wales.xlsx, Evidence: 0 added, 1 changed, 0 deleted", "south-east.xlsx, Actions: 0 added, 1 changed, 0 deleted", "wales.xlsx, Actions: 0 added, 1 changed, 0 deleted"]) expect(said).toContain(clause);

    const after = await page.evaluate(() => {
      const hook = window.roundedAssessmentPreview;
      return hook ? { sheets: hook.sheetNames(), data: hook.rows("Data"), finance: hook.rows("Finance"), survey: hook.rows("Survey"), evidence: hook.rows("Evidence"), actions: hook.rows("Actions"), assessment: hook.rows("Assessment") } : null;
    });
    if (!before || !after) throw new Error("The preview's test hook is missing");
    // The figures are never written; input sheets keep their place (rewritten in place, not re-added).
    expect({ data: after.data, finance: after.finance, survey: after.survey }).toEqual({ data: before.data, finance: before.finance, survey: before.survey });
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.slice(before.sheets.length).sort()).toEqual(["Assessment", "Merges"]);
    expect(after.evidence).toHaveLength(before.evidence);
    expect(after.evidence.filter((r) => r[0] === "Kent" && r[2] === "Policing Pledge").map((r) => r[5])).toEqual(["HMIC Policing Pledge inspection, South East copy"]);
    expect(after.evidence.filter((r) => r[0] === "Gwent" && r[2] === "Major crime").map((r) => r[5])).toEqual(["HMIC protective services review, Wales copy"]);
    expect(after.actions.filter((r) => r[0] === "Kent" && r[2] === KENT_ACTION).map((r) => r[3])).toEqual(["Chief Inspector, Maidstone"]);
    expect(after.assessment.filter((r) => r[0] === "Kent").map((r) => r[7])).toEqual(["Final", "Final", "Final"]);
    await page.screenshot({ path: join(results, "programme-3-merged.png"), fullPage: true });
  }, 120_000);

  it("Home's progress follows the merged decisions: Kent's three reports Final, Kent ready to publish", async () => {
    const southEastForces = [...regions.values()].filter((r) => r === "South East").length;
    expect(regions.get("Kent")).toBe("South East");
    await page.getByText(`1 of 43 forces can be published`, { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByText(`${43 * 3 - 3} not assessed, 0 draft, 0 shared for comment, 3 final.`, { exact: false }).waitFor();
    const table = page.getByRole("region", { name: /^By region/ }).locator("table");
    await expect(table.locator("tbody tr", { hasText: "South East" }).locator("th, td").allInnerTexts()).resolves.toEqual(["South East", `1 of ${southEastForces}`, String(southEastForces * 3 - 3), "0", "0", "3", "0", "0"]);
    await page.getByRole("combobox", { name: "Force" }).selectOption("Kent");
    const kent = page.getByRole("table", { name: "Progress of Kent" });
    await expect(kent.locator("tbody tr").first().locator("th, td").allInnerTexts()).resolves.toEqual([DOMAINS[0], "Final", "A. Assessor, 2009-06-30"]);
    // Merging the same copies again changes nothing (the Merges sheet remembers them).
    await page.getByLabel("Regional copies (.xlsx)").setInputFiles([southEast]);
    await page.getByText("No copy has changed anything since it was last merged.").waitFor({ timeout: 30_000 });
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(results, "programme-4-status-after-merge.png"), fullPage: true });
  }, 90_000);
});
