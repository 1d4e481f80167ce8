import { isSurveyGap } from "../src/engine/assessment/figures";
import { dataSetById } from "../src/engine/catalogue/dataSets";
import type { Polarity, Statistic } from "../src/engine/catalogue/types";
import { normaliseWords } from "../src/engine/forces/names";
import { readNumber, type InputValue } from "../src/engine/input";
import { failure, issue, success, type Issue, type Result } from "../src/engine/result";
import { isFunctionError } from "./runtime";

/**
 * Every argument passes through here, so one set of rules holds for all functions:
 * - an empty cell reaches a function as null (Excel on the web) or, for a single cell, as 0 (Excel on
 *   the desktop, which cannot be told from a real 0); null and "" are read as blank, never as 0;
 * - an omitted optional argument arrives as null and takes its default;
 * - a range arrives as rows of cells, and Excel passes an empty cell inside it as 0: in a range of
 *   names or words (forces, peers, positions) a 0 is read as blank; in a range of figures it cannot be
 *   told from a real 0, so an empty population gives #DIV/0! and an empty count counts as 0 (the
 *   workbook checker finds such blanks);
 * - an Excel error inside a range (#N/A, #DIV/0! ...) stops the function with #VALUE!, naming the error:
 *   errors are never skipped silently;
 * - numbers stay numbers; text is trimmed and never read as a number ("12" is text).
 * A `label` given as a function is made only for a message (a row's label, read for every row).
 */
export function cell(value: unknown, label: string | (() => string)): Result<InputValue> {
  const read = readCell(value);
  return read === invalid ? failure(cellIssue(value, typeof label === "string" ? label : label())) : success(read);
}

const invalid = Symbol("invalid");

function readCell(value: unknown): InputValue | typeof invalid {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  return invalid;
}

function cellIssue(value: unknown, label: string): Issue {
  return isFunctionError(value)
    ? issue("error-value", { argument: label }, { label, value: value.code })
    : issue("not-a-number", { argument: label }, { label, value: String(value) });
}

/** Reads many cells in one pass: one result, with an issue for each cell that cannot be read. */
function readCells(cells: readonly unknown[], label: string, blankZero: boolean): Result<readonly InputValue[]> {
  const values: InputValue[] = new Array<InputValue>(cells.length);
  let issues: Issue[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const read = readCell(cells[i]);
    if (read === invalid) (issues ??= []).push(cellIssue(cells[i], label));
    else values[i] = blankZero && read === 0 ? null : read;
  }
  return issues ? failure(issues) : success(values);
}

/** An optional number: its default when omitted (null), otherwise a finite number. */
export function optionalNumber(value: unknown, fallback: number, label: string): Result<number> {
  if (value === null || value === undefined) return success(fallback);
  const read = cell(value, label);
  return read.ok ? readNumber(read.value, { label }) : read;
}

/** An optional TRUE/FALSE: its default when omitted; 1 and 0 are accepted as Excel does. */
export function optionalBoolean(value: unknown, fallback: boolean, label: string): Result<boolean> {
  if (value === null || value === undefined || value === "") return success(fallback);
  if (typeof value === "boolean") return success(value);
  if (value === 1 || value === 0) return success(value === 1);
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return success(value.trim().toLowerCase() === "true");
  return failure(issue("unknown-option", { argument: label }, { label, value: String(value), choices: "TRUE, FALSE" }));
}

/** A name (a force, a data set): non-blank text; a number is taken as its digits. */
export function name(value: unknown, label: string): Result<string> {
  const read = cell(value, label);
  if (!read.ok) return read;
  if (read.value === null) return failure(issue("blank-value", { argument: label }, { label, expected: "a name" }));
  return success(String(read.value));
}

function asRows(range: unknown): readonly (readonly unknown[])[] {
  if (Array.isArray(range)) return range.map((row) => (Array.isArray(row) ? row : [row]));
  return [[range]];
}

/** The cells of a single row or column, unread (errors and all), in order. */
export function cellsOf(range: unknown, label: string): Result<readonly unknown[]> {
  if (!Array.isArray(range)) return success([range]);
  if (range.length === 1) return success(Array.isArray(range[0]) ? (range[0] as unknown[]) : range);
  // One pass over a column (the common case: a table column of 43 forces, or a whole column).
  const cells = new Array<unknown>(range.length);
  let width = 0;
  for (let i = 0; i < range.length; i++) {
    const row: unknown = range[i];
    const length = Array.isArray(row) ? row.length : 1;
    if (length > width) width = length;
    cells[i] = Array.isArray(row) ? row[0] : row;
  }
  return width <= 1 ? success(cells) : failure(issue("not-a-list", { argument: label }, { label, rows: range.length, columns: width }));
}

