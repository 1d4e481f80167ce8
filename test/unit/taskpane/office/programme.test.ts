/**
 * The programme in Excel through the Office layer (office.js against the imitation Excel behind an
 * office-addin-mock context): the Home view's progress read from the open workbook, and a merge of a
 * regional copy written into it. Expected counts are worked out by hand in the comments.
 */
import { mergeCopies, programmeStatus } from "../../../../src/engine/programme";
import { newWorkbookPlan } from "../../../../src/engine/workbook";
import { applyPlanIn } from "../../../../taskpane/office/applyPlan";
import { readSnapshotIn } from "../../../../taskpane/office/readSnapshot";
import { validRows, validSnapshot } from "../../workbook/builders";
import { FakeExcel } from "./fakeExcel";

const about = { assessmentYear: "2008/09", preparedBy: "Test", dataSources: "Test", illustrative: true };
const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const CS = "Confidence and Satisfaction";

async function template(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await excel.run((context) => applyPlanIn(context, newWorkbookPlan(about, validRows())));
  return excel;
}

describe("the programme through the Office layer", () => {
  it("counts progress from the Assessment and Comments sheets as read from Excel in one sync", async () => {
    const excel = await template();
    excel.put("Assessment", "A1", [
      ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"],
      ["Kent", LCP, "Good", "Good", "", "R. Hale", "2009-06-30", "Final"],
      ["Kent", PSH, "Fair", "Fair", "", "R. Hale", "2009-06-30", "Final"],
      ["Kent", CS, "Good", "Good", "", "R. Hale", "2009-06-30", "Final"],
      ["Essex", LCP, "Good", "", "", "", "", "Draft"],
      ["Essex", PSH, "Good", "Poor", "", "J. Smith", "2009-07-01", "Shared for comment"],
    ]);
    excel.tables.push({ name: "Assessment", sheet: "Assessment", address: "A1:H6" });
    excel.put("Comments", "A1", [
      ["Force", "Domain", "Who", "When", "Comment", "Response"],
      ["Kent", LCP, "Kent Police Authority", "2009-07-02", "The burglary figure leaves out May.", ""],
    ]);
    excel.tables.push({ name: "Comments", sheet: "Comments", address: "A1:F2" });
    const sync = jest.spyOn(excel.context, "sync");
    const status = programmeStatus(await excel.run((context) => readSnapshotIn(context)));
    expect(sync).toHaveBeenCalledTimes(1);
    // By hand, 3 forces x 3 graded domains = 9 reports:
    // Kent: LCP Final but one comment has no response -> Shared for comment; PSH, CS Final.
    // Essex: LCP Draft; PSH Shared for comment, Poor against Good with no reason; CS not assessed.
    // Surrey: three not assessed. No force has every report Final.
    expect(status.national).toEqual({ forces: 3, forcesReady: 0, byStatus: { "Not assessed": 4, Draft: 1, "Shared for comment": 2, Final: 2 }, openComments: 1, overridesWithoutReason: 1 });
    expect(status.regions).toEqual([{ region: "South East", totals: status.national }]);
    expect(status.rows.find((r) => r.force === "Essex" && r.domain === PSH)).toMatchObject({ status: "Shared for comment", assessor: "J. Smith", date: "2009-07-01", overrideWithoutReason: true });
    // Kent: 1 (the open comment); Essex: 2 not final + 1 override; Surrey: 3 not assessed.
    expect(status.blockers.map((b) => `${b.path.force} ${b.code}`).sort()).toEqual([
      "Essex override-without-reason",
      "Essex status-not-final",
      "Essex status-not-final",
      "Essex status-not-final",
      "Kent final-with-open-comment",
      "Kent status-not-final",
      "Surrey status-not-final",
      "Surrey status-not-final",
      "Surrey status-not-final",
    ]);
  });

  it("writes a regional copy's merge into the open workbook in place: people's rows change, figures and formulas do not", async () => {
    const excel = await template();
    excel.addSheet("Summary");
    excel.sheet("Summary")?.formulas.set("1,1", "=Evidence!F2");
    excel.sheet("Summary")?.formulas.set("2,1", "=Data!D2");
    const figures = ["Data", "Finance", "Survey", "Forces", "MSG"].map((s) => excel.usedValues(s));
    const order = excel.sheets.map((s) => s.name);

    const national = await excel.run((context) => readSnapshotIn(context));
    const copy = validSnapshot((rows) => {
      const evidence = rows.Evidence?.[0];
      const action = rows.Actions?.[0];
      if (!evidence || !action) throw new Error("The builders' workbook has no Evidence or Actions row");
      evidence[5] = "HMIC inspection report, 2009";
      action[3] = "Chief Inspector, Maidstone";
    });
    const result = mergeCopies(national, [{ file: "south-east.xlsx", name: "south-east.xlsx", snapshot: copy }]);
    expect(result.unsettled).toBe(0);
    expect(result.plan.mergedInputSheets).toEqual(["Evidence", "Actions"]);
    const syncs = await excel.run((context) => applyPlanIn(context, result.plan));
    expect(syncs).toBe(2);

    // The Evidence and Actions sheets were cleared and refilled, not deleted: the formula still points at them.
    expect(excel.sheet("Summary")?.formulas.get("1,1")).toBe("=Evidence!F2");
    expect(excel.sheet("Summary")?.formulas.get("2,1")).toBe("=Data!D2");
    expect(excel.sheets.map((s) => s.name)).toEqual([...order, "Merges"]);
    expect(excel.usedValues("Evidence")?.values[1]).toEqual(["Kent", LCP, "CAA red flag", "", "Burglary rising", "HMIC inspection report, 2009"]);
    expect(excel.usedValues("Actions")?.values[1]).toEqual(["Kent", LCP, "Burglary reduction plan", "Chief Inspector, Maidstone", "2009-12"]);
    expect(["Data", "Finance", "Survey", "Forces", "MSG"].map((s) => excel.usedValues(s))).toEqual(figures);

    // Merging the same copy again finds nothing changed.
    const again = mergeCopies(await excel.run((context) => readSnapshotIn(context)), [{ file: "south-east.xlsx", name: "south-east.xlsx", snapshot: copy }]);
    expect(again.changes).toEqual([]);
  });
});
