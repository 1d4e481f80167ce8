import { describeIssue, fixFor } from "../../messages/describe";
import type { Face } from "../../messages/en-GB";
import type { Issue } from "../../result";
import { parseAddress } from "../snapshot";
import { inputSheets } from "../template";

/**
 * A checker finding: an issue with its sheet and A1 cell (null when the finding is about a whole sheet
 * that is missing), and the plain-English message and fix from the message catalogue, the fix in the
 * words of each face (the task pane's steps, the command's commands).
 */
export interface Finding extends Issue {
  readonly sheet: string;
  readonly cell: string | null;
  readonly message: string;
  readonly fix: Readonly<Record<Face, string>>;
}

/** An issue as a finding, with its message and fix. */
export function toFinding(issue: Issue): Finding {
  return {
    ...issue,
    sheet: issue.path.sheet ?? "",
    cell: issue.path.cell ?? null,
    message: describeIssue(issue),
    fix: { pane: fixFor(issue, "pane"), cli: fixFor(issue, "cli") },
  };
}

function sheetOrder(sheet: string): number {
  const i = inputSheets.indexOf(sheet);
  return i < 0 ? inputSheets.length : i;
}

/** Orders findings by sheet (template order, then others by name), row, column, then code. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySheet = sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.sheet.localeCompare(b.sheet, "en-GB");
  if (bySheet !== 0) return bySheet;
  const pa = a.cell ? parseAddress(a.cell) : { row: 0, column: 0 };
  const pb = b.cell ? parseAddress(b.cell) : { row: 0, column: 0 };
  return pa.row - pb.row || pa.column - pb.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message, "en-GB");
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
