import { excelErrorOf } from "../src/engine/messages/codes";
import { describeIssue } from "../src/engine/messages/describe";
import type { Issue, Result } from "../src/engine/result";
import { excelError, type FunctionError } from "./runtime";

/**
 * Excel's error for an issue, from the engine's code table (a wrong type is #VALUE!, dividing by nought
 * #DIV/0!, a force or figure not found #N/A, a value out of range #NUM!), carrying its plain-English
 * message (Excel shows it where it can).
 */
export function errorForIssue(issue: Issue): FunctionError {
  const message = describeIssue(issue);
  const force = issue.path.force;
  const named = force && !message.includes(force) ? `${force}: ${message}` : message;
  return excelError(excelErrorOf(issue.code), named);
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
