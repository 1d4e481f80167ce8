import type { Issue, IssueCode, IssueParams } from "../result";
import { enGB, type Face } from "./en-GB";

/** A catalogue entry read with an issue's facts as stored (method parameters, so each code's narrower entry fits). */
interface StoredEntry {
  message(p: IssueParams): string;
  fix(p: IssueParams, face: Face): string;
}

/**
 * The catalogue as issues are read: the facts were checked against each code when its issue was made
 * (see `issue` in result.ts), so this is the one place they are read as the stored record.
 */
const stored: Readonly<Record<IssueCode, StoredEntry>> = enGB;

function entryOf(code: IssueCode): StoredEntry {
  return stored[code];
}

/**
 * The plain-English message for an issue. A bad figure the assessment leaves out (param `leftOut`, see
 * the checker) says so: "Until it is put right, robbery for Kent in 2008/09 is left out; the other
 * forces are assessed as usual."
 */
export function describeIssue(issue: Issue): string {
  const message = entryOf(issue.code).message(issue.params);
  const leftOut = issue.params.leftOut;
  return typeof leftOut === "string" && leftOut !== "" ? `${message} Until it is put right, ${leftOut} ${issue.params.leftOutMany === 1 ? "are" : "is"} left out; the other forces are assessed as usual.` : message;
}

/** How to put an issue right, in plain English, in the words of the face it is shown in. */
export function fixFor(issue: Issue, face: Face): string {
  return entryOf(issue.code).fix(issue.params, face);
}

/** Where an issue is, in words ("sheet Data, cell D7"), or "" when nothing is known. */
export function describeWhere(issue: Issue): string {
  const p = issue.path;
  const parts: string[] = [];
  if (p.sheet) parts.push(`sheet ${p.sheet}`);
  if (p.cell) parts.push(`cell ${p.cell}`);
  else if (p.row !== undefined) parts.push(`row ${p.row}${p.column ? `, column ${p.column}` : ""}`);
  if (p.force && !p.cell) parts.push(p.force);
  if (p.year && !p.cell) parts.push(p.year);
  return parts.join(", ");
}
