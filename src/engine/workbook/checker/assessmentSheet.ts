import { reportStatusOf } from "../../assessment/decisions";
import { closestForceName, normaliseWords } from "../../forces/names";
import { issue, type Issue, type Severity } from "../../result";
import { outputTableSpec } from "../outputTemplate";
import { findTable, type WorkbookSnapshot } from "../snapshot";
import { cellPath, isBlankRow, locate, textOf, valueAt } from "./context";

/**
 * Checks the decisions people wrote in the Assessment sheet (the add-in's output sheet), row by row:
 * a final grade that is not exactly a grade of the Scale (`unknown-grade`, with the closest grade:
 * "Excelent" and "good" suggest "Excellent" and "Good"); a final grade that differs from the
 * recommendation with no override reason (`override-without-reason`); a status that is not Draft,
 * Shared for comment or Final (`unknown-status`, a warning: it is read as Draft). On a row marked Final
 * the first two are errors, as the row would be published; on other rows they are warnings.
 * `grades` are the Scale's grades; with none, final grades are not checked against them.
 */
export function checkAssessmentSheet(snapshot: WorkbookSnapshot, grades: readonly string[]): Issue[] {
  const spec = outputTableSpec("Assessment");
  const table = findTable(snapshot, "Assessment");
  if (!spec || !table) return [];
  const loc = locate(spec, table);
  const issues: Issue[] = [];
  loc.table.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const text = (column: string) => textOf(valueAt(loc, row, column)) ?? "";
    const force = text("Force");
    const domain = text("Domain");
    const status = text("Status");
    const known = reportStatusOf(status);
    if (status !== "" && !known) issues.push(issue("unknown-status", cellPath(loc, index, "Status"), { force, domain, value: status }));
    const severity: Severity = known === "Final" ? "error" : "warning";
    const finalGrade = text("Final grade");
    if (finalGrade === "") return;
    if (grades.length > 0 && !grades.some((g) => g.trim() === finalGrade)) {
      const suggestion = closestForceName(finalGrade, grades);
      const label = `The final grade for ${force}, ${domain},`;
      issues.push(issue("unknown-grade", cellPath(loc, index, "Final grade"), { label, value: finalGrade, choices: grades.join(", "), ...(suggestion ? { suggestion } : {}) }, severity));
      return;
    }
    const recommended = text("Recommended grade");
    if (normaliseWords(finalGrade) !== normaliseWords(recommended) && text("Override reason") === "") {
      issues.push(issue("override-without-reason", cellPath(loc, index, "Override reason"), { force, domain, final: finalGrade, recommended }, severity));
    }
  });
  return issues;
}
