/**
 * The native charts of a write plan (an assessed force's, built by the engine from its numbers), drawn
 * by the Office adapter from the plan's chart specs in the same Excel.run and final sync as the rest
 * of the plan (the imitation Excel behind an office-addin-mock context).
 */
import { CHARTS_SHEET, MIXED_UNITS_TITLE, NO_FIGURES, SOURCE_HEADER, assessForce, assessmentPlan, readInputs, readSettings } from "../../../../src/engine/assessment";
import { domains } from "../../../../src/engine/catalogue/domains";
import { inputSheets, newWorkbookPlan, type CellValue, type ChartsSheet, type WritePlan } from "../../../../src/engine/workbook";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { chartsWork } from "../../../../taskpane/office/charts";
import { officeWorkbook } from "../../../../taskpane/office/officeWorkbook";
import { readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { forces, validRows, years } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

const about = { assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true };
const graded = domains.filter((d) => d.graded).map((d) => d.name);

/** The valid rows with figures in every graded domain: homicide and gun crime for Protection from Serious Harm. */
function rowsWithSeriousHarm(): Record<string, CellValue[][]> {
  const rows = validRows();
  for (const f of forces) for (const y of years) rows["Data"]?.push([f, y, "homicide", 12, null, "test"], [f, y, "gun-crime", 40, null, "test"]);
  return rows;
}

async function workbook(rows = rowsWithSeriousHarm()): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await excel.run((context) => applyPlanIn(context, newWorkbookPlan(about, rows)));
  return excel;
}

async function assessmentPlanOf(excel: FakeExcel, force: string): Promise<WritePlan> {
  const snapshot = await excel.run((context) => readSnapshotIn(context));
  const inputs = readInputs(snapshot);
  const result = assessForce(inputs, readSettings(inputs), force);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return assessmentPlan(snapshot, [result.value], [], () => 60).plan;
}

/** Every input sheet's cells, to compare before and after. */
function inputCells(excel: FakeExcel): Record<string, [string, unknown][]> {
  return Object.fromEntries(inputSheets.map((name) => [name, [...(excel.sheet(name)?.cells.entries() ?? [])].sort()]));
}

/** The values of a block of the fake's sheet, "" for an empty cell. */
function block(excel: FakeExcel, sheet: string, address: string): unknown[][] {
  const [from = "", to = ""] = address.replace(/^.*!/, "").split(":");
  const cell = (a: string) => ({ column: (/^[A-Z]+/.exec(a)?.[0] ?? "A").charCodeAt(0) - 64, row: Number(/\d+$/.exec(a)?.[0]) });
  const a = cell(from);
  const b = cell(to || from);
  const cells = excel.sheet(sheet)?.cells ?? new Map();
  const out: unknown[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const line: unknown[] = [];
    for (let c = a.column; c <= b.column; c++) line.push(cells.get(`${r},${c}`) ?? "");
    out.push(line);
  }
  return out;
}

