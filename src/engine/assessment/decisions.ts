import { normaliseWords } from "../forces/names";
import { reportStatuses, type ReportStatus } from "../workbook/outputTemplate";
import { sameForce } from "../forces/names";
import { cellOf, findTable, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";

/** What people wrote in the Assessment sheet for one force and domain (blank cells as ""). */
export interface Decision {
  /** The Recommended grade cell as written by the last assessment ("" when blank). */
  readonly recommended: string;
  readonly finalGrade: string;
  readonly reason: string;
  readonly assessor: string;
  readonly date: string;
  /** The Status cell as written. */
  readonly status: string;
}

/** The text of a cell, trimmed; "" for a blank, a number as its digits, an Excel error as "". */
export function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined || typeof value === "object" ? "" : String(value).trim();
}

/** The key of a force and domain for {@link readDecisions}, without regard to case or spacing. */
export function decisionKey(force: string, domain: string): string {
  return `${normaliseWords(force)}|${normaliseWords(domain)}`;
}

/**
 * The decisions people wrote in a workbook's Assessment sheet, by {@link decisionKey}; empty when the
 * workbook has no Assessment sheet. `ra assess` keeps them across runs and `ra publish` publishes them.
 */
export function readDecisions(snapshot: WorkbookSnapshot): ReadonlyMap<string, Decision> {
  const table = findTable(snapshot, "Assessment");
  const out = new Map<string, Decision>();
  if (!table) return out;
  for (const r of table.rows) {
    out.set(decisionKey(cellText(cellOf(table, r, "Force")), cellText(cellOf(table, r, "Domain"))), {
      recommended: cellText(cellOf(table, r, "Recommended grade")),
      finalGrade: cellText(cellOf(table, r, "Final grade")),
      reason: cellText(cellOf(table, r, "Override reason")),
      assessor: cellText(cellOf(table, r, "Assessor")),
      date: cellText(cellOf(table, r, "Date")),
      status: cellText(cellOf(table, r, "Status")),
    });
  }
  return out;
}

/** A status as written, read as one of Draft, Shared for comment, Final; undefined when it is none of them. */
export function reportStatusOf(text: string): ReportStatus | undefined {
  return reportStatuses.find((s) => normaliseWords(s) === normaliseWords(text));
}

/**
 * How many comments on a force's report for a domain have no response: rows of the Comments table
 * for the force (names matched as {@link sameForce}) whose Domain is the domain or blank (a comment on
 * the whole report), whose Comment is not blank and whose Response is blank. 0 without a Comments table.
 * A report with an open comment cannot be Final.
 */
export function openComments(comments: TableSnapshot | undefined, force: string, domain: string): number {
  if (!comments) return 0;
  return comments.rows.filter((r) => {
    const f = cellText(cellOf(comments, r, "Force"));
    const d = cellText(cellOf(comments, r, "Domain"));
    const text = cellText(cellOf(comments, r, "Comment"));
    return text !== "" && sameForce(f, force) && (d === "" || normaliseWords(d) === normaliseWords(domain)) && cellText(cellOf(comments, r, "Response")) === "";
  }).length;
}

/**
 * Whether a final grade overrides the recommendation without a written reason: the final grade is
 * set, differs from the recommendation (without regard to case or spacing) and the reason is blank.
 */
export function overrideWithoutReason(finalGrade: string, recommended: string, reason: string): boolean {
  return finalGrade !== "" && normaliseWords(finalGrade) !== normaliseWords(recommended) && reason === "";
}
