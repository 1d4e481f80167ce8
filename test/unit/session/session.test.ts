/**
 * The session on a small workbook (test/unit/workbook/builders: Kent, Essex and Surrey) with Assessment
 * and Comments tables added: one rule for whether it can be assessed or published, report status and
 * open comments. Expected values are worked out by hand in the comments.
 */
import { leastAdvanced, readyToPublish } from "../../../src/engine/assessment";
import { describeIssue } from "../../../src/engine/messages/describe";
import { openSession } from "../../../src/engine/session";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../../src/engine/workbook";
import { setCell, validSnapshot } from "../workbook/builders";

const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const CS = "Confidence and Satisfaction";

const table = (sheet: string, columns: readonly string[], rows: readonly (readonly CellValue[])[]): TableSnapshot => ({ sheet, table: sheet, isExcelTable: true, headerRow: 1, firstColumn: 1, columns, rows });
const assessmentColumns = ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"];
const commentColumns = ["Force", "Domain", "Who", "When", "Comment", "Response"];

function workbook(assessment: readonly (readonly CellValue[])[], comments: readonly (readonly CellValue[])[] = [], base: WorkbookSnapshot = validSnapshot()): WorkbookSnapshot {
  return { ...base, sheets: [...base.sheets, "Assessment", "Comments"], tables: [...base.tables, table("Assessment", assessmentColumns, assessment), table("Comments", commentColumns, comments)] };
}

describe("a session", () => {
  it("is opened once per snapshot: the same session, the inputs read once", () => {
    const s = validSnapshot();
    const session = openSession(s);
    expect(openSession(s)).toBe(session);
    expect(session.inputs).toBe(openSession(s).inputs);
    expect(session.findings).toBe(session.findings);
    expect(session.forces).toEqual(["Kent", "Essex", "Surrey"]);
    expect(session.grades).toEqual(["Excellent", "Good", "Fair", "Poor"]);
    // Another snapshot, even with the same content, is another session.
    expect(openSession(validSnapshot())).not.toBe(session);
  });

  it("keeps each force's assessment", () => {
    const session = openSession(validSnapshot());
    const kent = session.assess("Kent");
    expect(kent.ok && kent.value.force).toBe("Kent");
    expect(session.assess("Kent")).toBe(kent);
    const unknown = session.assess("Atlantis");
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(["force-not-found"]);
  });
});

describe("can this workbook be assessed, or published?", () => {
  it("yes to both for a valid workbook, with its warnings", () => {
    const session = openSession(validSnapshot((r) => setCell(r, "Survey", 0, 4, 84)));
    expect(session.assessable.ok).toBe(true);
    expect(session.assessable.ok && session.assessable.warnings.map((w) => w.code)).toEqual(["small-sample"]);
    expect(session.publishable.ok).toBe(true);
  });

  it("no to both for an error in the figures, with the finding and the words '1 error stops ...'", () => {
    const session = openSession(validSnapshot((r) => setCell(r, "Data", 0, 0, "Atlantis")));
    const a = session.assessable;
    const p = session.publishable;
    if (a.ok || p.ok) throw new Error("An unknown force should stop both");
    expect(a.blocking.map((f) => `${f.sheet}!${f.cell ?? ""}`)).toEqual(["Data!A2"]);
    expect(describeIssue(a.why)).toBe("1 error stops the assessment.");
    expect(describeIssue(p.why)).toBe("1 error stops publishing.");
  });

  it("an error in people's decisions (a Final row with a grade not on the Scale) stops publishing only", () => {
    const session = openSession(workbook([["Kent", LCP, "Good", "Excelent", "Better than it looks", null, null, "Final"]]));
    expect(session.assessable.ok).toBe(true);
    const p = session.publishable;
    if (p.ok) throw new Error("A Final row with an unknown grade should stop publishing");
    expect(p.blocking.map((f) => [f.code, f.sheet, f.cell])).toEqual([["unknown-grade", "Assessment", "D2"]]);
    expect(session.whyNotPublishable("Kent")[0]).toBe(p.why);
  });
});

