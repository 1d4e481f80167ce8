/**
 * One contract for every adapter of the task pane: the in-memory adapter (the engine's
 * applyPlanToSnapshot), the .xlsx adapter on an ExcelJS workbook (the preview's) and the Office
 * adapter (office.js against an in-memory Excel behind an office-addin-mock context) read the same
 * snapshot and give the same result after the same plans (the Office one also draws the plan's
 * charts, on their own sheet), and rewrite output sheets in place.
 */
import ExcelJS from "exceljs";
import { assessForce, assessmentPlan, readInputs, readSettings } from "../../../../src/engine/assessment";
import { domainById } from "../../../../src/engine/catalogue/domains";
import { readability, writeForceReport } from "../../../../src/engine/narrative";
import { applyPlanToSnapshot, isBlank, newWorkbookPlan, type WorkbookSnapshot, type WritePlan } from "../../../../src/engine/workbook";
import { snapshotOf } from "../../../../src/xlsx/read";
import { applyPlan } from "../../../../src/xlsx/write";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { validRows } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

interface Adapter {
  /** Whether it draws a plan's charts (only Excel can): then the plan's Charts sheet is there too. */
  readonly drawsCharts: boolean;
  read(): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan): Promise<void>;
}

function xlsxAdapter(): Adapter {
  const wb = new ExcelJS.Workbook();
  return {
    drawsCharts: false,
    read: async () => snapshotOf(wb),
    apply: async (plan) => applyPlan(wb, plan),
  };
}

function memoryAdapter(): Adapter {
  let state: WorkbookSnapshot = { sheets: [], tables: [], about: {} };
  return {
    drawsCharts: false,
    read: async () => state,
    apply: async (plan) => {
      state = applyPlanToSnapshot(state, plan);
    },
  };
}

function officeAdapter(): Adapter {
  const excel = new FakeExcel();
  return {
    drawsCharts: true,
    read: () => excel.run((context) => readSnapshotIn(context)),
    apply: async (plan) => {
      await excel.run((context) => applyPlanIn(context, plan));
    },
  };
}

/** What every adapter must agree on: sheets, and each table's name, place, columns and non-blank rows. */
function comparable(snapshot: WorkbookSnapshot) {
  return {
    sheets: [...snapshot.sheets].sort(),
    about: snapshot.about,
    tables: snapshot.tables.map((t) => ({ ...t, rows: t.rows.filter((r) => !r.every((v) => isBlank(v))).map((r) => r.map((v) => (isBlank(v) ? null : v))) })).sort((a, b) => a.sheet.localeCompare(b.sheet)),
  };
}

const sampleRows = () => ({ ...validRows(), Evidence: [["Kent", "Local Crime and Policing", "CAA red flag", "Poor", "=1+1 is not a formula", "test"]] });

function assessmentPlanFor(snapshot: WorkbookSnapshot, force: string): WritePlan {
  const inputs = readInputs(snapshot);
  const result = assessForce(inputs, readSettings(inputs), force);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const report = writeForceReport(result.value);
  const text = { force: result.value.force, domains: report.domains.map((d) => ({ domain: domainById(d.domain).name, answers: d.answers })) };
  return assessmentPlan(snapshot, [result.value], [text], (t) => readability(t).fleschReadingEase).plan;
}

describe.each([
  ["in-memory", memoryAdapter],
  [".xlsx (ExcelJS, the preview's)", xlsxAdapter],
  ["Office (office.js)", officeAdapter],
])("adapter contract: %s", (_name, make) => {
  it("reads back the template it wrote, and the assessment written over it", async () => {
    const adapter = make();
    await adapter.apply(newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true }, sampleRows()));
    const first = await adapter.read();
    const memory = memoryAdapter();
    await memory.apply(newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true }, sampleRows()));
    expect(comparable(first)).toEqual(comparable(await memory.read()));

    const plan = assessmentPlanFor(first, "Kent");
    await adapter.apply(plan);
    await memory.apply(assessmentPlanFor(await memory.read(), "Kent"));
    const second = await adapter.read();
    const expected = await memory.read();
    expect(comparable(second)).toEqual(comparable(adapter.drawsCharts ? { ...expected, sheets: [...expected.sheets, plan.charts?.sheet ?? "no charts in the plan"] } : expected));
    expect(second.tables.map((t) => t.sheet)).toEqual(expect.arrayContaining(["Assessment", "Report", "Profile", "Trace", "Comments"]));

    // A second run replaces the output sheets instead of adding to them.
    await adapter.apply(assessmentPlanFor(second, "Kent"));
    const third = await adapter.read();
    expect(third.tables.find((t) => t.sheet === "Assessment")?.rows).toEqual(second.tables.find((t) => t.sheet === "Assessment")?.rows);
  });
});

describe("the preview's .xlsx adapter rewrites output sheets in place (issue 12, item 7)", () => {
  it("keeps each replaced sheet's place and id, and an analyst's formula that points at it", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true }, sampleRows()));
    applyPlan(wb, assessmentPlanFor(snapshotOf(wb), "Kent"));
    const summary = wb.addWorksheet("Summary");
    summary.getCell("A1").value = { formula: "Profile!C2" };
    const before = wb.worksheets.map((ws) => ({ name: ws.name, id: ws.id }));
    const first = snapshotOf(wb);

    const again = assessmentPlanFor(first, "Kent");
    expect(again.replaceSheets).toEqual(expect.arrayContaining(["Assessment", "Profile"]));
    applyPlan(wb, again);

    expect(wb.worksheets.map((ws) => ({ name: ws.name, id: ws.id }))).toEqual(before);
    expect(wb.getWorksheet("Summary")?.getCell("A1").formula).toBe("Profile!C2");
    const second = snapshotOf(wb);
    expect(comparable(second)).toEqual(comparable(first));
    // One table per output sheet, not one left over from the first run beside the new one.
    for (const name of again.replaceSheets ?? []) expect(Object.keys((wb.getWorksheet(name) as unknown as { tables: Record<string, unknown> }).tables)).toEqual([name]);
  });
});