describe("charts drawn from a plan's chart specs", () => {
  it("draws what a hand-written spec says: its source block, series, titles and place", async () => {
    const excel = new FakeExcel();
    const spec: ChartsSheet = {
      sheet: "My charts",
      note: "A note",
      widths: [20],
      charts: [
        { kind: "bar-clustered", name: "One", title: "First", label: "Heading", labelCell: "A3", categoryAxisTitle: "Thing", valueAxisTitle: "units", categories: ["=x", "y"], series: [{ name: "S1", values: [1, null] }, { name: "S2", values: [2, 3] }], sourceHeader: ["Thing", "S1", "S2"], source: "A4:C6", empty: "", from: "E3", to: "L20" },
        { kind: "bar-clustered", name: "Two", title: "Second", label: "Nothing here", labelCell: "A23", categoryAxisTitle: "Thing", valueAxisTitle: "units", categories: [], series: [], sourceHeader: ["Thing"], source: null, empty: "Nothing to chart", from: "E23", to: "L40" },
      ],
    };
    const sync = jest.spyOn(excel.context, "sync");
    await excel.run((context) => applyPlanIn(context, { createSheets: [], tables: [], writes: [], charts: spec }));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    // "=x" went with a leading apostrophe (the imitation throws on a formula-like text without one) and is kept as text.
    expect(block(excel, "My charts", "A1:C6")).toEqual([["A note", "", ""], ["", "", ""], ["Heading", "", ""], ["Thing", "S1", "S2"], ["=x", 1, 2], ["y", "", 3]]);
    expect(excel.log).toContain("text prefix My charts!A5");
    expect(block(excel, "My charts", "A23:A24")).toEqual([["Nothing here"], ["Nothing to chart"]]);
    const charts = excel.sheet("My charts")?.charts ?? [];
    expect(charts.map((c) => [c.type, c.source, c.seriesBy, c.name, c.title.text, c.axes.categoryAxis.title.text, c.axes.valueAxis.title.text, c.position])).toEqual([
      ["BarClustered", "My charts!A4:C6", "Columns", "One", "First", "Thing", "units", { from: "E3", to: "L20" }],
    ]);
  });

  it("refuses to draw on an input sheet", () => {
    expect(() => chartsWork({ sheet: "Data", note: "", widths: [], charts: [] })).toThrow(/input sheet/);
  });
});

