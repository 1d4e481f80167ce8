/**
 * @jest-environment jsdom
 *
 * One rule each, whichever face asks: the same .xlsx file gives the same answer to "can it be
 * assessed?", the same report status and the same open comments through the `ra` command (the compiled
 * one, in its own process) and through the task pane's hooks (the wizard, the Report view, Home and
 * Check's readiness) reading that file through the .xlsx reader. The workbooks are the national sample
 * assessed by `ra assess`, then edited with ExcelJS as a person would edit them in Excel; the expected
 * statuses and counts are worked out by hand in the comments.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { act } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { readSnapshot } from "../../src/xlsx";
import { useAssessWizard } from "../../taskpane/assess/useAssessWizard";
import { useReport } from "../../taskpane/report/useReport";
import { readinessOf } from "../../taskpane/session/readiness";
import { openSession } from "../../src/engine/session";
import type { WorkbookPort } from "../../taskpane/workbook/WorkbookPort";
import { buildLibrary, root, run } from "./ra";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sample = join(root, "assets", "national-sample.xlsx");
const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const CS = "Confidence and Satisfaction";

type Cells = Record<string, ExcelJS.CellValue>;

/** A copy of `from` with Assessment rows edited (by force and domain) and rows put in other sheets, with ExcelJS. */
async function edited(from: string, to: string, assessment: Readonly<Record<string, Cells>>, rows: Readonly<Record<string, readonly Cells[]>> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const sheet = wb.getWorksheet("Assessment");
  if (!sheet) throw new Error("No Assessment sheet");
  const header = headerOf(sheet);
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const set = assessment[`${String(row.getCell(header.indexOf("Force")).value)}|${String(row.getCell(header.indexOf("Domain")).value)}`];
    for (const [column, value] of Object.entries(set ?? {})) row.getCell(header.indexOf(column)).value = value;
  });
  for (const [name, added] of Object.entries(rows)) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`No sheet ${name}`);
    const h = headerOf(ws);
    added.forEach((cells, i) => {
      const row = ws.getRow(2 + i);
      for (const [column, value] of Object.entries(cells)) row.getCell(h.indexOf(column)).value = value;
    });
    // The sheet's table grows over the rows, as it does when a person types below a table in Excel.
    const table = (ws as unknown as { tables: Record<string, { table: { tableRef: string; autoFilterRef?: string } }> }).tables[name];
    if (!table) throw new Error(`No table ${name}`);
    const ref = `A1:${table.table.tableRef.split(":")[1]?.replace(/\d+$/, String(1 + added.length))}`;
    table.table.tableRef = ref;
    if (table.table.autoFilterRef) table.table.autoFilterRef = ref;
  }
  await wb.xlsx.writeFile(to);
}

/** A port over a file read by the .xlsx reader, recording what the pane would write. */
async function portOver(file: string): Promise<WorkbookPort> {
  const read = await readSnapshot(file);
  if (!read.ok) throw new Error(`Cannot read ${file}`);
  const snapshot: WorkbookSnapshot = read.value;
  return {
    kind: "preview",
    drawsCharts: false,
    readSnapshot: async () => snapshot,
    applyPlan: async () => undefined,
    showCell: async () => undefined,
    readSelection: async () => null,
    readRanges: async () => [],
    insertSample: async () => undefined,
  };
}

/** Renders a hook and gives its latest value. */
async function renderHook<T>(use: () => T): Promise<() => T> {
  let latest: { value: T } | null = null;
  function Probe() {
    latest = { value: use() };
    return null;
  }
  const root = createRoot(document.createElement("div"));
  await act(async () => root.render(<Probe />));
  // The hooks read the workbook in an effect: let it settle.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return () => {
    if (!latest) throw new Error("The hook did not render");
    return latest.value;
  };
}

const final = { Status: "Final" };

