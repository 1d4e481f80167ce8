import type { AssessmentInputs, Row } from "../src/engine/assessment/inputs";
import { normaliseWords } from "../src/engine/forces/names";
import type { InputValue } from "../src/engine/input";
import { failure, issue, success, type Result } from "../src/engine/result";
import { tableSpec } from "../src/engine/workbook/template";
import { isFunctionError } from "./runtime";

/**
 * One of the template's tables passed whole (`Data`, `Forces`, `MSG`, `Rules`, or with its header row,
 * `Data[#All]`): rows by column name in the template's order, as the assessment reads them. Blank rows
 * (the empty end of a whole-column reference such as A:D, Excel's 0s included) are skipped; an Excel
 * error in a cell is kept as its text ("#N/A"), so it stops a calculation only where that cell is used,
 * and the message then names the force.
 */
export function templateRows(range: unknown, tableName: string): Result<readonly Row[]> {
  if (typeof range !== "object" || range === null) return readTemplateRows(range, tableName);
  const known = readRows.get(range)?.get(tableName);
  if (known) return known;
  const read = readTemplateRows(range, tableName);
  const byTable = readRows.get(range) ?? new Map<string, Result<readonly Row[]>>();
  byTable.set(tableName, read);
  readRows.set(range, byTable);
  return read;
}

/** Tables already read, by the very array passed (a Node program passing the same table to many calls). */
const readRows = new WeakMap<object, Map<string, Result<readonly Row[]>>>();

function readTemplateRows(range: unknown, tableName: string): Result<readonly Row[]> {
  const spec = tableSpec(tableName);
  const rows = Array.isArray(range) ? range.map((r) => (Array.isArray(r) ? (r as unknown[]) : [r])) : [[range]];
  if (!spec) return failure(issue("missing-table", {}, { sheet: tableName, table: tableName, columns: "as in the template" }));
  const names = spec.columns.map((c) => c.name);
  const first = rows[0] ?? [];
  const headed = first.length > 0 && normaliseWords(String(first[0] ?? "")) === normaliseWords(names[0] ?? "");
  const columns = headed ? first.map((h) => String(h ?? "").trim()) : names;
  const zeroMeans = new Set(spec.columns.filter((c) => zeroIsAValue.has(c.kind)).map((c) => c.name));
  const read: Row[] = [];
  for (const cells of headed ? rows.slice(1) : rows) {
    const values = cells.map((c, i) => {
      const v = cellInput(c);
      return v === 0 && !zeroMeans.has(columns[i] ?? "") ? null : v;
    });
    if (values.every((v) => v === null || v === 0)) continue;
    read.push(new Map(columns.map((c, i) => [c, values[i] ?? null] as const)));
  }
  return success(read);
}

/**
 * Excel passes an empty cell inside a range as 0 (office-js issues 1951, 4702, 5262). A 0 can be a
 * real figure only in these column types; elsewhere (names, years, optional denominators, design
 * effects, households, which must be more than 0) it is read as the blank it is.
 */
const zeroIsAValue = new Set<string>(["numerator", "amount", "percentage", "rule-value"]);

function cellInput(value: unknown): InputValue {
  if (isFunctionError(value)) return value.code;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/** The Rules table passed whole (Rule id, Description, Value) as the assessment reads it. */
export function rulesMap(rows: readonly Row[]): ReadonlyMap<string, InputValue> {
  const rules = new Map<string, InputValue>();
  for (const row of rows) {
    const id = row.get("Rule id");
    if (typeof id === "string" && id.trim() !== "") rules.set(normaliseWords(id), row.get("Value") ?? null);
  }
  return rules;
}

/** Assessment inputs made of the tables a formula passed; the others are empty. */
export function inputsOf(tables: Partial<Pick<AssessmentInputs, "forces" | "msg" | "data" | "finance" | "survey" | "evidence" | "rules">>): AssessmentInputs {
  return {
    assessmentYear: undefined,
    illustrative: false,
    forces: tables.forces ?? [],
    msg: tables.msg ?? [],
    data: tables.data ?? [],
    finance: tables.finance ?? [],
    survey: tables.survey ?? [],
    evidence: tables.evidence ?? [],
    actions: [],
    rules: tables.rules ?? new Map(),
    scale: [],
  };
}
