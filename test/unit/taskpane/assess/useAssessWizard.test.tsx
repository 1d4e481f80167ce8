/**
 * @jest-environment jsdom
 *
 * The wizard's "Edit in the sheet" and "Refresh": the rows shown through the port, and an evidence row
 * added in the sheet changing the recommended grade without leaving the step.
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import type { CellValue, WorkbookSnapshot, WritePlan } from "../../../../src/engine/workbook";
import * as inputsModule from "../../../../src/engine/assessment/inputs";
import { openSession } from "../../../../src/engine/session";
import { useAssessWizard } from "../../../../taskpane/assess/useAssessWizard";
import type { WorkbookPort } from "../../../../taskpane/workbook/WorkbookPort";
import { validSnapshot } from "../../workbook/builders";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const local = "Local Crime and Policing";

type Wizard = ReturnType<typeof useAssessWizard>;

/** A port over a snapshot the test can change, as a person editing the sheet would. */
function portOver(initial: WorkbookSnapshot) {
  let snapshot = initial;
  const shown: { sheet: string; cell: string | null }[] = [];
  const applied: WritePlan[] = [];
  const port: WorkbookPort = {
    kind: "preview",
    drawsCharts: false,
    readSnapshot: async () => snapshot,
    applyPlan: async (plan) => {
      applied.push(plan);
    },
    showCell: async (sheet, cell) => {
      shown.push({ sheet, cell });
    },
    readSelection: async () => null,
    readRanges: async () => [],
    insertSample: async () => undefined,
  };
  return { port, shown, applied, edit: (next: WorkbookSnapshot) => (snapshot = next) };
}

async function render(port: WorkbookPort): Promise<() => Wizard> {
  let latest: Wizard | null = null;
  function Probe() {
    latest = useAssessWizard(port);
    return null;
  }
  const root = createRoot(document.createElement("div"));
  await act(async () => root.render(<Probe />));
  return () => {
    if (!latest) throw new Error("The wizard did not render");
    return latest;
  };
}

const withEvidence = (rows: CellValue[][]) => validSnapshot((r) => (r["Evidence"] = rows));

describe("editing evidence in the sheet from the wizard", () => {
  it("shows the force's rows for the domain, and Refresh brings in an edit and its effect on the grade, on the same step", async () => {
    const before = withEvidence([["Essex", local, "CAA red flag", null, "Not Kent's", "test"]]);
    const recommendedWithout = openSession(before).assess("Kent");
    if (!recommendedWithout.ok) throw new Error("Kent cannot be assessed");
    const gradeBefore = recommendedWithout.value.domains[0]?.recommendedGrade ?? null;
    // A green flag raises a grade below the best; a red flag caps one above the cap: pick the edit that changes it.
    const kind = gradeBefore === "Excellent" || gradeBefore === "Good" ? "CAA red flag" : "CAA green flag";
    const after = withEvidence([["Essex", local, "CAA red flag", null, "Not Kent's", "test"], ["Kent", local, kind, null, "Added in the sheet", "test"]]);
    const expected = openSession(after).assess("Kent");
    if (!expected.ok) throw new Error("Kent cannot be assessed after the edit");
    const gradeAfter = expected.value.domains[0]?.recommendedGrade ?? null;
    expect(gradeAfter).not.toBe(gradeBefore);

    const { port, shown, edit } = portOver(before);
    const wizard = await render(port);
    await act(async () => wizard().setForce("Kent"));
    await act(async () => void (await wizard().start()));
    await act(async () => wizard().setStep({ kind: "domain", index: 0 }));
    await act(async () => wizard().setOverride("local-crime", { finalGrade: "Poor", reason: "Kept across a refresh" }));

    await act(async () => wizard().editInSheet("Evidence"));
    expect(shown).toEqual([{ sheet: "Evidence", cell: "A3:F3" }]);
    expect(wizard().editNote?.message).toBe("Kent has no evidence for Local Crime and Policing yet. Highlighted row 3 of the Evidence sheet in the preview's workbook, the first empty row below the table: add them there, then choose Refresh.");

    edit(after);
    await act(async () => wizard().refresh());
    expect(wizard().step).toEqual({ kind: "domain", index: 0 });
    expect(wizard().assessment?.domains[0]?.evidence.map((e) => e.detail)).toEqual(["Added in the sheet"]);
    expect(wizard().assessment?.domains[0]?.recommendedGrade).toBe(gradeAfter);
    expect(wizard().overrides["local-crime"]).toEqual({ finalGrade: "Poor", reason: "Kept across a refresh" });
    expect(wizard().editNote?.message).toBe(`Read the workbook again: 1 evidence item and 1 action for ${local}. Recommended grade ${gradeAfter ?? ""} (was ${gradeBefore ?? ""}).`);

    await act(async () => wizard().editInSheet("Evidence"));
    expect(shown[1]).toEqual({ sheet: "Evidence", cell: "A3:F3" });
    expect(wizard().editNote?.message).toMatch(/^Highlighted row 3 of the Evidence sheet in the preview's workbook: Kent's evidence for Local Crime and Policing\./);
  });

  it.each([
    ["has errors that stop the assessment", (r: Record<string, CellValue[][]>) => ((r["Data"] ?? [])[0] = ["Kent", "2006-07", "robbery", 1000, null, "test"]), /^The workbook has changed: 1 error stops the assessment\. Fix it \(see Check\), then choose Refresh\. Data!B2: /],
    ["no longer has the force", (r: Record<string, CellValue[][]>) => (r["Forces"] = []), /"Kent" is not among the forces/],
  ])("keeps what it read when the edited workbook %s", async (_what, change, problem) => {
    const { port, edit } = portOver(validSnapshot());
    const wizard = await render(port);
    await act(async () => wizard().setForce("Kent"));
    await act(async () => void (await wizard().start()));
    await act(async () => wizard().setStep({ kind: "domain", index: 1 }));
    const assessed = wizard().assessment;
    edit(validSnapshot(change));
    await act(async () => wizard().refresh());
    expect(wizard().assessment).toBe(assessed);
    expect(wizard().step).toEqual({ kind: "domain", index: 1 });
    expect(wizard().problem).toMatch(problem);
    expect(wizard().editNote).toEqual({ domainId: "serious-harm", sheet: null, message: "The workbook could not be assessed again: see the message above. The wizard keeps what it read before." });
  });
});