describe("the same workbook through the command and the task pane", () => {
  const work = mkdtempSync(join(tmpdir(), "ra-session-faces-"));
  const assessed = join(work, "assessed.xlsx");
  const commented = join(work, "commented.xlsx");
  const badDecision = join(work, "bad-decision.xlsx");
  const badData = join(work, "bad-data.xlsx");

  beforeAll(async () => {
    buildLibrary();
    expect((await run(["assess", sample, "--all", "--out", assessed])).code).toBe(0);
    // Kent and Surrey marked Final in every graded domain; Kent has a comment on Local Crime and
    // Policing with no response (sheet row 2) and an answered comment on the whole report (row 3);
    // Surrey an answered one on Confidence and Satisfaction (row 4).
    const allFinal = Object.fromEntries(["Kent", "Surrey"].flatMap((f) => [LCP, PSH, CS].map((d) => [`${f}|${d}`, final])));
    await edited(assessed, commented, allFinal, {
      Comments: [
        { Force: "Kent", Domain: LCP, Who: "Chief constable", When: "2009-06-01", Comment: "The burglary figure is out of date." },
        { Force: "Kent", Domain: null, Who: "Police authority", When: "2009-06-02", Comment: "Too long.", Response: "Shortened." },
        { Force: "Surrey", Domain: CS, Who: "Chief constable", When: "2009-06-03", Comment: "Survey wording.", Response: "Explained." },
      ],
    });
    // A Final row whose final grade is not on the Scale: an error in people's decisions.
    await edited(assessed, badDecision, { [`Kent|${LCP}`]: { ...final, "Final grade": "Excelent" } });
    // A force the Forces table does not know in the Data sheet: an error in the figures.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(assessed);
    wb.getWorksheet("Data")!.getCell("A2").value = "Atlantis";
    await wb.xlsx.writeFile(badData);
  }, 240_000);

  it("report status and open comments: Kent is Shared for comment with 1 open comment, Surrey Final with none, in ra status, ra publish and the Report view", async () => {
    // By hand: Kent's Local Crime and Policing is Final with an unanswered comment, so it counts as
    // Shared for comment; the report is the least advanced of its domains: Shared for comment.
    // The answered comments count for nothing. Surrey: every domain Final, nothing open: Final.
    const status = await run(["status", commented, "--json"]);
    expect(status.code).toBe(0);
    const rows = (JSON.parse(status.stdout) as { rows: { force: string; domain: string; status: string; openComments: number }[] }).rows.filter((r) => r.force === "Kent" || r.force === "Surrey");
    expect(rows.map((r) => [r.force, r.domain, r.status, r.openComments])).toEqual([
      ["Kent", LCP, "Shared for comment", 1],
      ["Kent", PSH, "Final", 0],
      ["Kent", CS, "Final", 0],
      ["Surrey", LCP, "Final", 0],
      ["Surrey", PSH, "Final", 0],
      ["Surrey", CS, "Final", 0],
    ]);

    // ra publish publishes Surrey alone (Kent is held back: its report is not Final) ...
    const site = join(work, "site");
    const published = await run(["publish", commented, "--out", site]);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/^Wrote .*: 1 force page,/);
    expect(readFileSync(join(site, "force-surrey.html"), "utf8")).toContain("Status of this report: Final.");
    // ... and with --drafts, Kent's page gives its status.
    const drafts = join(work, "drafts");
    expect((await run(["publish", commented, "--out", drafts, "--drafts"])).code).toBe(0);
    expect(readFileSync(join(drafts, "force-kent.html"), "utf8")).toContain("Status of this report: Shared for comment.");

    // The Report view, on the same file.
    const port = await portOver(commented);
    for (const [force, expected, open] of [["Kent", "Shared for comment", [2]], ["Surrey", "Final", []]] as const) {
      const report = await renderHook(() => useReport(port, force));
      expect(report().problem).toBeNull();
      expect(report().status).toBe(expected);
      expect(report().openComments.map((c) => c.row)).toEqual(open);
      expect(report().comments).toHaveLength(force === "Kent" ? 2 : 1);
    }
    const kent = await renderHook(() => useReport(port, "Kent"));
    expect(kent().whyNotFinal).toBe("The report cannot be Final yet: 1 comment has no response (Comments sheet, row 2). Write a response in the Response column of each, then set the status to Final.");
  }, 240_000);

  it("an error in people's decisions stops publishing, not the assessment, in every face", async () => {
    const assessedAgain = await run(["assess", badDecision, "--force", "Kent", "--out", join(work, "again.xlsx")]);
    expect(assessedAgain.code).toBe(0);
    const published = await run(["publish", badDecision, "--out", join(work, "never")]);
    expect(published.code).toBe(1);
    expect(published.stderr).toContain(`${badDecision}: 1 error stops publishing. Run ra check for every finding.`);

    const port = await portOver(badDecision);
    const wizard = await renderHook(() => useAssessWizard(port));
    expect(wizard().loaded?.why).toBe("");
    expect(wizard().loaded?.forces).toHaveLength(43);
    const report = await renderHook(() => useReport(port, "Kent"));
    expect(report().problem).toBeNull();
    const readiness = readinessOf(openSession(await port.readSnapshot()).findings);
    expect([readiness.ready, readiness.errors, readiness.publishingOnly]).toEqual([true, 1, 1]);
  }, 240_000);

  it("an error in the figures stops the assessment, in the same words in every face", async () => {
    const words = "1 error stops the assessment.";
    for (const args of [["assess", badData, "--all", "--out", join(work, "x.xlsx")], ["report", badData, "--force", "Kent"], ["letters", badData, "--out", join(work, "letters")]]) {
      const r = await run(args);
      expect([args[0], r.code]).toEqual([args[0], 1]);
      expect(r.stderr).toContain(`${badData}: ${words} Run ra check for every finding.`);
    }
    const port = await portOver(badData);
    const wizard = await renderHook(() => useAssessWizard(port));
    expect(wizard().loaded?.why).toBe(words);
    expect(wizard().loaded?.forces).toEqual([]);
    expect(wizard().loaded?.blockers).toEqual([expect.stringMatching(/^Data!A2: /)]);
    const report = await renderHook(() => useReport(port, "Kent"));
    expect(report().problem).toBe(`${words} There is no report text until it is fixed. Check lists it with where to fix it.`);
    const readiness = readinessOf(openSession(await port.readSnapshot()).findings);
    expect([readiness.ready, readiness.why]).toEqual([false, words]);
  }, 240_000);
});
