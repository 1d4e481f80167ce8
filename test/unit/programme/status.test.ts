/**
 * Progress counts on a small workbook: Kent and Essex in the South East, Surrey in London (its region
 * changed here), three graded domains each, so 9 reports. Counts are worked out by hand below.
 */
import { programmeStatus } from "../../../src/engine/programme";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../../src/engine/workbook";
import { validSnapshot } from "../workbook/builders";

const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const CS = "Confidence and Satisfaction";

function workbook(): WorkbookSnapshot {
  const s = validSnapshot((rows) => {
    for (const r of rows.Forces ?? []) if (r[0] === "Surrey") r[1] = "London";
  });
  const assessment: TableSnapshot = {
    sheet: "Assessment",
    table: "Assessment",
    isExcelTable: true,
    headerRow: 1,
    firstColumn: 1,
    columns: ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"],
    rows: [
      ["Kent", LCP, "Good", null, null, "A. Person", "2009-06-30", "Final"],
      ["Kent", PSH, "Good", null, null, null, null, "Final"],
      ["Kent", CS, "Fair", null, null, null, null, "Final"],
      // Final, but a comment on the whole report has no response: counts as Shared for comment.
      ["Essex", LCP, "Good", null, null, null, null, "Final"],
      // An override with no reason.
      ["Essex", PSH, "Good", "Excellent", null, null, null, "Shared for comment"],
      ["Essex", CS, "Good", null, null, null, null, null],
      // Surrey: only one domain assessed; its status is misspelt (read as Draft).
      ["Surrey", LCP, "Poor", null, null, null, null, "Finall"],
    ] as CellValue[][],
  };
  const comments: TableSnapshot = {
    sheet: "Comments",
    table: "Comments",
    isExcelTable: true,
    headerRow: 1,
    firstColumn: 1,
    columns: ["Force", "Domain", "Who", "When", "Comment", "Response"],
    rows: [
      ["Essex", null, "Chief Constable", "2009-07-01", "Please check the figures", null],
      ["Kent", LCP, "Chair", "2009-07-01", "Thank you", "Noted"],
    ],
  };
  return { ...s, tables: [...s.tables, assessment, comments] };
}

describe("programme status", () => {
  const status = programmeStatus(workbook());

  it("counts reports by status, by region and nationally", () => {
    // South East: Kent 3 Final; Essex LCP Shared (open comment), PSH Shared, CS Draft (blank status).
    const se = status.regions.find((r) => r.region === "South East")?.totals;
    expect(se).toEqual({
      forces: 2,
      forcesReady: 1,
      byStatus: { "Not assessed": 0, Draft: 1, "Shared for comment": 2, Final: 3 },
      // The Essex comment is on the whole report, so it is open for each of its three domains.
      openComments: 3,
      overridesWithoutReason: 1,
    });
    // London: Surrey LCP Draft (misspelt status), PSH and CS not assessed.
    expect(status.regions.find((r) => r.region === "London")?.totals).toEqual({
      forces: 1,
      forcesReady: 0,
      byStatus: { "Not assessed": 2, Draft: 1, "Shared for comment": 0, Final: 0 },
      openComments: 0,
      overridesWithoutReason: 0,
    });
    expect(status.national.byStatus).toEqual({ "Not assessed": 2, Draft: 2, "Shared for comment": 2, Final: 3 });
    expect(status.national.forcesReady).toBe(1);
    expect(status.regions.map((r) => r.region)).toEqual(["London", "South East"]);
  });

  it("keeps the assessor and date, and lists what stops publication", () => {
    expect(status.rows.find((r) => r.force === "Kent" && r.domain === LCP)).toMatchObject({ assessor: "A. Person", date: "2009-06-30", status: "Final", openComments: 0 });
    const codes = status.blockers.map((b) => `${b.path.force}:${b.code}:${String(b.params.domain)}`);
    expect(codes).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Kent:/)]));
    expect(codes).toEqual(
      expect.arrayContaining([
        `Essex:status-not-final:${LCP}`,
        `Essex:final-with-open-comment:${LCP}`,
        `Essex:override-without-reason:${PSH}`,
        `Surrey:unknown-status:${LCP}`,
        `Surrey:status-not-final:${PSH}`,
      ]),
    );
  });
});