describe("writing the assessment", () => {
  it("writes one plan, which carries the charts of the force just assessed, whichever the port", async () => {
    const preview = portOver(validSnapshot());
    const excel = portOver(validSnapshot());
    for (const port of [preview.port, { ...excel.port, kind: "excel" as const, drawsCharts: true }]) {
      const wizard = await render(port);
      await act(async () => wizard().setForce("Surrey"));
      await act(async () => void (await wizard().start()));
      await act(async () => wizard().write());
      expect(wizard().step).toEqual({ kind: "written" });
    }
    for (const applied of [preview.applied, excel.applied]) {
      expect(applied).toHaveLength(1);
      expect(applied[0]?.charts?.charts.map((c) => c.title)).toEqual(["Surrey: Local Crime and Policing against similar forces", "Surrey: Protection from Serious Harm against similar forces", "Surrey: Confidence and Satisfaction against similar forces"]);
    }
  });

  it("names the Charts sheet among the sheets written only where the port draws charts (Excel)", async () => {
    const preview = await render(portOver(validSnapshot()).port);
    const excel = await render({ ...portOver(validSnapshot()).port, kind: "excel" as const, drawsCharts: true });
    for (const wizard of [preview, excel]) {
      await act(async () => wizard().setForce("Kent"));
      await act(async () => void (await wizard().start()));
    }
    expect(preview().sheets).not.toContain("Charts");
    expect(excel().sheets).toEqual([...preview().sheets, "Charts"]);
  });
});

describe("one read of the workbook", () => {
  it("reads the assessment's inputs once per snapshot: listing forces and grades, assessing and planning share them", async () => {
    // A spy that calls the real readInputs, to count the calls; before the session the wizard read them
    // five times here (forces and grades on opening, both again and the assessment on Next).
    const { port } = portOver(validSnapshot());
    const reads = jest.spyOn(inputsModule, "readInputs");
    try {
      const wizard = await render(port);
      await act(async () => wizard().setForce("Essex"));
      await act(async () => void (await wizard().start()));
      expect(wizard().assessment?.force).toBe("Essex");
      expect(wizard().sheets.length).toBeGreaterThan(0);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });
});