function readList(range: unknown, label: string, blankZero: boolean): Result<readonly InputValue[]> {
  const cells = cellsOf(range, label);
  return cells.ok ? readCells(cells.value, label, blankZero) : cells;
}

function readTable(range: unknown, label: string, blankZero: boolean): Result<readonly (readonly InputValue[])[]> {
  const rows = asRows(range);
  const values: (readonly InputValue[])[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const read = readCells(row, label, blankZero);
    if (read.ok) values.push(read.value);
    else issues.push(...read.issues);
  }
  return issues.length > 0 ? failure(issues) : success(values);
}

/** A single row or column of cells, in order; one cell counts as a list of one. */
export function list(range: unknown, label: string): Result<readonly InputValue[]> {
  return readList(range, label, false);
}

/** A block of cells, row by row. */
export function table(range: unknown, label: string): Result<readonly (readonly InputValue[])[]> {
  return readTable(range, label, false);
}

/** A row or column of names or words: Excel's 0 for an empty cell is read as blank. */
export function wordList(range: unknown, label: string): Result<readonly InputValue[]> {
  return readList(range, label, true);
}

/** A block of names or words, row by row: Excel's 0 for an empty cell is read as blank. */
export function wordTable(range: unknown, label: string): Result<readonly (readonly InputValue[])[]> {
  return readTable(range, label, true);
}

/** Two lists that must pair up one to one (forces with their figures). */
export function sameLength(
  first: readonly unknown[],
  second: readonly unknown[],
  firstLabel: string,
  secondLabel: string,
): Result<true> {
  return first.length === second.length
    ? success(true)
    : failure(issue("lengths-differ", {}, { first: firstLabel, firstLength: first.length, second: secondLabel, secondLength: second.length }));
}

/** How figures are read and which way is better, from a `measure` argument. */
export interface MeasureChoice {
  readonly statistic: Statistic;
  readonly polarity?: Polarity;
  readonly per?: number;
  /** The data set's figure is given directly, with no denominator (a gap in percentage points). */
  readonly direct?: boolean;
  /** The data set is a gap between two survey groups (comparative-satisfaction): the two groups' percentages and sample sizes may be given instead. */
  readonly gap?: boolean;
}

const statistics: readonly Statistic[] = ["rate", "proportion", "survey", "figure"];

/**
 * A `measure` argument: "rate" (counts over a population), "proportion" (detections over offences),
 * "survey" (percentages with sample sizes) or "figure" (costs: no sampling error), or the id of a data
 * set ("burglary"), which brings its statistic and polarity. Omitted: `fallback`.
 */
export function measure(value: unknown, fallback: Statistic, label = "The measure"): Result<MeasureChoice> {
  if (value === null || value === undefined || value === "") return success({ statistic: fallback });
  const read = name(value, label);
  if (!read.ok) return read;
  const key = normaliseWords(read.value);
  const statistic = statistics.find((s) => s === key);
  if (statistic) return success({ statistic });
  const dataSet = dataSetById(key);
  if (dataSet) return success({ statistic: dataSet.statistic, polarity: dataSet.polarity, per: dataSet.multiplier, ...(dataSet.denominator === null && dataSet.statistic === "figure" ? { direct: true } : {}), ...(isSurveyGap(dataSet) ? { gap: true } : {}) });
  return failure(issue("unknown-option", { argument: label }, { label, value: read.value, choices: `${statistics.join(", ")}, or a data set id such as burglary` }));
}

/** A `polarity` argument: which way is better, "higher", "lower" or "neutral" (TRUE for higher, FALSE for lower). */
export function polarity(value: unknown, fallback: Polarity, label = "The polarity"): Result<Polarity> {
  if (value === null || value === undefined || value === "") return success(fallback);
  if (typeof value === "boolean") return success(value ? "higher" : "lower");
  const read = name(value, label);
  if (!read.ok) return read;
  const key = normaliseWords(read.value).replace(/ is better$/, "");
  if (key === "higher" || key === "lower" || key === "neutral") return success(key);
  return failure(issue("unknown-option", { argument: label }, { label, value: read.value, choices: "higher, lower, neutral" }));
}
