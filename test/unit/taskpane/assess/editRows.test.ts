/**
 * "Edit in the sheet": which rows of Evidence and Actions the wizard selects for a force and domain,
 * worked out from the snapshot, and how the Office adapter selects them (one Excel.run, one sync).
 */
import type { DomainAssessment } from "../../../../src/engine/assessment";
import { newWorkbookPlan } from "../../../../src/engine/workbook";
import { describeRows, rowsToEdit, runsOf } from "../../../../taskpane/assess/editRows";
import { refreshMessage } from "../../../../taskpane/assess/useAssessWizard";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { selectCellIn } from "../../../../taskpane/office/selection";
import { validRows, validSnapshot, withTable } from "../../workbook/builders";
import { FakeExcel } from "../office/fakeExcel";

const local = "Local Crime and Policing";

/**
 * Evidence (columns A to F, header row 1): row 2 Kent local crime (the builders' red flag), row 3 Kent
 * local crime, row 4 Essex local crime, rows 5 and 6 Kent local crime, row 7 Kent serious harm.
 */
const snapshot = validSnapshot((rows) => {
  rows["Evidence"]?.push(
    ["Kent", local, "Neighbourhood Policing judgement", "Good", null, "test"],
    ["Essex", local, "CAA green flag", null, null, "test"],
    [" kent ", "local crime  and policing", "Major crime", null, null, "test"],
    ["KENT", local, "Counter-terrorism", null, null, "test"],
    ["Kent", "Protection from Serious Harm", "Major crime", "Poor", null, "test"],
  );
});

describe("rows to edit for a force and domain", () => {
  it("selects each run of the force's rows for the domain across the table, matched as the assessment matches", () => {
    expect(rowsToEdit(snapshot, "Evidence", "Kent", local)).toEqual({ sheet: "Evidence", rows: [2, 3, 5, 6], address: "A2:F3,A5:F6", newRow: false });
    expect(rowsToEdit(snapshot, "Evidence", "essex", local)).toEqual({ sheet: "Evidence", rows: [4], address: "A4:F4", newRow: false });
    expect(rowsToEdit(snapshot, "Actions", "Kent", local)).toEqual({ sheet: "Actions", rows: [2], address: "A2:E2", newRow: false });
  });

  it("selects the first empty row below the table when the force has nothing for the domain", () => {
    expect(rowsToEdit(snapshot, "Evidence", "Surrey", local)).toEqual({ sheet: "Evidence", rows: [8], address: "A8:F8", newRow: true });
    expect(rowsToEdit(snapshot, "Actions", "Kent", "Confidence and Satisfaction")).toEqual({ sheet: "Actions", rows: [3], address: "A3:E3", newRow: true });
  });

  it("follows the table where it is on the sheet, skips blank rows, and finds nothing without a table", () => {
    const moved = withTable(snapshot, "Evidence", (t) => ({ ...t, headerRow: 4, firstColumn: 2, rows: [...t.rows.slice(0, 2), t.rows[0]?.map(() => null) ?? [], ...t.rows.slice(2)] }));
    expect(rowsToEdit(moved, "Evidence", "Kent", local)).toEqual({ sheet: "Evidence", rows: [5, 6, 9, 10], address: "B5:G6,B9:G10", newRow: false });
    expect(rowsToEdit(withTable(snapshot, "Actions", () => undefined), "Actions", "Kent", local)).toBeUndefined();
  });

  it("says which rows in words", () => {
    expect(runsOf([2, 3, 5, 6, 9])).toEqual([[2, 3], [5, 6], [9, 9]]);
    expect(describeRows([5])).toBe("row 5");
    expect(describeRows([5, 6])).toBe("rows 5 and 6");
    expect(describeRows([5, 6, 7, 9])).toBe("rows 5 to 7 and 9");
    expect(describeRows([2, 3, 5, 6, 7, 9])).toBe("rows 2, 3, 5 to 7 and 9");
  });
});

describe("selecting them in Excel", () => {
  async function excelWithTemplate(): Promise<FakeExcel> {
    const excel = new FakeExcel();
    await excel.run((context) => applyPlanIn(context, newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "T", dataSources: "T", illustrative: true }, validRows())));
    return excel;
  }

  it("selects every run of rows where Excel can, in one sync", async () => {
    const excel = await excelWithTemplate();
    const sync = jest.spyOn(excel.context, "sync");
    await excel.run((context) => selectCellIn(context, "Evidence", "A2:F3,A5:F6", true));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.active).toEqual({ sheet: "Evidence", address: "A2:F3,A5:F6" });
  });

  it("selects the first run where Excel cannot select several ranges, and one range as before", async () => {
    const excel = await excelWithTemplate();
    await excel.run((context) => selectCellIn(context, "Evidence", "A2:F3,A5:F6", false));
    expect(excel.active).toEqual({ sheet: "Evidence", address: "A2:F3" });
    await excel.run((context) => selectCellIn(context, "Actions", "A2:E2"));
    expect(excel.active).toEqual({ sheet: "Actions", address: "A2:E2" });
  });
});

describe("the refresh message", () => {
  const domain = (grade: string | null, evidence: number, actions: number): DomainAssessment =>
    ({
      domain: { id: "local-crime", name: local, graded: true },
      dataSets: [],
      evidence: Array.from({ length: evidence }, () => ({ kind: "CAA red flag", judgement: "", detail: "", source: "" })),
      actions: Array.from({ length: actions }, () => ({ action: "Plan", owner: "", due: "" })),
      dataRecommendation: null,
      adjustments: [],
      recommendedGrade: grade,
    }) as DomainAssessment;

  it("says what is there now and whether the recommended grade changed", () => {
    expect(refreshMessage(domain("Good", 0, 0), domain("Fair", 1, 1))).toBe(`Read the workbook again: 1 evidence item and 1 action for ${local}. Recommended grade Fair (was Good).`);
    expect(refreshMessage(domain("Good", 2, 0), domain("Good", 2, 0))).toBe(`Read the workbook again: 2 evidence items and no actions for ${local}. Recommended grade Good (unchanged).`);
  });
});
