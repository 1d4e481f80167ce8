import { issue, type Issue } from "../result";
import { checkWorkbook } from "../workbook/checker";
import type { WorkbookSnapshot } from "../workbook/snapshot";

/**
 * Why a workbook cannot take part in a merge (`merge-not-a-copy`, naming the first error's sheet and
 * cell and how many errors there are), or undefined when the checker finds no error in it. Warnings
 * do not stop a merge.
 */
export function whyNotMergeable(file: string, snapshot: WorkbookSnapshot): Issue | undefined {
  const errors = checkWorkbook(snapshot).filter((f) => f.severity === "error");
  const [first] = errors;
  if (!first) return undefined;
  return issue("merge-not-a-copy", {}, { file, count: errors.length, first: `${first.cell ? `${first.sheet}!${first.cell}` : first.sheet}: ${first.message}` });
}
