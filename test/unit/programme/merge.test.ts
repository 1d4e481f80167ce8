/**
 * The merge rules on small workbooks whose cells can be worked out by hand. Every table starts at A1,
 * so a table's data row i is sheet row i + 2. Assessment columns: A Force, B Domain, C Recommended
 * grade, D Final grade, E Override reason, F Assessor, G Date, H Status.
 */
import { readDecisions, decisionKey } from "../../../src/engine/assessment";
import { mergeCopies, type RegionalCopy } from "../../../src/engine/programme";
import { aboutFrom, applyPlanToSnapshot, assertOutputOnly, findTable, TEMPLATE_VERSION, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../../src/engine/workbook";
import { validSnapshot, withTable } from "../workbook/builders";

const LCP = "Local Crime and Policing";
const PSH = "Protection from Serious Harm";
const assessmentColumns = ["Force", "Domain", "Recommended grade", "Final grade", "Override reason", "Assessor", "Date", "Status"];

function assessmentRows(): CellValue[][] {
  return ["Kent", "Essex", "Surrey"].flatMap((f) => [LCP, PSH].map((d) => [f, d, "Good", null, null, null, null, "Draft"] as CellValue[]));
}

function national(): WorkbookSnapshot {
  const s = validSnapshot();
  const assessment: TableSnapshot = { sheet: "Assessment", table: "Assessment", isExcelTable: true, headerRow: 1, firstColumn: 1, columns: assessmentColumns, rows: assessmentRows() };
  return { ...s, sheets: [...s.sheets, "Assessment"], tables: [...s.tables, assessment] };
}

/** Sets cells of the Assessment row for a force and domain (row index: Kent LCP 0, Kent PSH 1, Essex LCP 2, Essex PSH 3, Surrey LCP 4, Surrey PSH 5). */
function decide(s: WorkbookSnapshot, index: number, cells: Partial<Record<string, CellValue>>): WorkbookSnapshot {
  return withTable(s, "Assessment", (t) => ({
    ...t,
    rows: t.rows.map((r, i) => (i === index ? r.map((v, c) => (t.columns[c] as string) in cells ? (cells[t.columns[c] as string] ?? null) : v) : r)),
  }));
}

const copy = (name: string, snapshot: WorkbookSnapshot): RegionalCopy => ({ file: `in/${name}`, name, snapshot });

describe("merging regional copies", () => {
  const base = national();
  // North edits Kent and Essex; South edits Surrey and Essex: Essex LCP's status differently, Essex PSH the same way.
  const north = decide(decide(decide(base, 0, { "Final grade": "Fair", "Override reason": "Red flag", Assessor: "N. Orth" }), 2, { Status: "Final" }), 3, { Assessor: "J. Smith" });
  const south = decide(decide(decide(base, 4, { Assessor: "S. Outh", Status: "Shared for comment" }), 2, { Status: "Shared for comment" }), 3, { Assessor: "J. Smith" });

  it("takes every change made in one copy, and reports the one row changed in two ways as a conflict with both cells", () => {
    const r = mergeCopies(base, [copy("north.xlsx", north), copy("south.xlsx", south)]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.unsettled).toBe(1);
    const [c] = r.conflicts;
    expect(c).toMatchObject({ sheet: "Assessment", force: "Essex", column: "Status" });
    // Essex LCP is data row 2, sheet row 4; Status is column H.
    expect(c?.sides).toEqual([
      { file: "in/north.xlsx", cell: "H4", value: "Final" },
      { file: "in/south.xlsx", cell: "H4", value: "Shared for comment" },
    ]);
    expect(r.findings.filter((f) => f.code === "merge-conflict")).toHaveLength(1);
    expect(r.findings.find((f) => f.code === "merge-force-in-two-copies")?.params).toMatchObject({ force: "Essex", files: "in/north.xlsx, in/south.xlsx" });

    const merged = readDecisions(applyPlanToSnapshot(base, r.plan));
    expect(merged.get(decisionKey("Kent", LCP))).toMatchObject({ finalGrade: "Fair", reason: "Red flag", assessor: "N. Orth", status: "Draft" });
    expect(merged.get(decisionKey("Surrey", LCP))).toMatchObject({ assessor: "S. Outh", status: "Shared for comment" });
    expect(merged.get(decisionKey("Essex", PSH))).toMatchObject({ assessor: "J. Smith" });
    // Unsettled: the national workbook's cell stays.
    expect(merged.get(decisionKey("Essex", LCP))?.status).toBe("Draft");
  });

  it("settles a conflict with prefer, and says so as a warning", () => {
    const r = mergeCopies(base, [copy("north.xlsx", north), copy("south.xlsx", south)], "in/south.xlsx");
    expect(r.unsettled).toBe(0);
    expect(r.conflicts[0]?.winner).toBe("in/south.xlsx");
    expect(r.findings.find((f) => f.code === "merge-conflict-settled")?.severity).toBe("warning");
    expect(readDecisions(applyPlanToSnapshot(base, r.plan)).get(decisionKey("Essex", LCP))?.status).toBe("Shared for comment");
  });

  it("changes nothing when merged again, and later takes only what changed since", () => {
    const copies = [copy("north.xlsx", north), copy("south.xlsx", south)];
    const once = applyPlanToSnapshot(base, mergeCopies(base, copies, "in/south.xlsx").plan);
    const again = mergeCopies(once, copies);
    expect(again.conflicts).toEqual([]);
    expect(again.changes).toEqual([]);
    expect(again.plan.tables.map((t) => t.sheet)).toEqual(["Merges"]);
    const twice = applyPlanToSnapshot(once, again.plan);
    for (const t of once.tables) expect(findTable(twice, t.sheet)?.rows).toEqual(t.rows);

    // North, which lost the conflict, later writes a reason for Kent; only that comes across.
    const later = decide(north, 0, { "Override reason": "Red flag for burglary" });
    const third = mergeCopies(once, [copy("north.xlsx", later), copy("south.xlsx", south)]);
    expect(third.conflicts).toEqual([]);
    expect(third.changes).toEqual([{ file: "in/north.xlsx", sheet: "Assessment", added: 0, changed: 1, deleted: 0 }]);
    const after = readDecisions(applyPlanToSnapshot(once, third.plan));
    expect(after.get(decisionKey("Kent", LCP))?.reason).toBe("Red flag for burglary");
    expect(after.get(decisionKey("Essex", LCP))?.status).toBe("Shared for comment");
  });

  it("reads a Merges row whose Values are not a JSON list of texts as no record, as if the row were not there", () => {
    const copies = [copy("north.xlsx", north), copy("south.xlsx", south)];
    const once = applyPlanToSnapshot(base, mergeCopies(base, copies, "in/south.xlsx").plan);
    const valuesAt = findTable(once, "Merges")?.columns.indexOf("Values") ?? -1;
    expect(valuesAt).toBeGreaterThanOrEqual(0);
    const broken = ["not JSON", "[1, 2]", '{"Force": "Kent"}', '["Kent", null]'];
    const damaged = withTable(once, "Merges", (t) => ({ ...t, rows: t.rows.map((r, i) => (i < broken.length ? r.map((v, c) => (c === valuesAt ? (broken[i] as string) : v)) : r)) }));
    const removed = withTable(once, "Merges", (t) => ({ ...t, rows: t.rows.slice(broken.length) }));
    const fromDamaged = mergeCopies(damaged, copies);
    const fromRemoved = mergeCopies(removed, copies);
    expect(fromDamaged.changes.length).toBeGreaterThan(0);
    expect({ changes: fromDamaged.changes, conflicts: fromDamaged.conflicts }).toEqual({ changes: fromRemoved.changes, conflicts: fromRemoved.conflicts });
  });

  it("adds and deletes evidence and actions, declaring only those input sheets", () => {
    const withAction = withTable(north, "Actions", (t) => ({ ...t, rows: [...t.rows, ["Essex", LCP, "More patrols", "Ch Supt", "2009-09"]] }));
    const noEvidence = withTable(south, "Evidence", (t) => ({ ...t, rows: [] }));
    const r = mergeCopies(base, [copy("north.xlsx", withAction), copy("south.xlsx", noEvidence)], "in/north.xlsx");
    expect(r.plan.mergedInputSheets).toEqual(["Evidence", "Actions"]);
    expect(() => assertOutputOnly(r.plan)).not.toThrow();
    const merged = applyPlanToSnapshot(base, r.plan);
    expect(findTable(merged, "Actions")?.rows).toEqual([
      ["Kent", LCP, "Burglary reduction plan", "ACC Crime", "2009-12"],
      ["Essex", LCP, "More patrols", "Ch Supt", "2009-09"],
    ]);
    expect(findTable(merged, "Evidence")?.rows).toEqual([]);
    expect(r.changes).toEqual(
      expect.arrayContaining([
        { file: "in/north.xlsx", sheet: "Actions", added: 1, changed: 0, deleted: 0 },
        { file: "in/south.xlsx", sheet: "Evidence", added: 0, changed: 0, deleted: 1 },
      ]),
    );
  });

  it("matches comments by force, domain, who, when and the comment: a response is the work", () => {
    const columns = ["Force", "Domain", "Who", "When", "Comment", "Response"];
    const withComments = (s: WorkbookSnapshot, response: CellValue): WorkbookSnapshot => {
      const comments: TableSnapshot = { sheet: "Comments", table: "Comments", isExcelTable: true, headerRow: 1, firstColumn: 1, columns, rows: [["Kent", LCP, "Chair", "2009-07-01", "Please check burglary", response]] };
      return { ...s, tables: [...s.tables, comments] };
    };
    const start = withComments(base, null);
    const answered = mergeCopies(start, [copy("north.xlsx", withComments(north, "Checked: the figure is right"))]);
    expect(findTable(applyPlanToSnapshot(start, answered.plan), "Comments")?.rows[0]?.[5]).toBe("Checked: the figure is right");
    const twoAnswers = mergeCopies(start, [copy("north.xlsx", withComments(north, "Yes")), copy("south.xlsx", withComments(south, "No"))]);
    // Response is column F; the comment is data row 0, sheet row 2.
    expect(twoAnswers.conflicts.find((c) => c.sheet === "Comments")).toMatchObject({ column: "Response", sides: [{ cell: "F2", value: "Yes" }, { cell: "F2", value: "No" }] });
  });

  it("never merges figures: a copy whose Data differ is reported with the first cell, and the national figures stay", () => {
    // Data row index 4 is Essex 2006/07 robbery (two rows per force and year), sheet row 6.
    const edited = withTable(south, "Data", (t) => ({ ...t, rows: t.rows.map((r, i) => (i === 4 ? r.map((v, c) => (c === 3 ? 999 : v)) : r)) }));
    const r = mergeCopies(base, [copy("south.xlsx", edited)]);
    expect(r.findings.find((f) => f.code === "merge-figures-differ")?.params).toMatchObject({ file: "in/south.xlsx", sheet: "Data", count: 1, cell: "Data!A6" });
    expect(r.plan.tables.map((t) => t.sheet)).not.toContain("Data");
    expect(() => assertOutputOnly({ ...r.plan, tables: [...r.plan.tables, { sheet: "Data", name: "Data", topLeft: "A1", columns: [], rows: [] }] })).toThrow();
  });

  it("reports a copy of another template version", () => {
    const edited = withTable(north, "About", (t) => ({ ...t, rows: t.rows.map((r) => (r[0] === "Template version" ? ["Template version", "0.9"] : r)) }));
    const r = mergeCopies(base, [copy("north.xlsx", { ...edited, about: aboutFrom(edited.tables) })]);
    expect(r.findings.find((f) => f.code === "merge-template-version")?.params).toMatchObject({ version: "0.9", national: TEMPLATE_VERSION });
  });
});
