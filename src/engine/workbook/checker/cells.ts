import { dataSetById, forcesColumnOf } from "../../catalogue/dataSets";
import type { DataSet } from "../../catalogue/types";
import { closestForceName } from "../../forces/names";
import { readAmount, readCount, readCountDivisor, readDivisor, readNumber, readPositive, type InputName } from "../../input";
import { issue, issuesOf, type Issue, type IssuePath } from "../../result";
import type { ColumnSpec } from "../schema";
import { isCellError, type CellValue } from "../snapshot";
import { isFinancialYear } from "../years";
import { cellPath, knownForce, noteAt, textOf, valueAt, type CheckContext, type LocatedTable } from "./context";
import { checkRuleValue } from "./rules";

/** Data sets whose denominator comes from the Forces table (population or households). */
export function denominatorFromForces(ds: DataSet): boolean {
  return forcesColumnOf(ds) !== null;
}

/** The allowed range of a survey percentage: 0 to 100, or -100 to 100 for a gap in points. */
export function percentageRange(ds: DataSet | undefined): { low: number; high: number } {
  return ds?.id === "comparative-satisfaction" ? { low: -100, high: 100 } : { low: 0, high: 100 };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The data set named on a row (Data or Survey), if known. */
export function rowDataSet(loc: LocatedTable, row: readonly CellValue[]): DataSet | undefined {
  const id = textOf(valueAt(loc, row, "Data set id"));
  return id === undefined ? undefined : dataSetById(id);
}

/**
 * Checks one cell by its column's kind, with the engine's input rules (a blank is never 0): text,
 * Excel errors or blanks where numbers are needed, negative or fractional counts, zero divisors,
 * percentages outside 0-100, years not written as 2008/09, unknown forces (with a closest-name
 * suggestion), data sets and choices.
 */
export function checkCell(ctx: CheckContext, loc: LocatedTable, rowIndex: number, row: readonly CellValue[], column: ColumnSpec): readonly Issue[] {
  const value = valueAt(loc, row, column.name);
  if (value === undefined) return [];
  const path: IssuePath = cellPath(loc, rowIndex, column.name);
  const name: InputName = { label: column.name, path };
  if (isCellError(value)) return [issue("error-value", path, { label: column.name, value: value.error })];
  const formula = noteAt(loc, rowIndex, column.name)?.formulaWithoutResult;
  if (formula !== undefined) return [issue("formula-without-result", path, { label: column.name, sheet: loc.table.sheet, cell: path.cell ?? "", formula })];
  const blank = value === null || (typeof value === "string" && value.trim() === "");
  if (blank) {
    if (!column.required) return [];
    const numeric = !["text", "force", "year", "data-set", "choice"].includes(column.kind);
    return numeric
      ? issuesOf(readNumber(null, name, lowerFirst(column.description)))
      : [issue("blank-text", path, { label: column.name, expected: lowerFirst(column.description) })];
  }
  switch (column.kind) {
    case "text":
      return [];
    case "force": {
      if (typeof value !== "string") return [issue("not-a-number", path, { label: column.name, value: String(value), expected: "a force name" })];
      if (loc.spec.name === "Forces" || ctx.knownForces.size === 0 || knownForce(ctx, value)) return [];
      const suggestion = closestForceName(value, [...ctx.knownForces.values()]);
      return [issue("force-not-found", path, suggestion ? { force: value.trim(), where: "the Forces table", suggestion } : { force: value.trim(), where: "the Forces table" })];
    }
    case "year":
      return isFinancialYear(typeof value === "string" ? value.trim() : value) ? [] : [issue("bad-year", path, { label: column.name, value: String(value) })];
    case "data-set": {
      const id = String(value).trim();
      const ds = dataSetById(id);
      if (!ds) return [issue("unknown-data-set", path, { value: id })];
      return ds.table === loc.spec.name ? [] : [issue("data-set-wrong-table", path, { value: id, table: loc.spec.name, rightTable: ds.table })];
    }
    case "choice": {
      const choices = column.choices ?? [];
      const text = String(value).trim().toLowerCase();
      return choices.some((c) => c.toLowerCase() === text) ? [] : [issue("unknown-option", path, { label: column.name, value: String(value), choices: choices.join(", ") })];
    }
    case "count":
      return issuesOf(readCount(value, name));
    case "positive-count":
      return issuesOf(readCountDivisor(value, name, `figures per head for ${textOf(valueAt(loc, row, "Force")) ?? "this force"}`));
    case "amount":
      return issuesOf(readAmount(value, name));
    case "positive-amount":
      return issuesOf(readDivisor(value, name, `cost for ${textOf(valueAt(loc, row, "Force")) ?? "this force"}`));
    case "percentage": {
      const n = readNumber(value, name, "a percentage");
      if (!n.ok) return [...n.issues];
      const { low, high } = percentageRange(rowDataSet(loc, row));
      return n.value < low || n.value > high ? [issue("out-of-range", path, { label: column.name, value: n.value, range: `from ${low} to ${high}` })] : [];
    }
    case "numerator": {
      const ds = rowDataSet(loc, row);
      if (!ds) return issuesOf(readAmount(value, name));
      const label = { label: ds.numerator.label, path };
      return issuesOf(ds.numerator.kind === "count" ? readCount(value, label) : readAmount(value, label));
    }
    case "denominator": {
      const ds = rowDataSet(loc, row);
      const label = { label: ds?.denominator?.label ?? column.name, path };
      return issuesOf(readCountDivisor(value, label, ds ? ds.name.toLowerCase() : "rate"));
    }
    case "design-effect":
      return issuesOf(readPositive(value, name));
    case "rule-value":
      return checkRuleValue(ctx, textOf(valueAt(loc, row, "Rule id")), value, path);
  }
}

/**
 * A required-by-data-set denominator that is blank: detection rates need the offences behind them
 * (rates per population or households take the denominator from Forces, so it may be blank).
 */
export function checkDenominatorPresence(loc: LocatedTable, rowIndex: number, row: readonly CellValue[]): readonly Issue[] {
  const ds = rowDataSet(loc, row);
  const value = valueAt(loc, row, "Denominator");
  if (!ds || value === undefined || ds.denominator === null || denominatorFromForces(ds)) return [];
  if (value !== null && !(typeof value === "string" && value.trim() === "")) return [];
  return issuesOf(readNumber(null, { label: ds.denominator.label, path: cellPath(loc, rowIndex, "Denominator") }, `the ${ds.denominator.label.toLowerCase()} behind the rate`));
}
