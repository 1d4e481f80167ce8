import { normaliseForceName } from "../../forces/names";
import { issue, warning, type Issue } from "../../result";
import type { WorkbookSnapshot } from "../snapshot";
import { checkAbout, checkYearHasData } from "./about";
import { checkAssessmentSheet } from "./assessmentSheet";
import { checkPercentScale } from "./percentages";
import { checkCell, checkDenominatorPresence } from "./cells";
import { isBlankRow, textOf, valueAt, type CheckContext, type LocatedTable } from "./context";
import { dataSetById } from "../../catalogue/dataSets";
import type { CellValue } from "../snapshot";
import { checkActions, checkDetections, checkWelshFlags, checkDuplicates, checkPeers, checkPopulation, checkSamples, checkYears } from "./crossChecks";
import { compareFindings, toFinding, type Finding } from "./findings";
import { locateTables } from "./structure";

/** Appends without spreading (a spread of a very long list overflows the call stack). */
function add(to: Issue[], from: readonly Issue[]): void {
  for (const i of from) to.push(i);
}

function forcesOf(loc: LocatedTable | undefined): Map<string, string> {
  const known = new Map<string, string>();
  if (!loc) return known;
  for (const row of loc.table.rows) {
    const name = textOf(valueAt(loc, row, "Force"));
    if (name && typeof valueAt(loc, row, "Force") === "string" && !known.has(normaliseForceName(name))) known.set(normaliseForceName(name), name);
  }
  return known;
}

function gradesOf(loc: LocatedTable | undefined): string[] {
  if (!loc) return [];
  return loc.table.rows.map((r) => textOf(valueAt(loc, r, "Grade"))).filter((g): g is string => g !== undefined);
}

const figureKinds = new Set(["count", "positive-count", "amount", "positive-amount", "percentage", "numerator", "denominator", "design-effect"]);

/**
 * A bad or blank figure cell in one force's row of Data, Finance or Survey is a warning, not an error:
 * that row's figures are missing for that force and year (the assessment leaves them out, with the
 * group average over the peers available) and the other forces are assessed as usual. The finding
 * says what is left out (`leftOut`). Structural faults (a missing sheet or column, an unknown force or
 * data set, a duplicate row, a bad year) stay errors.
 */
function figureLeftOut(loc: LocatedTable, row: readonly CellValue[], kind: string, found: readonly Issue[]): readonly Issue[] {
  if (found.length === 0 || !["Data", "Finance", "Survey"].includes(loc.spec.name) || !figureKinds.has(kind)) return found;
  const force = textOf(valueAt(loc, row, "Force")) ?? "this force";
  const year = textOf(valueAt(loc, row, "Year")) ?? "this year";
  const dataSet = loc.spec.name === "Finance" ? undefined : dataSetById(textOf(valueAt(loc, row, "Data set id")) ?? "");
  const what = dataSet ? `${dataSet.name.toLowerCase()} for ${force} in ${year}` : `the value-for-money figures that use this cell for ${force} in ${year}`;
  return found.map((i) => (i.severity === "error" ? { ...i, severity: "warning" as const, params: { ...i.params, leftOut: what, leftOutMany: dataSet ? 0 : 1 } } : i));
}

/**
 * Checks a workbook against the template and for sanity, before anything is graded. Gives every
 * finding with its severity, code, sheet and A1 cell, message and fix, sorted by sheet (template
 * order), row and column. Blank rows are skipped. See the README for the list of codes.
 *
 * Errors: missing sheet, table or column; template version missing, older or newer; text, Excel errors
 * or blanks where numbers are needed, outside a force's figures; negative or fractional counts;
 * percentages outside 0-100; zero population or households; years not written as 2008/09; unknown forces (with the
 * closest name), data sets and choices; duplicate rows; a force as its own peer; merged cells on an
 * input sheet; a formula saved with no result; an assessment year with no figures in Data, Finance or
 * Survey (then no missing-year warnings are given). Warnings also: a hidden or very hidden input
 * sheet; a value outside its sheet's table; a Survey percentage that looks like a fraction (0.401 for
 * 40.1). The Assessment sheet, when there is one: a final grade not on the Scale (with the closest),
 * a final grade that differs from the recommendation with no reason, an unknown status; errors on
 * rows marked Final (they would be published), warnings on the others.
 * Warnings: a bad or blank figure in one force's row of Data, Finance or Survey (text, an Excel error,
 * a negative or fractional count, a percentage outside 0-100, a zero FTE or tax base: that figure is
 * missing for the force, see figureLeftOut); a table renamed by hand; missing years for direction of travel; detections above
 * offences; a population changing more than 10% in a year; a survey sample under 100; an area needing
 * improvement with no action recorded; a CAA flag for a Welsh force (ignored: the CAA covered England only). Info: an unknown rule id.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot): Finding[] {
  const issues: Issue[] = [];
  const tables = locateTables(snapshot, issues);
  const assessmentYear = checkAbout(tables.get("About"), issues);
  const ctx: CheckContext = { tables, knownForces: forcesOf(tables.get("Forces")), assessmentYear, grades: gradesOf(tables.get("Scale")) };

  for (const loc of tables.values()) {
    const columns = loc.spec.name === "About" ? [] : loc.spec.columns.filter((c) => (loc.columnAt.get(c.name) ?? -1) >= 0);
    loc.table.rows.forEach((row, index) => {
      if (isBlankRow(row)) return;
      for (const column of columns) add(issues, figureLeftOut(loc, row, column.kind, checkCell(ctx, loc, index, row, column)));
      if (loc.spec.name === "Data") add(issues, figureLeftOut(loc, row, "denominator", checkDenominatorPresence(loc, index, row)));
    });
    add(issues, checkDuplicates(loc));
  }
  const msg = tables.get("MSG");
  if (msg) add(issues, checkPeers(msg));
  const noData = checkYearHasData(tables.get("About"), assessmentYear, ["Data", "Finance", "Survey"].map((n) => tables.get(n)));
  if (noData) issues.push(noData);
  for (const name of noData ? [] : ["Data", "Survey"]) {
    const loc = tables.get(name);
    if (loc) add(issues, checkYears(ctx, loc));
  }
  const data = tables.get("Data");
  if (data) add(issues, checkDetections(data));
  const forces = tables.get("Forces");
  if (forces) add(issues, checkPopulation(forces));
  const survey = tables.get("Survey");
  if (survey) add(issues, checkSamples(survey));
  if (survey) add(issues, checkPercentScale(survey));
  add(issues, checkAssessmentSheet(snapshot, ctx.grades));
  const evidence = tables.get("Evidence");
  if (evidence) add(issues, checkActions(evidence, tables.get("Actions"), tables.get("Rules")));
  if (evidence) add(issues, checkWelshFlags(evidence));
  for (const hidden of snapshot.hiddenSheets ?? []) issues.push(warning("sheet-hidden", { sheet: hidden.sheet, cell: "A1" }, { sheet: hidden.sheet, state: hidden.state }));
  for (const stray of snapshot.strayCells ?? []) issues.push(warning("cell-outside-table", { sheet: stray.sheet, cell: stray.cell }, { sheet: stray.sheet, cell: stray.cell }));
  for (const merged of snapshot.mergedRanges ?? []) {
    issues.push(issue("merged-cells", { sheet: merged.sheet, cell: merged.range.split(":")[0] ?? merged.range }, { sheet: merged.sheet, range: merged.range }));
  }

  return issues.map(toFinding).sort(compareFindings);
}

export { compareFindings, countBySeverity, toFinding, type Finding } from "./findings";
