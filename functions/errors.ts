import type { IssueCode } from "../src/engine/messages/codes";
import { describeIssue } from "../src/engine/messages/describe";
import type { Issue, Result } from "../src/engine/result";
import { excelError, type ExcelErrorCode, type FunctionError } from "./runtime";

/**
 * The one table from the engine's issue codes to Excel's errors: a wrong type is #VALUE!, dividing by
 * nought #DIV/0!, a force or figure not found #N/A, a value out of range #NUM!. Codes the functions
 * cannot meet (the workbook checker's) give #VALUE!.
 */
const excelErrorFor: Partial<Record<IssueCode, ExcelErrorCode>> = {
  "not-a-number": "#VALUE!",
  "unknown-option": "#VALUE!",
  "unknown-data-set": "#VALUE!",
  "not-a-grading-rule": "#VALUE!",
  "lengths-differ": "#VALUE!",
  "duplicate-force": "#VALUE!",
  "error-value": "#VALUE!",
  "peer-not-a-force": "#VALUE!",
  "year-needed": "#VALUE!",
  "order-is-boolean": "#VALUE!",
  "two-groups-needed": "#VALUE!",
  "level-looks-like-alpha": "#NUM!",
  "percentage-as-fraction": "#NUM!",
  "not-graded": "#VALUE!",
  "zero-denominator": "#DIV/0!",
  "blank-value": "#N/A",
  "no-data": "#N/A",
  "force-not-in-group": "#N/A",
  "force-not-found": "#N/A",
  "empty-group": "#N/A",
  "fewer-than-three-years": "#N/A",
  "nothing-to-grade": "#N/A",
  "negative-count": "#NUM!",
  "zero-count": "#NUM!",
  "fractional-count": "#NUM!",
  "negative-value": "#NUM!",
  "out-of-range": "#NUM!",
  "not-enough-forces": "#NUM!",
  "result-too-large": "#NUM!",
  "no-lowest-grade": "#NUM!",
};

/** Excel's error for an issue, carrying its plain-English message (Excel shows it where it can). */
export function errorForIssue(issue: Issue): FunctionError {
  const message = describeIssue(issue);
  const force = issue.path.force;
  const named = force && !message.includes(force) ? `${force}: ${message}` : message;
  return excelError(excelErrorFor[issue.code] ?? "#VALUE!", named);
}

/**
 * The value of a result, or else Excel's error for its first issue, thrown as Excel expects from a
 * custom function (in Node, the stand-in error with the same `code`). Warnings do not stop a value.
 */
export function valueOrThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const first = result.issues[0];
  throw first ? errorForIssue(first) : excelError("#VALUE!");
}
