import type { Issue } from "../result";
import { enGB } from "./en-GB";

/** The plain-English message for an issue, with where it is when known. */
export function describeIssue(issue: Issue): string {
  return enGB[issue.code].message(issue.params);
}

/** How to put an issue right, in plain English. */
export function fixFor(issue: Issue): string {
  return enGB[issue.code].fix(issue.params);
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
