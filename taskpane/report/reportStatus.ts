import { sameForce } from "../../src/engine/forces/names";
import { cellOf, findTable, type CellValue, type WorkbookSnapshot } from "../../src/engine/workbook";

export interface CommentRow {
  readonly domain: string;
  readonly who: string;
  readonly when: string;
  readonly comment: string;
  readonly response: string;
  /** The sheet row of the comment, for "Comments row 4". */
  readonly row: number;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined || typeof v === "object" ? "" : String(v).trim());

/** The Comments sheet's rows for a force, in sheet order. */
export function commentsFor(snapshot: WorkbookSnapshot, force: string): CommentRow[] {
  const table = findTable(snapshot, "Comments");
  if (!table) return [];
  return table.rows.flatMap((r, i) =>
    sameForce(text(cellOf(table, r, "Force")), force) && text(cellOf(table, r, "Comment")) !== ""
      ? [{ domain: text(cellOf(table, r, "Domain")), who: text(cellOf(table, r, "Who")), when: text(cellOf(table, r, "When")), comment: text(cellOf(table, r, "Comment")), response: text(cellOf(table, r, "Response")), row: table.headerRow + 1 + i }]
      : [],
  );
}

/** The status written for a force in the Assessment sheet (the first graded domain's), or Draft. */
export function statusFor(snapshot: WorkbookSnapshot, force: string): string {
  const table = findTable(snapshot, "Assessment");
  const row = table?.rows.find((r) => sameForce(text(cellOf(table, r, "Force")), force) && text(cellOf(table, r, "Status")) !== "");
  return table && row ? text(cellOf(table, row, "Status")) : "Draft";
}

/** Why a report cannot be Final yet, or null: every comment on it needs a response first. */
export function whyNotFinal(comments: readonly CommentRow[]): string | null {
  const open = comments.filter((c) => c.response === "");
  if (open.length === 0) return null;
  const rows = open.map((c) => c.row).join(", ");
  return `The report cannot be Final yet: ${open.length} comment${open.length === 1 ? " has" : "s have"} no response (Comments sheet, row${open.length === 1 ? "" : "s"} ${rows}). Write a response in the Response column of each, then set the status to Final.`;
}