describe("report status and open comments: one rule", () => {
  // Kent: LCP and PSH Final, CS Shared for comment: the report is Shared for comment (the least
  // advanced), though its first row says Final. Essex: all Final, but a comment on the whole report
  // has no response: every domain counts as Shared for comment. Surrey: LCP Final with an open comment
  // on LCP only (Shared for comment), PSH and CS Final; and an answered comment on CS.
  const session = openSession(
    workbook(
      [
        ["Kent", LCP, "Good", null, null, null, null, "Final"],
        ["Kent", PSH, "Good", null, null, null, null, "Final"],
        ["Kent", CS, "Good", null, null, null, null, "Shared for comment"],
        ["Essex", LCP, "Good", null, null, null, null, "Final"],
        ["Essex", PSH, "Good", null, null, null, null, "Final"],
        ["Essex", CS, "Good", null, null, null, null, "Final"],
        ["Surrey", LCP, "Good", null, null, null, null, "Final"],
        ["Surrey", PSH, "Good", null, null, null, null, "final"],
        ["Surrey", CS, "Good", null, null, null, null, "Final"],
      ],
      [
        ["Essex", null, "Chief constable", "2009-07-01", "Please check the figures", null],
        ["Surrey", LCP, "Chair", "2009-07-02", "The burglary text", null],
        ["Surrey", CS, "Chair", "2009-07-02", "The survey", "Answered"],
        ["Surrey", CS, "Chair", "2009-07-02", null, null],
      ],
    ),
  );

  it("gives a force's report the least advanced status of its graded domains", () => {
    expect(session.reportStatus("Kent")).toBe("Shared for comment");
    expect(session.reportStatus("Essex")).toBe("Shared for comment");
    expect(session.reportStatus("Surrey")).toBe("Shared for comment");
    expect(session.domains("Surrey").map((d) => [d.domain, d.status, d.openComments])).toEqual([
      [LCP, "Shared for comment", 1],
      [PSH, "Final", 0],
      [CS, "Final", 0],
    ]);
  });

  it("counts an open comment against its domain, a comment on the whole report against every domain, and the same in ra status's rows", () => {
    expect(session.domains("Essex").map((d) => d.openComments)).toEqual([1, 1, 1]);
    expect(session.openComments("Essex").map((c) => c.row)).toEqual([2]);
    expect(session.openComments("Surrey").map((c) => c.row)).toEqual([3]);
    // Rows with a blank Comment are not comments.
    expect(session.comments("Surrey").map((c) => c.row)).toEqual([3, 4]);
    for (const force of ["Kent", "Essex", "Surrey"]) {
      const rows = session.programme.rows.filter((r) => r.force === force);
      expect(rows.map((r) => [r.domain, r.status, r.openComments])).toEqual(session.domains(force).map((d) => [d.domain, d.status, d.openComments]));
    }
  });

  it("says why a report cannot be Final, naming the comments' rows", () => {
    expect(session.whyNotFinal("Kent")).toBeNull();
    const why = session.whyNotFinal("Surrey");
    expect(why && describeIssue(why)).toBe("The report cannot be Final yet: 1 comment has no response (Comments sheet, row 3).");
  });

  it("is Not assessed while a graded domain has no row, and Final only when every domain is", () => {
    const partial = openSession(workbook([["Kent", LCP, "Good", null, null, null, null, "Final"]]));
    expect(partial.reportStatus("Kent")).toBe("Not assessed");
    const done = openSession(workbook([LCP, PSH, CS].map((d) => ["Kent", d, "Good", null, null, null, null, "Final"])));
    expect(done.reportStatus("Kent")).toBe("Final");
    expect(done.whyNotPublishable("Kent")).toEqual([]);
    expect(leastAdvanced([])).toBe("Not assessed");
    expect(leastAdvanced(["Final", "Draft", "Shared for comment"])).toBe("Draft");
  });
});

describe("ready to publish: one rule for ra publish, ra status and the pane's programme view", () => {
  // Kent: every domain Final, no comments, final grades as recommended: ready. Essex: every domain
  // Final but CS's final grade Fair differs from the recommended Good with no reason: not ready (and the
  // checker's error stops publishing the workbook). Surrey: every domain Final, a comment on PSH with no
  // response: PSH counts as Shared for comment, so not ready.
  const rows: (readonly CellValue[])[] = [
    ...[LCP, PSH, CS].map((d) => ["Kent", d, "Good", "Good", null, "A. Inspector", "2009-06-30", "Final"]),
    ["Essex", LCP, "Good", null, null, null, null, "Final"],
    ["Essex", PSH, "Good", null, null, null, null, "Final"],
    ["Essex", CS, "Good", "Fair", null, null, null, "Final"],
    ...[LCP, PSH, CS].map((d) => ["Surrey", d, "Good", null, null, null, null, "Final"]),
  ];
  const comments = [["Surrey", PSH, "Chief constable", "2009-07-01", "Please check the figures", null]];

  it("counts in ra status exactly the forces each face would publish", () => {
    const session = openSession(workbook(rows, comments));
    const ready = ["Kent", "Essex", "Surrey"].filter((f) => session.readyToPublish(f));
    expect(ready).toEqual(["Kent"]);
    expect(["Kent", "Essex", "Surrey"].filter((f) => readyToPublish(session.domains(f)))).toEqual(ready);
    expect(session.programme.national.forcesReady).toBe(1);
    // The override without a reason is also an Assessment-sheet error: it stops ra publish for the whole workbook.
    expect(session.publishable.ok).toBe(false);
  });

  it("publishes the ready force once the override has its reason, and still counts the same", () => {
    const reasoned = rows.map((r) => (r[0] === "Essex" && r[1] === CS ? ["Essex", CS, "Good", "Fair", "Victims' survey fell in 2008/09", null, null, "Final"] : r));
    const session = openSession(workbook(reasoned, comments));
    expect(session.publishable.ok).toBe(true);
    const published = ["Kent", "Essex", "Surrey"].filter((f) => session.readyToPublish(f));
    expect(published).toEqual(["Kent", "Essex"]);
    expect(session.programme.national.forcesReady).toBe(published.length);
  });
});