describe("charts of a force against its similar forces: in Excel", () => {
  it("writes the assessment and the Charts sheet in at most two syncs, touching no input sheet", async () => {
    const excel = await workbook();
    const plan = await assessmentPlanOf(excel, "Kent");
    const before = inputCells(excel);
    const logFrom = excel.log.length;
    const sync = jest.spyOn(excel.context, "sync");
    const syncs = await excel.run((context) => applyPlanIn(context, plan));

    expect(syncs).toBeLessThanOrEqual(2);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.batches.slice(-sync.mock.calls.length).filter((b) => b.wrote).every((b) => b.suspended)).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toContain(CHARTS_SHEET);

    const charts = excel.sheet(CHARTS_SHEET)?.charts ?? [];
    expect(charts.map((c) => c.title.text)).toEqual(graded.map((d) => `Kent: ${d} against similar forces`));
    expect(charts.map((c) => [c.type, c.seriesBy, c.source])).toEqual([
      ["BarClustered", "Columns", `${CHARTS_SHEET}!A4:C6`],
      ["BarClustered", "Columns", `${CHARTS_SHEET}!A24:C26`],
      ["BarClustered", "Columns", `${CHARTS_SHEET}!A44:C45`],
    ]);
    expect(charts.every((c) => c.legend.visible && c.axes.categoryAxis.title.text === "Data set" && c.position !== null)).toBe(true);
    expect(charts.map((c) => c.axes.valueAxis.title.text)).toEqual([MIXED_UNITS_TITLE, MIXED_UNITS_TITLE, "%"]);

    // Each chart's source block is on the Charts sheet: the header, then the force's figure and the MSG average.
    const profile = plan.tables.find((t) => t.name === "Profile");
    const satisfaction = profile?.rows.find((r) => r[0] === "Kent" && r[2] === "Satisfaction with the whole experience");
    expect(block(excel, CHARTS_SHEET, charts[2]?.source ?? "")).toEqual([[...SOURCE_HEADER], ["Satisfaction with the whole experience", satisfaction?.[4], satisfaction?.[8]]]);
    expect(block(excel, CHARTS_SHEET, "A3")).toEqual([["Local Crime and Policing"]]);

    expect(inputCells(excel)).toEqual(before);
    const touched = excel.log.slice(logFrom).filter((line) => inputSheets.some((name) => new RegExp(`\\b${name}\\b`).test(line)));
    expect(touched).toEqual([]);
  });

  it("rewrites the Charts sheet in place on the next write, with the newly assessed force's charts only", async () => {
    const excel = await workbook();
    const kent = await assessmentPlanOf(excel, "Kent");
    await excel.run((context) => applyPlanIn(context, kent));
    const surrey = await assessmentPlanOf(excel, "Surrey");
    await excel.run((context) => applyPlanIn(context, surrey));
    expect(excel.sheets.filter((s) => s.name === CHARTS_SHEET)).toHaveLength(1);
    expect(excel.log.filter((line) => line.startsWith("delete sheet"))).toEqual([]);
    expect(excel.log).toContain(`clear ${CHARTS_SHEET}!A1:XFD1048576`);
    expect(excel.sheet(CHARTS_SHEET)?.charts.map((c) => c.title.text)).toEqual(graded.map((d) => `Surrey: ${d} against similar forces`));
    // The Profile sheet keeps both forces.
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    const profileForces = new Set(snapshot.tables.find((t) => t.sheet === "Profile")?.rows.map((r) => r[0]));
    expect(profileForces).toEqual(new Set(["Kent", "Surrey"]));
  });

  it("rewrites the output sheets in place on a re-run: no output sheet deleted, a formula on a person's own sheet that refers to Profile kept", async () => {
    const excel = await workbook();
    const kent = await assessmentPlanOf(excel, "Kent");
    await excel.run((context) => applyPlanIn(context, kent));
    const mine = excel.addSheet("Mine");
    mine.formulas.set("1,1", "=Profile!E2");
    mine.formulas.set("1,2", "=SUM(Assessment!C2:C5)");
    const order = excel.sheets.map((s) => s.name);
    const logFrom = excel.log.length;
    const surrey = await assessmentPlanOf(excel, "Surrey");
    await excel.run((context) => applyPlanIn(context, surrey));
    expect(excel.log.slice(logFrom).filter((line) => line.startsWith("delete sheet"))).toEqual([]);
    expect(excel.log.slice(logFrom)).toEqual(expect.arrayContaining(["convert table Profile to range", "clear Profile!A1:XFD1048576"]));
    expect([...mine.formulas.values()]).toEqual(["=Profile!E2", "=SUM(Assessment!C2:C5)"]);
    expect(excel.sheets.map((s) => s.name)).toEqual(order);
    expect(excel.tables.filter((t) => t.sheet === "Profile").map((t) => t.name)).toEqual(["Profile"]);
    const snapshot = await excel.run((context) => readSnapshotIn(context));
    expect(new Set(snapshot.tables.find((t) => t.sheet === "Profile")?.rows.map((r) => r[0]))).toEqual(new Set(["Kent", "Surrey"]));
  });

  it("the imitation turns a formula into #REF! when the sheet it refers to is deleted, as Excel does", async () => {
    const excel = await workbook();
    excel.addSheet("Profile");
    excel.addSheet("Mine").formulas.set("1,1", "=Profile!E2*2");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Profile").delete();
      await context.sync();
    });
    expect(excel.sheet("Mine")?.formulas.get("1,1")).toBe("=#REF!*2");
  });

  it("says so instead of drawing an empty chart for a domain with no figures", async () => {
    const excel = await workbook(validRows());
    const plan = await assessmentPlanOf(excel, "Kent");
    await excel.run((context) => applyPlanIn(context, plan));
    const charts = excel.sheet(CHARTS_SHEET)?.charts ?? [];
    expect(charts.map((c) => c.name)).toEqual(["Local Crime and Policing", "Confidence and Satisfaction"]);
    expect(block(excel, CHARTS_SHEET, "A23:A24")).toEqual([["Protection from Serious Harm"], [NO_FIGURES]]);
  });

  it("is what the Office port's applyPlan does, in one Excel.run", async () => {
    const excel = await workbook();
    const plan = await assessmentPlanOf(excel, "Kent");
    const runs = jest.fn((body: (context: Excel.RequestContext) => Promise<unknown>) => excel.run(body));
    const global = globalThis as unknown as { Excel?: { run: typeof runs } };
    global.Excel = { run: runs };
    try {
      const port = officeWorkbook();
      expect(port.drawsCharts).toBe(true);
      const sync = jest.spyOn(excel.context, "sync");
      await port.applyPlan(plan);
      expect(runs).toHaveBeenCalledTimes(1);
      expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
      expect(excel.sheet(CHARTS_SHEET)?.charts).toHaveLength(graded.length);
    } finally {
      delete global.Excel;
    }
  });
});
