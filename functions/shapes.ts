import { readSettings, type AssessmentInputs, type AssessmentSettings, type DataSetAssessment } from "../src/engine/assessment";
import { dataSetById } from "../src/engine/catalogue/dataSets";
import type { DataSet } from "../src/engine/catalogue/types";
import { defaultGradingRules, rulesFromTable } from "../src/engine/grading";
import type { InputValue } from "../src/engine/input";
import { all, andThen, failure, issue, mapResult, success, type Result } from "../src/engine/result";
import type { Estimate } from "../src/engine/stats/interval";
import { cell, cellsOf, name, sameLength, table } from "./arguments";
import { settingsArgument } from "./choices";
import { errorForIssue } from "./errors";
import { excelError, type FunctionError } from "./runtime";
import { inputsOf, templateRows } from "./tables";

/** An optional text argument (a year): undefined when omitted or blank. */
export function optionalText(value: unknown): string | undefined {
  return value === null || value === undefined || String(value).trim() === "" ? undefined : String(value).trim();
}

type Limit = "both" | "lower" | "upper";

/** The limits asked for, as one row. */
export function limits(estimate: Estimate, which: Limit): number[] {
  return which === "both" ? [estimate.lower, estimate.upper] : [estimate[which]];
}

const isBlank = (v: unknown) => v === null || v === undefined || v === "" || v === 0;

/**
 * Two arguments that are single cells or columns of the same length, worked out row by row: one
 * result row each, an error row (Excel's error with its reason) where that row's figures are wrong,
 * so one bad row does not hide the others. Trailing blank rows (a whole-column reference) are dropped.
 */
export function pairedRows(first: unknown, second: unknown, firstLabel: string, secondLabel: string, width: number, work: (a: InputValue, b: InputValue) => Result<number[]>): (number | FunctionError)[][] {
  return rowsOf([[first, firstLabel], [second, secondLabel]], width, ([a = null, b = null]) => work(a, b));
}

/**
 * Arguments that are single cells or columns of the same length (a single cell goes with every row),
 * worked out row by row as {@link pairedRows} does.
 */
export function rowsOf(ranges: readonly (readonly [unknown, string])[], width: number, work: (values: readonly InputValue[]) => Result<number[]>): (number | FunctionError)[][] {
  const asCells = (v: unknown, label: string) => (Array.isArray(v) ? cellsOf(v, label) : success([v]));
  const read = throwIfFailed(all(ranges.map(([range, label]) => asCells(range, label))));
  const length = Math.max(...read.map((r) => r.length));
  const columns = read.map((r) => (r.length === 1 ? new Array<unknown>(length).fill(r[0]) : r));
  columns.forEach((c, i) => throwIfFailed(sameLength(columns[0] ?? [], c, ranges[0]?.[1] ?? "", ranges[i]?.[1] ?? "")));
  let end = length;
  while (end > 1 && columns.every((c, i) => read[i]?.length === 1 || isBlank(c[end - 1]))) end -= 1;
  const rows: (number | FunctionError)[][] = [];
  for (let i = 0; i < end; i++) {
    const result = andThen(all(columns.map((c, j) => cell(c[i], ranges[j]?.[1] ?? ""))), work);
    if (result.ok) rows.push(result.value);
    else if (end === 1) throwIfFailed(result);
    else {
      const error = errorForIssue(result.issues[0] ?? issue("not-a-number", {}, { value: "" }));
      rows.push(new Array<FunctionError>(width).fill(excelError(error.code, `Row ${i + 1}: ${error.message ?? ""}`)));
    }
  }
  return rows;
}

function throwIfFailed<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw errorForIssue(result.issues[0] ?? issue("not-a-number", {}, { value: "" }));
}

/** A data set id argument. */
export function dataSetArgument(value: unknown): Result<DataSet> {
  return andThen(name(value, "The data set id"), (id) => {
    const found = dataSetById(id.trim().toLowerCase());
    return found ? success(found) : failure(issue("unknown-data-set", { argument: "The data set id" }, { value: id }));
  });
}

/** The template's tables a comparison needs, read as the assessment reads them. */
export function assessmentTables(dataSet: DataSet, figures: unknown, forces: unknown, msg: unknown): Result<AssessmentInputs> {
  const key = [dataSet.table, figures, forces, msg];
  const known = typeof figures === "object" && figures !== null ? madeInputs.get(figures)?.find((m) => m.key.every((k, i) => k === key[i])) : undefined;
  if (known) return known.inputs;
  const inputs = readAssessmentTables(dataSet, figures, forces, msg);
  if (typeof figures === "object" && figures !== null) madeInputs.set(figures, [...(madeInputs.get(figures) ?? []).slice(-3), { key, inputs }]);
  return inputs;
}

/** Inputs already made from the same arrays, so that the assessment's own memo of figures serves repeated calls. */
const madeInputs = new WeakMap<object, { key: unknown[]; inputs: Result<AssessmentInputs> }[]>();

function readAssessmentTables(dataSet: DataSet, figures: unknown, forces: unknown, msg: unknown): Result<AssessmentInputs> {
  const read = all([templateRows(figures, dataSet.table), templateRows(forces, "Forces"), templateRows(msg, "MSG")] as const);
  return mapResult(read, ([rows, forceRows, msgRows]) => {
    const key = dataSet.table === "Data" ? "data" : dataSet.table === "Finance" ? "finance" : "survey";
    return inputsOf({ [key]: rows, forces: forceRows, msg: msgRows });
  });
}

/** A force argument that may be one name or a column of names. */
export function forceColumn(value: unknown): Result<readonly string[]> {
  if (!Array.isArray(value)) return mapResult(name(value, "The force"), (f) => [f]);
  return andThen(cellsOf(value, "The forces"), (cells) => {
    const names = cells.filter((c) => !isBlank(c));
    return all(names.map((c) => name(c, "A force")));
  });
}

export const comparisonHeadings = ["Figure", "Lower", "Upper", "Group average", "Rank", "Of", "Position", "Direction"] as const;

const orBlank = (v: number | string | null | undefined): number | string => (v === null || v === undefined ? "" : v);

/** A Profile row as the functions spill it; a force with no figure gives its reason in the Position column. */
export function comparisonRow(a: DataSetAssessment): (string | number)[] {
  const position = a.position?.label ?? (a.issues[0] ? `Not compared: ${errorForIssue(a.issues[0]).message ?? ""}` : "");
  return [orBlank(a.figure?.estimate), orBlank(a.figure?.lower), orBlank(a.figure?.upper), orBlank(a.msgAverage), orBlank(a.rank?.rank), orBlank(a.rank?.of), position, a.direction?.label ?? ""];
}

/** A figure shown in a spill: blank as "" (a spill cannot hold an empty cell). */
export function shown(value: InputValue | undefined): string | number {
  return value === null || value === undefined || typeof value === "boolean" ? "" : value;
}

/**
 * GRADE's rules argument: the Rules table as it is (Rule id, Description, Value: every setting the
 * assessment reads) or the older two-column list of grading rules (name, points).
 */
export function gradeSettings(rules: unknown): Result<AssessmentSettings> {
  if (rules === null || rules === undefined) return settingsArgument(rules);
  const rows = Array.isArray(rules) ? rules : [[rules]];
  const width = Math.max(0, ...rows.map((r) => (Array.isArray(r) ? r.length : 1)));
  if (width >= 3) return settingsArgument(rules);
  const base = readSettings(inputsOf({}));
  return mapResult(andThen(table(rules, "The rules"), rulesFromTable), (grading) => ({ ...base, grading: grading ?? defaultGradingRules }));
}
