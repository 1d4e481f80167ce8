import { normaliseWords } from "../forces/names";
import { reportStatuses, type ReportStatus } from "../workbook/outputTemplate";
import { cellOf, findTable, type CellValue, type WorkbookSnapshot } from "../workbook/snapshot";

/** What people wrote in the Assessment sheet for one force and domain (blank cells as ""). */
export interface Decision {
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
