import { normaliseWords, sameForce } from "../forces/names";
import { reportStatuses, type ReportStatus } from "../workbook/outputTemplate";
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

/** One row of the Comments sheet on a force's report. */
export interface CommentRow {
  /** The Domain cell: "" for a comment on the whole report. */
  readonly domain: string;
  readonly who: string;
  readonly when: string;
  readonly comment: string;
  /** The Response cell, "" while nobody has answered. */
  readonly response: string;
  /** The sheet row of the comment, for "Comments row 4". */
  readonly row: number;
}

/**
 * The rows of the Comments table on a force's report (names matched as {@link sameForce}), in sheet
 * order; rows whose Comment is blank are not comments and are left out. Empty without a Comments table.
 */
export function commentRows(comments: TableSnapshot | undefined, force: string): CommentRow[] {
  if (!comments) return [];
  return comments.rows.flatMap((r, i) => {
    const text = (column: string) => cellText(cellOf(comments, r, column));
    return sameForce(text("Force"), force) && text("Comment") !== ""
      ? [{ domain: text("Domain"), who: text("Who"), when: text("When"), comment: text("Comment"), response: text("Response"), row: comments.headerRow + 1 + i }]
      : [];
  });
}

/**
 * Whether a comment is open against a domain's report: it has no response, and its Domain is that
 * domain (without regard to case or spacing) or blank (a comment on the whole report counts against
 * every domain). This is the one rule for open comments: a status is kept per force and domain in the
 * Assessment sheet, so a comment holds back the domain it is about, and a comment on the whole report
 * holds back all of them.
 */
export function isOpenAgainst(comment: CommentRow, domain: string): boolean {
  return comment.response === "" && (comment.domain === "" || normaliseWords(comment.domain) === normaliseWords(domain));
}

/**
 * How many comments on a force's report for a domain are open ({@link isOpenAgainst}): 0 without a
 * Comments table. A report with an open comment cannot be Final.
 */
export function openComments(comments: TableSnapshot | undefined, force: string, domain: string): number {
  return commentRows(comments, force).filter((c) => isOpenAgainst(c, domain)).length;
}

/**
 * The status of a force's report for one graded domain, as every face counts it: the Status cell read
 * as Draft, Shared for comment or Final (blank or unknown text as Draft); Final with an open comment as
 * Shared for comment (it cannot be Final until every comment has a response); Not assessed when the
 * Assessment sheet has no row for the force and domain (`decision` undefined).
 */
export function domainStatus(decision: Pick<Decision, "status"> | undefined, open: number): ReportStatus | "Not assessed" {
  if (!decision) return "Not assessed";
  const status = reportStatusOf(decision.status) ?? "Draft";
  return status === "Final" && open > 0 ? "Shared for comment" : status;
}

/** The order of statuses, least advanced first. */
const statusOrder: readonly (ReportStatus | "Not assessed")[] = ["Not assessed", ...reportStatuses];

/**
 * The status of a force's whole report: the least advanced of its domains' statuses (a report is Final
 * only when every graded domain is). Not assessed for no domains.
 */
export function leastAdvanced(statuses: readonly (ReportStatus | "Not assessed")[]): ReportStatus | "Not assessed" {
  if (statuses.length === 0) return "Not assessed";
  return statuses.reduce((least, s) => (statusOrder.indexOf(s) < statusOrder.indexOf(least) ? s : least));
}

/**
 * Whether a final grade overrides the recommendation without a written reason: the final grade is
 * set, differs from the recommendation (without regard to case or spacing) and the reason is blank.
 */
export function overrideWithoutReason(finalGrade: string, recommended: string, reason: string): boolean {
  return finalGrade !== "" && normaliseWords(finalGrade) !== normaliseWords(recommended) && reason === "";
}

/** What one graded domain of a force's report says about publishing it. */
export interface DomainReadiness {
  /** As {@link domainStatus} counts it. */
  readonly status: ReportStatus | "Not assessed";
  /** See {@link overrideWithoutReason}. */
  readonly overrideWithoutReason: boolean;
}

/**
 * Whether a force's report is ready to publish, the one rule for `ra publish`, `ra status` and the task
 * pane's programme view: every graded domain Final ({@link leastAdvanced} is Final, so no comment waits
 * for a response) and no final grade that differs from the recommendation without a reason. No
 * domains: not ready.
 */
export function readyToPublish(domains: readonly DomainReadiness[]): boolean {
  return leastAdvanced(domains.map((d) => d.status)) === "Final" && !domains.some((d) => d.overrideWithoutReason);
}

/**
 * A decision made in a face (the task pane's wizard or Report view) that is not yet in the workbook: for
 * a force and domain, the final grade, override reason and status; a field left undefined keeps what the
 * Assessment sheet says.
 */
export interface DecisionMade {
  readonly force: string;
  readonly domain: string;
  readonly finalGrade?: string;
  readonly reason?: string;
  readonly status?: string;
}

/**
 * The decisions of the Assessment sheet with decisions made in a face laid over them (by
 * {@link decisionKey}): the fields given replace what the sheet says; a force and domain with no row
 * gets one (its other cells blank). The sheet's map is not changed.
 */
export function withDecisionsMade(decisions: ReadonlyMap<string, Decision>, made: readonly DecisionMade[]): ReadonlyMap<string, Decision> {
  if (made.length === 0) return decisions;
  const out = new Map(decisions);
  for (const m of made) {
    const key = decisionKey(m.force, m.domain);
    const was = out.get(key) ?? { recommended: "", finalGrade: "", reason: "", assessor: "", date: "", status: "" };
    out.set(key, {
      ...was,
      ...(m.finalGrade !== undefined ? { finalGrade: m.finalGrade.trim() } : {}),
      ...(m.reason !== undefined ? { reason: m.reason.trim() } : {}),
      ...(m.status !== undefined ? { status: m.status.trim() } : {}),
    });
  }
  return out;
}
